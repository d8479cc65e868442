#pragma once

#include "render/renderedblock.h"

// "Replace blocks [start, start + removeCount) with these, and shift the line ranges of the blocks after them
// by lineDelta": what the preview page applies after an edit. Typing inside a paragraph gives one block and
// no shift.
struct PreviewPatch {
    int start = 0;
    int removeCount = 0;
    RenderedBlocks blocks;
    int lineDelta = 0;

    bool isEmpty() const { return removeCount == 0 && blocks.isEmpty() && lineDelta == 0; }
    // The smallest patch that turns `before` into `after`: the common prefix (same HTML, same lines) and the
    // common suffix (same HTML, lines moved by one common delta) are kept.
    static PreviewPatch between(const RenderedBlocks &before, const RenderedBlocks &after);
    // Applies the patch to a block list (what the page does to its elements); `applyTo(before)` yields
    // `after`.
    void applyTo(RenderedBlocks &blocks) const;
};
