#pragma once

#include "render/liquidcontext.h"
#include "render/markdowndialect.h"
#include "render/renderedblock.h"

// Renders Markdown (GFM: tables, strikethrough, autolinks, tagfilter, task lists, footnotes) into top-level
// blocks, in a site's dialect (MarkdownDialect): kramdown's adds its typography, prints code with the markup
// Jekyll's Rouge gives it (KramdownCode) and leaves bare URLs unlinked. Reentrant and thread-safe: each call
// has its own parser and frees everything it made. One caveat: cmark-gfm 0.29 keeps a process-wide table of
// inline trigger characters that every parse switches on and off, so the inline phase of parsing holds an
// internal mutex; block parsing and HTML rendering run in parallel.
class BlockRenderer {
public:
    // What to do with Jekyll's Liquid before Markdown sees the text (see LiquidPreprocessor).
    enum class Liquid { Preprocess, Verbatim };

    // One block per top-level Markdown block, in document order, with its 1-based source lines (trailing
    // blank lines not included). Footnote definitions form one last block: the footnotes <section> cmark-gfm
    // renders for the whole document, its lines spanning the definitions. Liquid is preprocessed; the dialect
    // is kramdown with Jekyll's defaults.
    static RenderedBlocks render(const QByteArray &markdownUtf8);
    // render() with a choice for Liquid, the dialect and what Liquid knows of the site and page (a
    // separate name keeps `&BlockRenderer::render` unambiguous).
    static RenderedBlocks renderBlocks(const QByteArray &markdownUtf8, Liquid liquid,
                                       const MarkdownDialect &dialect = MarkdownDialect(),
                                       const LiquidContext &context = LiquidContext());
    // The blocks joined, as `postwright render` prints them.
    static QByteArray joined(const RenderedBlocks &blocks);
    // The whole document rendered at once by cmark-gfm with the same extensions and options: what
    // joined(render()) equals, and the reference the block split is tested against.
    static QByteArray renderDocument(const QByteArray &markdownUtf8, Liquid liquid = Liquid::Preprocess,
                                     const MarkdownDialect &dialect = MarkdownDialect());
};
