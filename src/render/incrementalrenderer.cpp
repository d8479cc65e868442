#include "render/incrementalrenderer.h"

#include "render/documentwideblocks.h"
#include "render/kramdownattributelists.h"
#include "render/kramdownblockshapes.h"
#include "render/kramdowncaveats.h"
#include "render/kramdowndefinitionlists.h"
#include "render/kramdownhtmlblocks.h"
#include "render/kramdownsyntax.h"
#include "render/liquidexpansion.h"
#include "render/liquidpreprocessor.h"
#include "render/sourcelines.h"

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

// How many later region ends are tried when the region's last block may run on into the next one, before
// the whole body is parsed instead.
constexpr int kRegionEndAttempts = 4;

bool containsPair(const QByteArray &text, char first, char second) {
    const char *data = text.constData();
    const char *end = data + text.size();
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, first, size_t(end - at))));) {
        if (++at < end && *at == second)
            return true;
    }
    return false;
}

// Footnotes (`[^1]`) are numbered over the whole body, abbreviations (`*[HTML]: ...`) apply to all of it, and
// an extension block may take in blocks above the one it is closed in.
bool hasFootnoteSyntax(const QByteArray &text) {
    return containsPair(text, '[', '^') || KramdownSyntax::mayReachOtherBlocks(text);
}

// A paragraph starting with `: ` may be a definition of the terms in the paragraph before it.
bool startsDefinition(const QByteArray &text, const SourceLines &lines, int line) {
    return KramdownDefinitionLists::startsDefinition(text.constData() + lines.start(line),
                                                     lines.start(line + 1) - lines.start(line));
}

// A link reference definition (`[label]: url`) may be anywhere.
bool hasDefinitionSyntax(const QByteArray &text) {
    return containsPair(text, ']', ':');
}

qsizetype commonPrefix(const QByteArray &a, const QByteArray &b) {
    const qsizetype limit = std::min(a.size(), b.size());
    return std::mismatch(a.constData(), a.constData() + limit, b.constData()).first - a.constData();
}

qsizetype commonSuffix(const QByteArray &a, const QByteArray &b, qsizetype limit) {
    qsizetype n = 0;
    const char *ea = a.constData() + a.size();
    const char *eb = b.constData() + b.size();
    while (n < limit && ea[-1 - n] == eb[-1 - n])
        ++n;
    return n;
}

// A run of non-blank lines (1-based, inclusive).
struct LineRange {
    int first = 0;
    int last = 0;
};

// The runs of non-blank lines within lines [fromLine, toLine] that hold `]:`: where a link reference
// definition may stand (a definition is a paragraph's first lines). fromLine - 1 and toLine + 1 must be
// blank or outside the text, so that no run is cut.
QVector<LineRange> definitionChunks(const QByteArray &text, const SourceLines &lines, int fromLine,
                                    int toLine) {
    QVector<LineRange> chunks;
    if (fromLine > toLine)
        return chunks;
    const char *data = text.constData();
    const char *end = data + lines.start(toLine + 1);
    for (const char *at = data + lines.start(fromLine);
         (at = static_cast<const char *>(std::memchr(at, ']', size_t(end - at))));) {
        if (++at >= end || *at != ':')
            continue;
        LineRange chunk;
        chunk.first = chunk.last = lines.lineAt(at - data);
        while (chunk.first > fromLine && !lines.isBlank(chunk.first - 1))
            --chunk.first;
        while (chunk.last < toLine && !lines.isBlank(chunk.last + 1))
            ++chunk.last;
        chunks.append(chunk);
        at = data + lines.start(chunk.last + 1);
        if (at >= end)
            break;
    }
    return chunks;
}

QByteArray linesText(const QByteArray &text, const SourceLines &lines, LineRange range) {
    return text.mid(lines.start(range.first), lines.start(range.last + 1) - lines.start(range.first));
}

// Whether any of blocks[from, to), its lines moved by `shift`, has a line in `range`. Blocks are in order
// and do not overlap.
bool overlapsAny(const RenderedBlocks &blocks, qsizetype from, qsizetype to, int shift, LineRange range) {
    const auto first = std::lower_bound(
        blocks.begin() + from, blocks.begin() + to, range.first,
        [shift](const RenderedBlock &block, int line) { return block.lastLine + shift < line; });
    return first != blocks.begin() + to && first->firstLine + shift <= range.last;
}

// Moves the blocks' line ranges from the expanded text's lines to the body's.
void onBodyLines(RenderedBlocks &blocks, const QVector<int> &bodyLines) {
    const auto bodyLine = [&bodyLines](int line) {
        return line < 1 ? line : bodyLines.at(std::min<qsizetype>(line, bodyLines.size()) - 1);
    };
    for (RenderedBlock &block : blocks) {
        block.firstLine = bodyLine(block.firstLine);
        block.lastLine = bodyLine(block.lastLine);
    }
}

