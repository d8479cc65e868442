#include "site/siteposts.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

struct Entry {
    QString path;
    QDate day;
    QDateTime modified;
};

bool isPostExtension(const QString &suffix) {
    static const QStringList extensions{QStringLiteral("md"),     QStringLiteral("markdown"),
                                        QStringLiteral("mkdown"), QStringLiteral("mkdn"),
                                        QStringLiteral("mkd"),    QStringLiteral("html")};
    return extensions.contains(suffix, Qt::CaseInsensitive);
}

// Jekyll's EntryFilter: special (leading . _ # ~) and backup (trailing ~) names are not content.
bool isSkipped(const QString &name) {
    if (name.isEmpty() || name.endsWith(QLatin1Char('~')))
        return true;
    const QChar first = name.front();
    return first == QLatin1Char('.') || first == QLatin1Char('_') || first == QLatin1Char('#') ||
           first == QLatin1Char('~');
}

// Jekyll's post name pattern starts with the date: YYYY-MM-DD-slug.ext (month and day may have one digit).
QDate dateInName(const QString &name) {
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,4})-(\\d{1,2})-(\\d{1,2})-"));
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

void collect(const QString &folder, QVector<Entry> &entries) {
    if (!QFileInfo(folder).isDir())
        return;
    const QDir base(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (info.isSymLink() || !isPostExtension(info.suffix()))
            continue;
        // Every folder between `folder` and the file must be one Jekyll reads, too.
        const QStringList parts = base.relativeFilePath(info.absoluteFilePath()).split(QLatin1Char('/'));
        if (std::any_of(parts.cbegin(), parts.cend(), isSkipped))
            continue;
        const QDateTime modified = info.lastModified();
        QDate day = dateInName(info.fileName());
        if (!day.isValid())
            day = modified.date();
        entries.append({info.absoluteFilePath(), day, modified});
    }
}

}  // namespace

QStringList SitePosts::list(const QString &siteRoot) {
    const QDir root(siteRoot);
    QVector<Entry> entries;
    collect(root.filePath(QStringLiteral("_posts")), entries);
    collect(root.filePath(QStringLiteral("_drafts")), entries);
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.day != b.day)
            return a.day > b.day;
        if (a.modified != b.modified)
            return a.modified > b.modified;
        return a.path < b.path;
    });
    QStringList paths;
    paths.reserve(entries.size());
    for (const Entry &entry : entries)
        paths.append(entry.path);
    return paths;
}

QString SitePosts::newest(const QString &siteRoot) {
    const QStringList posts = list(siteRoot);
    return posts.isEmpty() ? QString() : posts.constFirst();
}

QString SitePosts::startingPost(const QString &siteRoot) {
    const QStringList posts = list(siteRoot);
    const QString draftsFolder =
        QDir(siteRoot).absoluteFilePath(QStringLiteral("_drafts")) + QLatin1Char('/');
    const auto published = std::find_if(posts.cbegin(), posts.cend(),
                                        [&](const QString &post) { return !post.startsWith(draftsFolder); });
    if (published != posts.cend())
        return *published;
    return posts.isEmpty() ? QString() : posts.constFirst();
}
