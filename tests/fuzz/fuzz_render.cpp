// Fuzzes the block renderer and the preview patch: the blocks joined are the whole-document render, every
// block has a sane line range, Liquid preprocessing keeps the lines, re-rendering only the region of a small
// edit gives the blocks of a full render, and the patch between the blocks before and after the edit turns
// the old list into the new one; and, with flag 2, the site engine's path (checkExpansion).
//
// The input (cut at 64 KB: Debian's cmark-gfm has quadratic cases that would only time out) is the Markdown,
// optionally followed by the edit's parameters after a marker; without one they come from the Markdown's last
// bytes (see TailReader).

#include <QVector>

#include <algorithm>
#include <cstdint>

#include "fuzzcheck.h"
#include "render/blockrenderer.h"
#include "render/incrementalrenderer.h"
#include "render/liquidexpansion.h"
#include "render/liquidpreprocessor.h"
#include "render/liquidsegments.h"
#include "render/previewpatch.h"
#include "tailreader.h"

namespace {

using FuzzCheck::escaped;

constexpr qsizetype kMaxInput = 64 * 1024;

// The line breaks of `text` as CommonMark counts lines (\n, \r\n or \r), in order.
QByteArray lineBreaks(const QByteArray &text) {
    QByteArray breaks;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '\r' && i + 1 < text.size() && text.at(i + 1) == '\n') {
            breaks += 'C';
            ++i;
        } else if (c == '\r') {
            breaks += 'R';
        } else if (c == '\n') {
            breaks += 'N';
        }
    }
    return breaks;
}

QByteArray describe(const RenderedBlocks &blocks) {
    QByteArray out;
    for (const RenderedBlock &b : blocks) {
        out += "\n    " + QByteArray::number(b.firstLine) + "-" + QByteArray::number(b.lastLine) + " " +
               escaped(b.html, 200);
    }
    return out;
}

RenderedBlocks checkedRender(const QByteArray &text, BlockRenderer::Liquid liquid) {
    const QByteArray processed =
        liquid == BlockRenderer::Liquid::Preprocess ? LiquidPreprocessor::process(text) : text;
    // The promise is the number of lines (what source ranges count), not each break's bytes: a lone CR left
    // behind by removed markup is written as LF so it cannot merge with an LF after it.
    FUZZ_CHECK(lineBreaks(processed).size() == lineBreaks(text).size(),
               "Liquid changed the lines: " + escaped(text) + " became " + escaped(processed));
    const RenderedBlocks blocks = BlockRenderer::renderBlocks(text, liquid);
    const int lines = int(lineBreaks(processed).size()) + 1;
    for (const RenderedBlock &block : blocks) {
        FUZZ_CHECK(
            1 <= block.firstLine && block.firstLine <= block.lastLine && block.lastLine <= lines,
            QByteArray::number(lines) + " lines, blocks:" + describe(blocks) + "\n  text: " + escaped(text));
    }
    const QByteArray document = BlockRenderer::renderDocument(text, liquid);
    FUZZ_CHECK(BlockRenderer::joined(blocks) == document, "joined blocks:" + describe(blocks) +
                                                              "\n  document: " + escaped(document) +
                                                              "\n  text: " + escaped(text));
    return blocks;
}

