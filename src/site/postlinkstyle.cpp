#include "site/postlinkstyle.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace {

const QString &baseurlTag() {
    static const QString tag = QStringLiteral("{{ site.baseurl }}");
    return tag;
}

}  // namespace

PostLinkStyle PostLinkStyle::detect(const QStringList &bodies, const QSet<QString> &postUrls) {
    static const QRegularExpression postUrlTag(QStringLiteral("\\{%-?\\s*post_url\\s"));
    static const QRegularExpression linkTag(QStringLiteral("\\{%-?\\s*link\\s"));
    // A link target in Markdown (`](...)`, `[ref]: ...`) or HTML (`href="..."`), with an optional
    // `{{ site.baseurl }}` before the path; the path ends at a blank, quote, `)` or `#`.
    static const QRegularExpression urlTarget(
        QStringLiteral(
            R"((?:\]\(\s*|^\s*\[[^\]]+\]:\s*|href\s*=\s*["']?)(\{\{-?\s*site\.baseurl\s*-?\}\})?(/[^\s"')#?]*))"),
        QRegularExpression::MultilineOption);
    int postUrlTags = 0;
    int links = 0;
    int urls = 0;
    int prefixed = 0;
    for (const QString &body : bodies) {
        for (auto it = postUrlTag.globalMatch(body); it.hasNext(); it.next())
            ++postUrlTags;
        for (auto it = linkTag.globalMatch(body); it.hasNext(); it.next())
            ++links;
        for (auto it = urlTarget.globalMatch(body); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (!postUrls.contains(m.captured(2)))
                continue;
            ++urls;
            if (m.capturedLength(1) > 0)
                ++prefixed;
        }
    }
    if (urls > postUrlTags && urls > links)
        return {Kind::Url, prefixed * 2 > urls};
    if (links > postUrlTags)
        return {Kind::Link, false};
    return {Kind::PostUrl, false};
}

QString PostLinkStyle::postUrlName(const QString &relativePath) {
    static const QRegularExpression dated(QStringLiteral("^\\d+-\\d+-\\d+-.+$"));
    QString folder;
    QString rest;
    if (relativePath.startsWith(QLatin1String("_posts/"))) {
        rest = relativePath.mid(7);
    } else {
        const qsizetype at = relativePath.indexOf(QLatin1String("/_posts/"));
        if (at < 0)
            return {};
        folder = relativePath.left(at + 1);
        rest = relativePath.mid(at + 8);
    }
    const QFileInfo file(rest);
    const QString base = file.completeBaseName();
    if (!dated.match(base).hasMatch())
        return {};
    const QString sub = file.path() == QLatin1String(".") ? QString() : file.path() + QLatin1Char('/');
    return folder + sub + base;
}

QString PostLinkStyle::target(const PostSummary &post) const {
    switch (m_kind) {
        case Kind::Url:
            return (m_baseurlPrefix ? baseurlTag() : QString()) + post.url;
        case Kind::PostUrl: {
            const QString name =
                post.kind == PostSummary::Kind::Post ? postUrlName(post.relativePath) : QString();
            if (!name.isEmpty())
                return QStringLiteral("{% post_url %1 %}").arg(name);
            break;
        }
        case Kind::Link:
            break;
    }
    return QStringLiteral("{% link %1 %}").arg(post.relativePath);
}

QString PostLinkStyle::markdownLink(const PostSummary &post) const {
    QString text = post.title;
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('['), QLatin1String("\\["));
    text.replace(QLatin1Char(']'), QLatin1String("\\]"));
    return QStringLiteral("[%1](%2)").arg(text, target(post));
}