// KramdownCaveats of an expanded text whose lines are not the body's: placed on the body line a text line
// comes from when that line is the same text (a line the site's Liquid changed has no place in the body).
void appendOnBodyLines(const QByteArray &body, const LiquidExpansion::Expanded &expanded,
                       QVector<PreviewCaveat> *caveats) {
    QVector<PreviewCaveat> found;
    KramdownCaveats::find(expanded.text, &found);
    if (found.isEmpty())
        return;
    const SourceLines textLines(expanded.text);
    const SourceLines bodyLines(body);
    const auto lineText = [](const QByteArray &text, const SourceLines &lines, int line) {
        const qsizetype from = lines.start(line);
        return QByteArray::fromRawData(text.constData() + from, lines.start(line + 1) - from);
    };
    for (PreviewCaveat caveat : std::as_const(found)) {
        const int bodyLine = expanded.bodyLines.value(caveat.line - 1);
        if (bodyLine < 1 ||
            lineText(expanded.text, textLines, caveat.line) != lineText(body, bodyLines, bodyLine))
            continue;
        caveat.line = bodyLine;
        caveats->append(caveat);
    }
}

}  // namespace

IncrementalRenderer::IncrementalRenderer(BlockRenderer::Liquid liquid, const MarkdownDialect &dialect,
                                         const LiquidContext &context)
    : m_liquid(liquid), m_dialect(dialect), m_context(context) {}

void IncrementalRenderer::clear() {
    m_hasPrevious = false;
    m_text.clear();
    m_blocks.clear();
}

RenderedBlocks IncrementalRenderer::render(const QByteArray &markdownUtf8) {
    m_caveats.clear();
    LiquidExpansion::Expanded expanded;
    if (m_liquid == BlockRenderer::Liquid::Preprocess && m_expansion)
        expanded = m_expansion->expand(markdownUtf8, m_context, &m_caveats);
    else if (m_liquid == BlockRenderer::Liquid::Preprocess)
        expanded.text = LiquidPreprocessor::process(markdownUtf8, m_context, &m_caveats);
    else
        expanded.text = markdownUtf8;
    const QByteArray &text = expanded.text;
    if (m_dialect.isKramdown()) {
        if (expanded.bodyLines.isEmpty())
            KramdownCaveats::find(text, &m_caveats);
        else
            appendOnBodyLines(markdownUtf8, expanded, &m_caveats);
    }
    // Footnotes are numbered over the whole body, and an attribute list may reach across blocks: a whole
    // render then, as for a first one.
    const bool wholeBody =
        hasFootnoteSyntax(text) ||
        (m_dialect.isKramdown() &&
         (KramdownAttributeLists::reachesAcrossBlocks(text.constData(), text.size()) ||
          KramdownHtmlBlocks::mayReachOtherBlocks(text) || KramdownBlockShapes::mayReachOtherBlocks(text)));
    const bool hasDefinitions = hasDefinitionSyntax(text);
    const SourceLines lines(text);
    std::optional<RenderedBlocks> blocks;
    if (m_hasPrevious && !wholeBody && !m_textNeedsWholeBody)
        blocks = renderChange(text, lines, hasDefinitions || m_textHasDefinitions);
    if (!blocks) {
        blocks = BlockRenderer::renderBlocks(text, BlockRenderer::Liquid::Verbatim, m_dialect);
        m_report = Report{false, text.size()};
    }
    m_hasPrevious = true;
    m_text = text;
    m_textNeedsWholeBody = wholeBody;
    m_textHasDefinitions = hasDefinitions;
    m_lineCount = lines.lineCount();
    m_blocks = *blocks;
    if (!expanded.bodyLines.isEmpty())
        onBodyLines(*blocks, expanded.bodyLines);
    return *std::move(blocks);
}

