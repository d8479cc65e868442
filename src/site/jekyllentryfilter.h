#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// Jekyll 4.3's EntryFilter#filter for one entry, with `safe: true` (symbolic links pointing outside the
// site are skipped). `entry` is what Jekyll lists: a name in a folder being read, or a path relative to
// the `_posts`, `_drafts` or collection folder; `baseDirectory` is that folder relative to the source with
// a leading slash ("/news/_posts"), or empty (collections, whose filter has none).
class JekyllEntryFilter {
public:
    JekyllEntryFilter() = default;
    JekyllEntryFilter(const QString &source, const QStringList &exclude, const QStringList &include);

    bool rejects(const QString &entry, const QString &baseDirectory, bool symlinkOutside) const;

    // special? (a leading `.`, `_`, `#` or `~` in the entry or its base name) and backup? (a trailing `~`).
    static bool isSpecial(const QString &entry);

private:
    struct Pattern {
        QString withSource;    // File.join(source, pattern)
        QByteArray bytes;      // the same, for fnmatch
        bool literal = false;  // no wildcard: fnmatch is plain equality (and glibc's is slow)
    };
    bool globIncludes(const QVector<Pattern> &patterns, const QString &entry) const;

    QString m_source;
    QVector<Pattern> m_exclude;  // exclude - include, as Jekyll subtracts them
    QVector<Pattern> m_include;
};
