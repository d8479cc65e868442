#include "renderverb.h"

#include "clioutput.h"
#include "post/postfile.h"
#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "render/markdowndialect.h"
#include "render/postliquidcontext.h"
#include "site/siteengine.h"
#include "site/siteenginerequests.h"
#include "site/siteengines.h"
#include "site/siteroot.h"
#include "site/sitetrust.h"

namespace {

// The body's Liquid as the site's own Jekyll runs it, with the URLs it publishes; null, with the reason
// said on stderr, when it cannot (no site, no Jekyll, a site that does not build, a Liquid error).
std::shared_ptr<const LiquidExpansion> siteLiquid(const QString &siteRoot, const QString &file,
                                                  const Post &post, CliOutput &io) {
    const QByteArray body = post.bodyWithLf();
    if (siteRoot.isEmpty() || !LiquidSegments::mayHoldLiquid(body))
        return nullptr;
    SiteEngine::Options options;
    options.siteRoot = siteRoot;
    options.urls = SiteEngine::Urls::Published;
    options.trusted = SiteTrust::isTrusted(siteRoot);
    const std::shared_ptr<SiteEngine> engine = SiteEngines::acquire(options);
    const QVector<LiquidSegment> segments = LiquidSegments::split(body);
    const Result<QJsonObject> answer = engine->sendAndWait(SiteEngineRequests::render(
        SiteEngineRequests::documentPath(siteRoot, file), post.frontMatterText(), body, segments));
    if (!answer) {
        io.printError(QStringLiteral("%1: the site's Jekyll could not run the Liquid (%2); the preview's own "
                                     "Liquid is used instead")
                          .arg(file, answer.error()));
        return nullptr;
    }
    return SiteEngineRequests::expansion(answer.value(), body, segments);
}

}  // namespace

int RenderVerb::run(const QStringList &args, CliOutput &io) {
    const bool builtin = args.contains(QStringLiteral("--builtin-liquid"));
    QStringList files = args;
    files.removeAll(QStringLiteral("--builtin-liquid"));
    if (files.size() != 1)
        return io.usage(QStringLiteral("render takes one FILE"));
    const QString file = files.front();
    const Result<Post> post = PostFile::load(file);
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    // In the dialect of the site the file belongs to, as the preview renders it.
    const QString siteRoot = SiteRoot::find(file);
    const MarkdownDialect dialect = MarkdownDialect::forSite(siteRoot);
    IncrementalRenderer renderer(
        BlockRenderer::Liquid::Preprocess, dialect,
        PostLiquidContext::forFile(file, post->text(), LiquidContext::Urls::AsPublished));
    if (!builtin)
        renderer.setExpansion(siteLiquid(siteRoot, file, post.value(), io));
    io.print(BlockRenderer::joined(renderer.render(post->bodyWithLf())));
    return 0;
}
