#include "render/liquidlinks.h"

#include "site/sitepost.h"

#include <QRegularExpression>

namespace {

// Jekyll's relative_path: documents count from the collections folder, pages from the site source.
QString jekyllRelativePath(const SitePost &post, const QString &collectionsDir) {
    if (post.kind == SitePost::Kind::Page || collectionsDir.isEmpty())
        return post.relativePath;
    const QString prefix = collectionsDir + QLatin1Char('/');
    return post.relativePath.startsWith(prefix) ? post.relativePath.mid(prefix.size()) : post.relativePath;
}

// The names PostComparer matches a post's relative path with: `_posts/<path><date>-<slug>.<ext>` or
// `<path>_posts/<date>-<slug>.<ext>` (a basename directly in the `_posts` folder).
QString postUrlName(const QString &relativePath) {
    const qsizetype posts = relativePath.indexOf(QLatin1String("_posts/"));
    if (posts < 0 || (posts > 0 && relativePath.at(posts - 1) != QLatin1Char('/')))
        return QString();
    const QString before = relativePath.left(posts);
    const QString after = relativePath.mid(posts + 7);
    if (!before.isEmpty() && after.contains(QLatin1Char('/')))
        return QString();
    const qsizetype dot = after.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || after.indexOf(QLatin1Char('/'), dot) >= 0)
        return QString();
    return before + after.left(dot);
}

}  // namespace

LiquidLinks LiquidLinks::fromDocuments(const QVector<SitePost> &documents, const QString &collectionsDir) {
    LiquidLinks links;
    for (const SitePost &post : documents) {
        if (post.url.isEmpty())
            continue;
        const QString relative = jekyllRelativePath(post, collectionsDir);
        links.m_byPath.insert(relative, post.url);
        if (post.kind != SitePost::Kind::Post)
            continue;
        const QString name = postUrlName(relative);
        if (!name.isEmpty() && !links.m_byName.contains(name))
            links.m_byName.insert(name, post.url);
        if (post.date.isValid()) {
            const QString key = post.date.date().toString(Qt::ISODate) + QLatin1Char('-') + post.slug;
            if (!links.m_byDateSlug.contains(key))
                links.m_byDateSlug.insert(key, post.url);
        }
    }
    return links;
}

std::optional<QString> LiquidLinks::postUrl(const QString &name) const {
    QString wanted = name;
    if (wanted.startsWith(QLatin1Char('/')))
        wanted.remove(0, 1);
    if (const auto found = m_byName.constFind(wanted); found != m_byName.cend())
        return *found;
    // PostComparer::MATCHER: folders, then the date, then the slug.
    static const QRegularExpression matcher(QStringLiteral("^(.+/)*(\\d+)-(\\d+)-(\\d+)-(.*)$"));
    const QRegularExpressionMatch match = matcher.match(wanted);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(2).toInt(), match.captured(3).toInt(), match.captured(4).toInt());
    if (!date.isValid())
        return std::nullopt;
    // The folders do not count there: a post's slug is its file name's.
    const auto found =
        m_byDateSlug.constFind(date.toString(Qt::ISODate) + QLatin1Char('-') + match.captured(5));
    return found == m_byDateSlug.cend() ? std::nullopt : std::optional<QString>(*found);
}

std::optional<QString> LiquidLinks::linkUrl(const QString &relativePath) const {
    QString wanted = relativePath;
    if (wanted.startsWith(QLatin1Char('/')))
        wanted.remove(0, 1);
    const auto found = m_byPath.constFind(wanted);
    return found == m_byPath.cend() ? std::nullopt : std::optional<QString>(*found);
}
