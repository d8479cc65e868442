#pragma once

#include "render/renderedblock.h"

#include <QVector>

#include <optional>

// Which blocks of two block lists are the same block: a longest common subsequence of blocks with equal HTML,
// height and openEnded (their lines may have moved), by Myers' diff on hashes of the HTML. Its work is
// O((n + m) * d) for d blocks removed or inserted, so callers strip the common prefix and suffix first and
// bound d.
class BlockDiff {
public:
    struct Match {
        int before = 0;  // index in the `before` list
        int after = 0;   // index in the `after` list
    };

    // The matched blocks of before[beforeFrom, beforeTo) and after[afterFrom, afterTo), in order, with as few
    // blocks left unmatched as possible; nullopt when more than `maxEdits` blocks would be unmatched.
    static std::optional<QVector<Match>> matches(const RenderedBlocks &before, int beforeFrom, int beforeTo,
                                                 const RenderedBlocks &after, int afterFrom, int afterTo,
                                                 int maxEdits);
    // Whether a block may stay on the page in place of another: all but the lines.
    static bool sameBlock(const RenderedBlock &a, const RenderedBlock &b) {
        return a.openEnded == b.openEnded && a.lastLine - a.firstLine == b.lastLine - b.firstLine &&
               a.html == b.html;
    }
};
