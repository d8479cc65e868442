#pragma once

#include "render/blockrenderer.h"
#include "render/previewcaveat.h"
#include "render/renderedblock.h"

#include <QByteArray>
#include <QVector>

#include <memory>
#include <optional>

class LiquidExpansion;
class SourceLines;

// Renders a body the way BlockRenderer::renderBlocks does, but after an edit re-parses only the region
// around the change: from the start of a block before the edit to the start of a block after it, both at a
// blank line, where CommonMark's block parser is known to start afresh. The blocks outside the region are
// taken from the previous render, the ones after it with their lines shifted. Link reference definitions
// outside the region are parsed with it (those above before it, those below after it), so its links resolve
// as in a whole parse. The result always equals a full render; the whole body is parsed again when that
// cannot be shown cheaply:
// - the body has footnotes (`[^`): they are numbered over the whole body; or, in the kramdown dialect, an
//   attribute list that reaches across blocks (KramdownAttributeLists::reachesAcrossBlocks), or raw HTML
//   markup that runs past a blank line (KramdownHtmlBlocks::mayReachOtherBlocks);
// - the definitions in the region are not byte for byte the ones it had, or one of them, inside the region
//   or out, is not a paragraph of definitions only (it is indented, or a block covers its lines: code, a
//   paragraph it begins, a container) in the previous render or the new one;
// - the region would end inside a block that may take in what follows it (a list, code or HTML; see
//   RenderedBlock::openEnded) after a few tries to move its end further.
// kramdown's typography needs no more: it stays within a block. What depends on every heading (numbered ids,
// the table of contents) is settled over all blocks after each render (DocumentWideBlocks). Not thread-safe:
// one render at a time (RenderPipeline runs one job at a time).
class IncrementalRenderer {
public:
    explicit IncrementalRenderer(BlockRenderer::Liquid liquid = BlockRenderer::Liquid::Preprocess,
                                 const MarkdownDialect &dialect = MarkdownDialect(),
                                 const LiquidContext &context = LiquidContext());

    RenderedBlocks render(const QByteArray &markdownUtf8);
    // Runs the body's Liquid with what the site's own Jekyll answered (LiquidExpansion::expand) from the next
    // render on, instead of the fallback alone; null: the fallback alone. The render after a new expansion is
    // still incremental: only the blocks whose expanded text changed are parsed again. The blocks' lines are
    // the body's either way.
    void setExpansion(std::shared_ptr<const LiquidExpansion> expansion) {
        m_expansion = std::move(expansion);
    }
    const std::shared_ptr<const LiquidExpansion> &expansion() const { return m_expansion; }
    // Forgets the previous body: the next render is a full one.
    void clear();

    // How the last render() went: whether only a region was parsed, and how many bytes cmark-gfm saw.
    struct Report {
        bool incremental = false;
        qsizetype parsedBytes = 0;
    };
    Report lastReport() const { return m_report; }
    // What the last render() shows unlike Jekyll (the Liquid it could not run and left as written, in the
    // kramdown dialect the kramdown syntax it does not render: KramdownCaveats), placed in the body it was
    // given.
    const QVector<PreviewCaveat> &lastCaveats() const { return m_caveats; }

private:
    // `lines` indexes `text`; `definitions`: the old or the new text may hold a reference definition.
    std::optional<RenderedBlocks> renderChange(const QByteArray &text, const SourceLines &lines,
                                               bool definitions);

    BlockRenderer::Liquid m_liquid;
    MarkdownDialect m_dialect;
    LiquidContext m_context;
    std::shared_ptr<const LiquidExpansion> m_expansion;
    bool m_hasPrevious = false;
    QByteArray m_text;                  // the previous body after Liquid (lines of m_blocks are its lines)
    bool m_textNeedsWholeBody = false;  // footnotes, or an attribute list that reaches across blocks
    bool m_textHasDefinitions = false;
    int m_lineCount = 0;
    RenderedBlocks m_blocks;  // what a full render of m_text gives
    Report m_report;
    QVector<PreviewCaveat> m_caveats;
};
