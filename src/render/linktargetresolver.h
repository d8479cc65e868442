#pragma once

#include <QString>

// Where a link or image target written in a post leads inside the site, as a published page's browser would
// resolve it: root-relative paths, `{{ site.baseurl }}`, `{{ site.url }}`, `{{ 'x' | relative_url }}` (and
// `absolute_url`), and paths relative to the post's own URL. External targets (a scheme such as `http:` or
// `mailto:`, or `//host`) are never followed; targets with other Liquid in them (`{% link %}` and
// `{% post_url %}`, which LiquidWarnings checks, or anything else) are left alone.
class LinkTargetResolver {
public:
    struct Target {
        enum class State { InSite, External, Unchecked };
        State state = State::Unchecked;
        QString path;  // InSite: decoded, from the site's root without `baseurl`, starting with `/`
        // A root-relative target that does not start with the site's `baseurl` (so it misses the site once
        // published under it); `path` is then the target as written.
        bool missesBaseurl = false;
    };

    // `baseurl`: the site's, without a trailing slash (may be empty). `pageUrl`: the URL of the post the
    // target is written in, without `baseurl` (empty when unknown: relative targets are not checked then).
    LinkTargetResolver(const QString &baseurl, const QString &pageUrl);

    Target resolve(const QString &written) const;
    // A front-matter image field: themes and jekyll-seo-tag publish it through relative_url/absolute_url,
    // so a path without a leading slash counts from the site's root and `baseurl` is not expected in it.
    Target resolveField(const QString &written) const;

private:
    // The target with the Liquid we understand replaced, or empty with `ok` false.
    QString expandLiquid(const QString &written, bool *ok) const;
    Target inSite(QString path, bool relativeToPage, bool fromField) const;

    QString m_baseurl;
    QString m_pageUrl;
};
