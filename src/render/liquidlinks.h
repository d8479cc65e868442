#pragma once

#include <QHash>
#include <QString>
#include <QVector>

#include <optional>

struct SitePost;

// Where `{% post_url %}` and `{% link %}` point in a site, as Jekyll 4.3 resolves them (tags/post_url.rb,
// tags/link.rb), from the site's documents and their URLs (page.url, without baseurl). Plain data, built once
// per read of the site; const and thread-safe afterwards.
class LiquidLinks {
public:
    LiquidLinks() = default;
    // `documents` with their URLs filled (SiteScan); `collectionsDir` as SiteConfig::collectionsDir().
    static LiquidLinks fromDocuments(const QVector<SitePost> &documents, const QString &collectionsDir);

    // The URL of the post `{% post_url name %}` names (`2010-07-21-name`, `news/2010-07-21-name`): the post
    // whose relative path is `_posts/<folders><name>.<ext>` or `<folders>_posts/<name>.<ext>`, else (Jekyll's
    // deprecated match) the post of that date and slug. Nothing when no post matches.
    std::optional<QString> postUrl(const QString &name) const;
    // The URL of the document `{% link path %}` names by its relative path (a leading `/` allowed).
    std::optional<QString> linkUrl(const QString &relativePath) const;

    bool isEmpty() const { return m_byName.isEmpty() && m_byPath.isEmpty(); }
    bool operator==(const LiquidLinks &other) const {
        return m_byPath == other.m_byPath && m_byName == other.m_byName && m_byDateSlug == other.m_byDateSlug;
    }

private:
    QHash<QString, QString> m_byName;      // post_url name -> url
    QHash<QString, QString> m_byDateSlug;  // `yyyy-MM-dd-slug` -> url (the deprecated match)
    QHash<QString, QString> m_byPath;      // Jekyll's relative_path -> url
};
