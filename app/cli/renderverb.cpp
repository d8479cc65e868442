#include "renderverb.h"

#include "clioutput.h"
#include "post/postfile.h"
#include "render/blockrenderer.h"

int RenderVerb::run(const QStringList &args, CliOutput &io) {
    if (args.size() != 1)
        return io.usage(QStringLiteral("render takes one FILE"));
    const Result<Post> post = PostFile::load(args.front());
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    io.print(BlockRenderer::joined(BlockRenderer::render(post->bodyWithLf())));
    return 0;
}
