#pragma once

#include "site/jekyllentryfilter.h"
#include "site/sitecandidate.h"
#include "site/sitecollection.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

class SiteConfig;

// Finds the files Jekyll 4.3 reads from a site, the way its Reader walks (safe mode): folders from the
// source down (through the EntryFilter; symbolic links to folders inside the site are followed once per
// chain, so a link loop ends), each visited folder's `_posts/` and `_drafts/` (all depths, as Ruby's
// `Dir["**/*"]`: no dot entries, symlinked folders not entered), and each collection's folder (dot entries
// included). Works on the names' bytes (POSIX), so names that are not UTF-8 are found and opened.
class SiteFolderWalker {
    Q_DECLARE_TR_FUNCTIONS(SiteFolderWalker)

public:
    SiteFolderWalker(const QString &root, const SiteConfig &config);

    // Every candidate; folders that cannot be read are named in `problems` and skipped.
    QVector<SiteCandidate> walk(QStringList *problems) const;
    // What walk() would give for this one file, or nothing when Jekyll does not read it as a document.
    std::optional<SiteCandidate> classify(const QString &absolutePath) const;

private:
    struct Visit;
    void walkSiteFolder(const QString &dirRel, Visit &visit) const;
    void readMagicFolder(const QString &dirRel, const char *magic, Visit &visit) const;
    void readCollection(const SiteCollection &collection, Visit &visit) const;
    bool postsReadIn(const QString &dirRel) const;
    bool symlinkOutside(const QByteArray &nativePath) const;
    SiteCandidate candidate(SitePost::Kind kind, const QString &collection,
                            const QString &relativePath) const;
    QByteArray native(const QString &relativePath) const;

    QString m_root;  // absolute, no trailing slash
    QByteArray m_rootBytes;
    QByteArray m_realRoot;  // realpath, for the "inside the site" test
    QString m_collectionsDir;
    QString m_destination;  // `destination:` (absolute), which the walk never enters
    QVector<SiteCollection> m_collections;
    JekyllEntryFilter m_filter;
};
