#pragma once

#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "render/markdowndialect.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QString>

// For the tests of the kramdown passes: renders in the kramdown dialect and compares with what the real
// kramdown printed, which indents nested blocks and puts a blank line between blocks where cmark does not.

inline QByteArray renderKramdown(const QByteArray &markdown) {
    return BlockRenderer::renderDocument(markdown, BlockRenderer::Liquid::Verbatim,
                                         MarkdownDialect::kramdown());
}

inline RenderedBlocks renderKramdownBlocks(const QByteArray &markdown) {
    return BlockRenderer::renderBlocks(markdown, BlockRenderer::Liquid::Verbatim,
                                       MarkdownDialect::kramdown());
}

// `html` with the whitespace between tags and at the start of lines taken out.
inline QByteArray withoutIndentation(const QByteArray &html) {
    return QString::fromUtf8(html)
        .replace(QRegularExpression(QStringLiteral("\\n\\s+")), QStringLiteral("\n"))
        .replace(QRegularExpression(QStringLiteral(">\\s+<")), QStringLiteral("><"))
        .toUtf8()
        .trimmed();
}

// `html` with every white space next to a tag taken out, also where cmark breaks a line inside an element
// (`<li>\ntext\n</li>`, a tagless custom block) and kramdown does not: a browser shows neither.
inline QByteArray withoutSpaceAroundTags(const QByteArray &html) {
    return QString::fromUtf8(html)
        .replace(QRegularExpression(QStringLiteral("\\s*(<[^>]+>)\\s*")), QStringLiteral("\\1"))
        .toUtf8();
}

// Whether every edit from `before` to `after` that the incremental renderer makes gives the blocks of a full
// render of `after`; `incremental` says whether it rendered only a region.
inline bool incrementalMatchesFull(const QByteArray &before, const QByteArray &after, bool *incremental) {
    IncrementalRenderer renderer(BlockRenderer::Liquid::Verbatim, MarkdownDialect::kramdown());
    renderer.render(before);
    const RenderedBlocks edited = renderer.render(after);
    *incremental = renderer.lastReport().incremental;
    return edited == renderKramdownBlocks(after);
}
