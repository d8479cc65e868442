#include "render/blockdiff.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace {

// What the diff compares: a hash stands for the HTML, so a comparison never reads a block's bytes twice.
struct BlockKey {
    size_t hash = 0;
    int height = 0;
    bool openEnded = false;

    friend bool operator==(const BlockKey &a, const BlockKey &b) {
        return a.hash == b.hash && a.height == b.height && a.openEnded == b.openEnded;
    }
};

std::vector<BlockKey> keys(const RenderedBlocks &blocks, int from, int to) {
    std::vector<BlockKey> result;
    result.reserve(size_t(std::max(0, to - from)));
    for (int i = from; i < to; ++i) {
        const RenderedBlock &block = blocks.at(i);
        result.push_back(BlockKey{qHash(block.html), block.lastLine - block.firstLine, block.openEnded});
    }
    return result;
}

}  // namespace

std::optional<QVector<BlockDiff::Match>> BlockDiff::matches(const RenderedBlocks &before, int beforeFrom,
                                                            int beforeTo, const RenderedBlocks &after,
                                                            int afterFrom, int afterTo, int maxEdits) {
    const std::vector<BlockKey> a = keys(before, beforeFrom, beforeTo);
    const std::vector<BlockKey> b = keys(after, afterFrom, afterTo);
    const int n = int(a.size());
    const int m = int(b.size());
    const int limit = std::min(maxEdits, n + m);

    // Myers: v[k + offset] is the furthest x reached on diagonal k = x - y; trace[d] keeps v over [-d, d]
    // after d edits, to walk the path back.
    const int offset = limit + 1;
    std::vector<int> v(size_t(2 * limit + 3), 0);
    std::vector<std::vector<int>> trace;
    int edits = -1;
    for (int d = 0; d <= limit && edits < 0; ++d) {
        for (int k = -d; k <= d; k += 2) {
            int x = (k == -d || (k != d && v[k - 1 + offset] < v[k + 1 + offset])) ? v[k + 1 + offset]
                                                                                   : v[k - 1 + offset] + 1;
            int y = x - k;
            while (x < n && y < m && a[size_t(x)] == b[size_t(y)]) {
                ++x;
                ++y;
            }
            v[k + offset] = x;
            if (x >= n && y >= m) {
                edits = d;
                break;
            }
        }
        trace.emplace_back(v.begin() + (offset - d), v.begin() + (offset + d + 1));
    }
    if (edits < 0)
        return std::nullopt;

    QVector<Match> found;
    const auto keep = [&](int x, int y) {
        // A hash collision must not keep a block whose HTML changed: it is left unmatched (replaced).
        if (sameBlock(before.at(beforeFrom + x), after.at(afterFrom + y)))
            found.append(Match{beforeFrom + x, afterFrom + y});
    };
    int x = n;
    int y = m;
    for (int d = edits; d > 0; --d) {
        const std::vector<int> &previous = trace[size_t(d - 1)];
        const auto at = [&](int k) { return previous[size_t(k + d - 1)]; };
        const int k = x - y;
        const bool down = k == -d || (k != d && at(k - 1) < at(k + 1));
        const int previousK = down ? k + 1 : k - 1;
        const int previousX = at(previousK);
        const int snakeX = down ? previousX : previousX + 1;
        while (x > snakeX) {
            --x;
            --y;
            keep(x, y);
        }
        x = previousX;
        y = previousX - previousK;
    }
    while (x > 0 && y > 0) {
        --x;
        --y;
        keep(x, y);
    }
    std::reverse(found.begin(), found.end());
    return found;
}