// The site engine's path (LiquidExpansion): the body cut into Liquid segments, an answer that gives each
// Liquid segment more lines than it has, the expanded text's line map, and the incremental render on top of
// it.
void checkExpansion(QByteArray input, QByteArray edited) {
    // The preview's bodies have LF line ends (PostDocument::bodyLf).
    input.replace('\r', '\n');
    edited.replace('\r', '\n');
    FuzzCheck::context() = "LiquidSegments::split";
    const QVector<LiquidSegment> segments = LiquidSegments::split(input);
    qsizetype at = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const LiquidSegment &segment = segments.at(i);
        FUZZ_CHECK(segment.from == at && segment.to > segment.from,
                   "segment " + QByteArray::number(i) + " of " + escaped(input));
        FUZZ_CHECK(segment.liquid || i == 0 || segments.at(i - 1).liquid,
                   "adjacent text segments in " + escaped(input));
        at = segment.to;
    }
    FUZZ_CHECK(at == input.size(), "segments do not cover " + escaped(input));

    QByteArray answer;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            answer += LiquidExpansion::marker();
        const QByteArray source = input.mid(segments.at(i).from, segments.at(i).size());
        answer += segments.at(i).liquid ? "<" + source + ">\n\n" : source;
    }
    const auto expansion = LiquidExpansion::fromAnswer(input, segments, answer, {});
    // Only a body holding the marker itself cannot be cut (it is then served whole).
    FUZZ_CHECK(expansion->isSegmented() || input.contains(LiquidExpansion::marker()),
               "answer not cut: " + escaped(input));
    for (const QByteArray &body : {input, edited}) {
        FuzzCheck::context() = "LiquidExpansion::expand";
        const LiquidExpansion::Expanded expanded = expansion->expand(body, LiquidContext(), nullptr);
        const int bodyLines = int(body.count('\n')) + 1;
        const int textLines = int(expanded.text.count('\n')) + 1;
        if (!expanded.bodyLines.isEmpty()) {
            FUZZ_CHECK(expanded.bodyLines.size() == textLines,
                       "line map of " + QByteArray::number(expanded.bodyLines.size()) + " for " +
                           QByteArray::number(textLines) + " lines: " + escaped(body));
            for (qsizetype i = 0; i < expanded.bodyLines.size(); ++i) {
                const int line = expanded.bodyLines.at(i);
                FUZZ_CHECK(line >= 1 && line <= bodyLines && (i == 0 || line >= expanded.bodyLines.at(i - 1)),
                           "line map out of order at " + QByteArray::number(i) + ": " + escaped(body));
            }
        } else {
            FUZZ_CHECK(textLines == bodyLines, "lines changed without a map: " + escaped(body));
        }
    }
    FuzzCheck::context() = "IncrementalRenderer with an expansion";
    IncrementalRenderer incremental;
    incremental.setExpansion(expansion);
    incremental.render(input);
    const RenderedBlocks reRendered = incremental.render(edited);
    IncrementalRenderer fresh;
    fresh.setExpansion(expansion);
    const RenderedBlocks full = fresh.render(edited);
    FUZZ_CHECK(reRendered == full, "incremental:" + describe(reRendered) + "\n  full:" + describe(full) +
                                       "\n  text: " + escaped(input) + "\n  edited: " + escaped(edited));
    const int lines = int(edited.count('\n')) + 1;
    for (const RenderedBlock &block : full)
        FUZZ_CHECK(0 <= block.firstLine && block.firstLine <= block.lastLine && block.lastLine <= lines,
                   "block lines outside the body:" + describe(full) + "\n  edited: " + escaped(edited));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const auto [whole, parameters] =
        TailReader::split(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    const QByteArray input = whole.left(kMaxInput);
    TailReader tail(parameters);
    const quint8 flags = tail.byte();
    const quint16 editAt = tail.word();
    const quint8 removeCount = tail.byte() % 32;
    const QByteArray insert = tail.chunk(24);
    const BlockRenderer::Liquid liquid =
        flags & 1 ? BlockRenderer::Liquid::Verbatim : BlockRenderer::Liquid::Preprocess;

    FuzzCheck::context() = "render";
    const RenderedBlocks before = checkedRender(input, liquid);
    FUZZ_CHECK(PreviewPatch::between(before, before).isEmpty(), "blocks:" + describe(before));

    // A small edit, as typing makes: remove a few bytes somewhere and insert a few.
    QByteArray edited = input;
    edited.replace(editAt % (input.size() + 1), removeCount, insert);
    FuzzCheck::context() = "render after an edit at " + QByteArray::number(editAt % (input.size() + 1)) +
                           " removing " + QByteArray::number(removeCount) + " inserting " + escaped(insert);
    const RenderedBlocks after = checkedRender(edited, liquid);

    // The preview renders the edited body again by re-parsing only the region around the edit.
    FuzzCheck::context() = "IncrementalRenderer after the edit";
    IncrementalRenderer incremental(liquid);
    incremental.render(input);
    const RenderedBlocks reRendered = incremental.render(edited);
    FUZZ_CHECK(reRendered == after, "incremental:" + describe(reRendered) + "\n  full:" + describe(after) +
                                        "\n  text: " + escaped(input) + "\n  edited: " + escaped(edited));

    if (flags & 2)
        checkExpansion(input, edited);

    FuzzCheck::context() = "PreviewPatch::between";
    const PreviewPatch patch = PreviewPatch::between(before, after);
    FUZZ_CHECK(patch.fitsListOf(before.size()), "patch of " + QByteArray::number(patch.ranges.size()) +
                                                    " ranges for " + QByteArray::number(before.size()) +
                                                    " blocks");
    RenderedBlocks patched = before;
    patch.applyTo(patched);
    FUZZ_CHECK(patched == after, "before:" + describe(before) + "\n  after:" + describe(after) +
                                     "\n  patched:" + describe(patched) + "\n  text: " + escaped(input) +
                                     "\n  edited: " + escaped(edited));
    return 0;
}