std::optional<RenderedBlocks> IncrementalRenderer::renderChange(const QByteArray &text,
                                                                const SourceLines &lines, bool definitions) {
    const QByteArray &old = m_text;
    if (old == text) {
        m_report = Report{true, 0};
        return m_blocks;
    }
    // One byte less on each side, so that a CR LF pair split by the edit counts as changed.
    const qsizetype prefix = std::max<qsizetype>(0, commonPrefix(old, text) - 1);
    const qsizetype suffix =
        std::max<qsizetype>(0, commonSuffix(old, text, std::min(old.size(), text.size()) - prefix) - 1);

    const int delta = lines.lineCount() - m_lineCount;  // new line = old line + delta after the change
    const int firstChanged = lines.lineAt(prefix);      // the same line number in both texts
    const int lastChangedOld = lines.lineAt(text.size() - suffix) - delta;

    // The region starts at a block that begins before the changed lines, after a blank line: the parser
    // reaches it with nothing open, and as the lines up to it are unchanged, so is every block before it.
    const auto firstAfter = [this](int line) {
        return int(std::upper_bound(m_blocks.begin(), m_blocks.end(), line,
                                    [](int l, const RenderedBlock &b) { return l < b.firstLine; }) -
                   m_blocks.begin());
    };
    int startBlock = firstAfter(firstChanged - 1) - 1;
    while (startBlock >= 0 && !lines.isBlank(m_blocks.at(startBlock).firstLine - 1))
        --startBlock;
    const int regionFirstLine = startBlock >= 0 ? m_blocks.at(startBlock).firstLine : 1;
    startBlock = std::max(startBlock, 0);

    std::optional<SourceLines> oldLines;
    // Appends to `out` the definitions in `range` of the new text, each as a paragraph of its own; false when
    // one is not known to be a definitions-only paragraph: not at the start of a line, or covered by one of
    // m_blocks[firstBlock, lastBlock) (lines moved by `shift`), as code, or a paragraph it begins, would be.
    const auto outsideDefinitions = [&](LineRange range, qsizetype firstBlock, qsizetype lastBlock, int shift,
                                        QByteArray *out) {
        for (const LineRange &chunk : definitionChunks(text, lines, range.first, range.last)) {
            if (text.at(lines.start(chunk.first)) != '[' ||
                overlapsAny(m_blocks, firstBlock, lastBlock, shift, chunk))
                return false;
            *out += linesText(text, lines, chunk);
            if (!out->endsWith('\n'))
                *out += '\n';
            *out += '\n';
        }
        return true;
    };

    // It ends before an unchanged block that follows a blank unchanged line, once the region's last block is
    // known not to run on into it.
    int endBlock = firstAfter(lastChangedOld + 1);
    for (int attempt = 0;; ++attempt) {
        while (endBlock < m_blocks.size() &&
               (!lines.isBlank(m_blocks.at(endBlock).firstLine - 1 + delta) ||
                (endBlock > 0 && m_blocks.at(endBlock - 1).openEnded) ||
                startsDefinition(text, lines, m_blocks.at(endBlock).firstLine + delta)))
            ++endBlock;
        const bool toEnd = endBlock >= m_blocks.size();
        // Lines [regionFirstLine, regionLastLine] of the new text; the old text has the same first line.
        const int regionLastLine = toEnd ? lines.lineCount() : m_blocks.at(endBlock).firstLine + delta - 1;
        const int oldRegionLastLine = regionLastLine - delta;
        const qsizetype from = lines.start(regionFirstLine);
        const qsizetype to = lines.start(regionLastLine + 1);

        // With reference definitions in the body, those outside the region are parsed with it (the ones
        // above before it, the ones below after it, as first-defined wins), so that its links resolve as in a
        // whole parse; and those inside it must stay what they were, or links outside it would change.
        QByteArray before;
        QByteArray after;
        QVector<LineRange> regionChunks;
        if (definitions) {
            if (!oldLines)
                oldLines.emplace(old);
            regionChunks = definitionChunks(text, lines, regionFirstLine, regionLastLine);
            const QVector<LineRange> oldChunks =
                definitionChunks(old, *oldLines, regionFirstLine, oldRegionLastLine);
            if (oldChunks.size() != regionChunks.size())
                return std::nullopt;
            for (qsizetype i = 0; i < oldChunks.size(); ++i) {
                if (linesText(old, *oldLines, oldChunks.at(i)) !=
                        linesText(text, lines, regionChunks.at(i)) ||
                    overlapsAny(m_blocks, startBlock, endBlock, 0, oldChunks.at(i)))
                    return std::nullopt;
            }
            if (!outsideDefinitions(LineRange{1, regionFirstLine - 1}, 0, startBlock, 0, &before) ||
                !outsideDefinitions(LineRange{regionLastLine + 1, lines.lineCount()}, endBlock,
                                    m_blocks.size(), delta, &after))
                return std::nullopt;
        }

        const int prepended = SourceLines(before).lineCount() - 1;
        const QByteArray source = before + text.mid(from, to - from) + after;
        RenderedBlocks region =
            BlockRenderer::renderBlocks(source, BlockRenderer::Liquid::Verbatim, m_dialect);
        // Definitions-only paragraphs make no block; anything else from around the region is a surprise.
        const int regionLines = regionLastLine - regionFirstLine + 1;
        if (!region.isEmpty() && (region.constFirst().firstLine <= prepended ||
                                  region.constLast().firstLine > prepended + regionLines))
            return std::nullopt;
        for (RenderedBlock &block : region) {
            block.firstLine += regionFirstLine - 1 - prepended;
            block.lastLine += regionFirstLine - 1 - prepended;
        }
        if (!toEnd && !region.isEmpty() && region.constLast().openEnded) {
            if (attempt + 1 >= kRegionEndAttempts)
                return std::nullopt;
            ++endBlock;
            continue;
        }
        for (const LineRange &chunk : std::as_const(regionChunks)) {
            if (overlapsAny(region, 0, region.size(), 0, chunk))
                return std::nullopt;
        }

        RenderedBlocks blocks;
        blocks.reserve(startBlock + region.size() + (m_blocks.size() - endBlock));
        blocks.append(m_blocks.mid(0, startBlock));
        blocks.append(std::move(region));
        for (qsizetype i = endBlock; i < m_blocks.size(); ++i) {
            RenderedBlock moved = m_blocks.at(i);
            moved.firstLine += delta;
            moved.lastLine += delta;
            blocks.append(std::move(moved));
        }
        if (m_dialect.isKramdown())
            DocumentWideBlocks::settle(blocks, m_dialect);
        m_report = Report{true, source.size()};
        return blocks;
    }
}
