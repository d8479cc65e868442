#pragma once

#include "render/liquidcontext.h"
#include "site/jekylldocumentreader.h"
#include "site/siteconfig.h"

#include <QByteArray>
#include <QString>
#include <QVector>

#include <memory>

struct SitePost;

// Builds the LiquidContext of a post in its site, as Jekyll would see it: `site` from the site's
// configuration, `page` from the post's text (front matter over the defaults, plus what Jekyll derives: url,
// date, title, slug, categories, tags, id, path, collection) and the URLs of the site's documents. The site
// part is loaded once (constructor, setDocuments) and each post's context is cheap to build from its text, so
// the editor can rebuild it whenever the front matter changes. Not a QObject: usable on any thread, one at a
// time.
class PostLiquidContext {
public:
    // The site at `siteRoot` (its `_config.yml`, read now); an empty root is no site: the contexts then know
    // neither site nor page (LiquidContext()).
    explicit PostLiquidContext(const QString &siteRoot);

    // The site's documents, URLs filled (SiteScan::documents(), SiteIndex::documents()), for post_url and
    // link.
    void setDocuments(const QVector<SitePost> &documents);

    // The context of the post at `path` (absolute; empty for a post not saved yet) whose file holds `bytes`.
    LiquidContext contextFor(const QString &path, const QByteArray &bytes, LiquidContext::Urls urls) const;

    // The context of the file at `path` holding `bytes`, its site (SiteRoot::find) read whole now: what
    // `postwright render` and `postwright check` use.
    static LiquidContext forFile(const QString &path, const QByteArray &bytes, LiquidContext::Urls urls);

private:
    QString m_root;
    SiteConfig m_config;
    JekyllDocumentReader::Context m_reader;
    std::shared_ptr<const LiquidLinks> m_links;
};
