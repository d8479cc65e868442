#include "renderverb.h"

#include "clioutput.h"
#include "post/postfile.h"
#include "render/blockrenderer.h"
#include "render/markdowndialect.h"
#include "render/postliquidcontext.h"
#include "site/siteroot.h"

int RenderVerb::run(const QStringList &args, CliOutput &io) {
    if (args.size() != 1)
        return io.usage(QStringLiteral("render takes one FILE"));
    const Result<Post> post = PostFile::load(args.front());
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    // In the dialect of the site the file belongs to, as the preview renders it.
    const MarkdownDialect dialect = MarkdownDialect::forSite(SiteRoot::find(args.front()));
    io.print(BlockRenderer::joined(BlockRenderer::renderBlocks(
        post->bodyWithLf(), BlockRenderer::Liquid::Preprocess, dialect,
        PostLiquidContext::forFile(args.front(), post->text(), LiquidContext::Urls::AsPublished))));
    return 0;
}
