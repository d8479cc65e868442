#pragma once

#include "render/liquidlinks.h"
#include "site/jekyllvalue.h"

#include <QString>

#include <memory>
#include <optional>

// What the Liquid fallback (LiquidPreprocessor) knows of the post it renders: the site's `_config.yml` as
// Jekyll holds it (`site.*`), the post's own values (`page.*`: its front matter over the defaults, and what
// Jekyll derives: url, date, title, slug, categories, tags, ...) and the site's URLs for `{% post_url %}` and
// `{% link %}`. Immutable and cheap to copy (copies share the data): safe to hand to a render thread.
class LiquidContext {
public:
    // How URLs are written. AsPublished: as Jekyll publishes them, with the site's `url` and `baseurl`.
    // SiteRoot: rooted at the site's folder, as the preview serves it at "/" (`site.url` and `site.baseurl`
    // print nothing and the URL filters leave them out).
    enum class Urls { AsPublished, SiteRoot };

    // No site and no page: only the URL outputs resolve (to the site root); `site.*` and `page.*` values stay
    // as written.
    LiquidContext();
    // `site`: SiteConfig::settings() (Null for a site without configuration); `page`: a Map, or Null when
    // the page is not known (its values then stay as written).
    LiquidContext(const JekyllValue &site, const JekyllValue &page, std::shared_ptr<const LiquidLinks> links,
                  Urls urls);

    bool hasSite() const { return m_data->hasSite; }
    bool hasPage() const { return m_data->page.isMap(); }
    const JekyllValue &site() const { return m_data->site; }
    const JekyllValue &page() const { return m_data->page; }
    Urls urls() const { return m_data->urls; }
    const LiquidLinks &links() const { return *m_data->links; }

    // The site's `baseurl` and `url` as the URL filters use them (empty in SiteRoot mode).
    QString baseurl() const;
    QString siteUrl() const;
    // Jekyll's relative_url / absolute_url filters of a string.
    QString relativeUrl(const QString &input) const;
    QString absoluteUrl(const QString &input) const;

    // The same site, page and URLs: a render made with one equals a render made with the other.
    bool operator==(const LiquidContext &other) const;
    bool operator!=(const LiquidContext &other) const { return !(*this == other); }

private:
    struct Data {
        bool hasSite = false;
        JekyllValue site;
        JekyllValue page;
        std::shared_ptr<const LiquidLinks> links;
        Urls urls = Urls::SiteRoot;
    };
    std::shared_ptr<const Data> m_data;
};
