#include "site/jekyllentryfilter.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <fnmatch.h>

namespace {

// Ruby's File.join of two parts: exactly one slash between them.
QString joined(QString base, QString item) {
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    while (item.startsWith(QLatin1Char('/')))
        item.remove(0, 1);
    return base + QLatin1Char('/') + item;
}

bool specialStart(const QString &name) {
    if (name.isEmpty())
        return false;
    const QChar c = name.front();
    return c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('#') || c == QLatin1Char('~');
}

}  // namespace

JekyllEntryFilter::JekyllEntryFilter(const QString &source, const QStringList &exclude,
                                     const QStringList &include)
    : m_source(source) {
    auto compiled = [&source](const QString &pattern) {
        const QString withSource = joined(source, pattern);
        const bool literal = !withSource.contains(QRegularExpression(QStringLiteral("[*?\\[\\\\]")));
        return Pattern{withSource, QFile::encodeName(withSource), literal};
    };
    for (const QString &pattern : include)
        m_include.append(compiled(pattern));
    for (const QString &pattern : exclude) {
        if (!include.contains(pattern))
            m_exclude.append(compiled(pattern));
    }
}

bool JekyllEntryFilter::isSpecial(const QString &entry) {
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    return specialStart(entry) || specialStart(entry.mid(slash + 1)) || entry.endsWith(QLatin1Char('~'));
}

bool JekyllEntryFilter::globIncludes(const QVector<Pattern> &patterns, const QString &entry) const {
    if (patterns.isEmpty())
        return false;
    const QString entryWithSource = joined(m_source, entry);
    QByteArray entryBytes;
    for (const Pattern &pattern : patterns) {
        const QString &patternWithSource = pattern.withSource;
        if (pattern.literal) {
            if (entryWithSource == patternWithSource)
                return true;
        } else {
            if (entryBytes.isEmpty())
                entryBytes = QFile::encodeName(entryWithSource);
            if (::fnmatch(pattern.bytes.constData(), entryBytes.constData(), 0) == 0)
                return true;
        }
        if (entryWithSource.startsWith(patternWithSource))
            return true;
        if (patternWithSource == entryWithSource + QLatin1Char('/') && QFileInfo(entryWithSource).isDir())
            return true;
    }
    return false;
}

bool JekyllEntryFilter::rejects(const QString &entry, const QString &baseDirectory,
                                bool symlinkOutside) const {
    if (entry.endsWith(QLatin1Char('.')))
        return true;
    // included? matches the entry as if it were at the source's top (Jekyll's own quirk), and its base name.
    const qsizetype slash = entry.lastIndexOf(QLatin1Char('/'));
    const bool included = globIncludes(m_include, entry) || globIncludes(m_include, entry.mid(slash + 1));
    const QString relativeToSource =
        baseDirectory.isEmpty() ? QLatin1Char('/') + entry : joined(baseDirectory, entry);
    if (!included && globIncludes(m_exclude, relativeToSource))
        return true;
    if (symlinkOutside)
        return true;
    if (included)
        return false;
    return isSpecial(entry);
}
