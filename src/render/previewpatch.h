#pragma once

#include "render/renderedblock.h"

#include <QVector>

// What the preview page applies after an edit. Each range says "replace blocks [start, start + removeCount)
// with these, and shift the line ranges of the kept blocks after them, up to the next range, by lineDelta".
// Typing inside a paragraph gives one range of one block and no shift; an edit that also changes a block far
// away (a table of contents, a renumbered heading id, the footnotes) gives one range for each, and every
// block between them stays on the page.
struct PreviewPatch {
    struct Range {
        int start = 0;  // index in the list before the patch
        int removeCount = 0;
        RenderedBlocks blocks;
        // How far the kept blocks from start + removeCount to the next range moved from where they were
        // before the patch (not from the previous range's delta); 0 when no block is kept after the range. A
        // range that removes and inserts nothing only changes this delta.
        int lineDelta = 0;

        friend bool operator==(const Range &a, const Range &b) {
            return a.start == b.start && a.removeCount == b.removeCount && a.blocks == b.blocks &&
                   a.lineDelta == b.lineDelta;
        }
    };

    // In order; each starts after the previous one's removed blocks and at least one kept block.
    QVector<Range> ranges;

    bool isEmpty() const { return ranges.isEmpty(); }
    int removedCount() const;
    int insertedCount() const;
    // Whether the ranges are in order and inside a list of `count` blocks: what the page checks first.
    bool fitsListOf(qsizetype count) const;

    // The whole of `blocks` inserted into an empty list: what a page that starts empty is sent.
    static PreviewPatch inserting(const RenderedBlocks &blocks);
    // A patch that turns `before` into `after`, minimal in three ways: it removes plus inserts the fewest
    // blocks possible (those outside a longest common subsequence of blocks with equal HTML, height and
    // openEnded, wherever their lines moved), every range replaces a block or changes the delta, and a kept
    // block separates each range from the next. The common prefix and suffix come first (linear), then a diff
    // of the middle only on the blocks' hashed HTML (BlockDiff, O((n + m) * d) for d blocks removed or
    // inserted); past kMaxDiffEdits changes the whole middle is one range.
    static PreviewPatch between(const RenderedBlocks &before, const RenderedBlocks &after);
    // Applies the patch to a block list (what the page does to its elements); `applyTo(before)` yields
    // `after`.
    void applyTo(RenderedBlocks &blocks) const;

    // A bound on the diff's work per keystroke: past it the edit replaced most of the post anyway.
    static constexpr int kMaxDiffEdits = 256;
};
