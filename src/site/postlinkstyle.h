#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include "site/postsummary.h"

// How a site's posts link to each other, learnt from the posts themselves, so a link the writer inserts
// reads like the ones already there: Jekyll's `{% post_url 2018-09-21-slug %}`, `{% link _posts/... %}`,
// or the post's URL (`/2018/09/21/slug.html`, prefixed with `{{ site.baseurl }}` where the site writes
// that). Plain value type.
class PostLinkStyle {
public:
    enum class Kind { PostUrl, Link, Url };

    // The style most of `bodies` use, counting each kind of link; a plain URL counts only when it is one of
    // `postUrls` (Jekyll's page.url of the site's posts, without baseurl). Nothing found: post_url, which
    // Jekyll checks at build time.
    static PostLinkStyle detect(const QStringList &bodies, const QSet<QString> &postUrls);

    PostLinkStyle() = default;
    PostLinkStyle(Kind kind, bool baseurlPrefix) : m_kind(kind), m_baseurlPrefix(baseurlPrefix) {}

    Kind kind() const { return m_kind; }
    bool baseurlPrefix() const { return m_baseurlPrefix; }

    // What goes between the parentheses of a Markdown link to `post`. post_url only names dated posts in a
    // `_posts` folder, so drafts, pages and documents get `{% link %}` in that style.
    QString target(const PostSummary &post) const;
    // `[Title](target)`, the title's brackets escaped.
    QString markdownLink(const PostSummary &post) const;

    // The name post_url takes for a file under `_posts` (`2018-09-21-slug`, `news/2018-09-21-slug` for
    // `news/_posts/...`, `2018/2018-09-21-slug` for `_posts/2018/...`), or empty when it has none.
    static QString postUrlName(const QString &relativePath);

private:
    Kind m_kind = Kind::PostUrl;
    bool m_baseurlPrefix = false;
};
