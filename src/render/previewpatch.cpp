#include "render/previewpatch.h"

#include "render/blockdiff.h"

#include <QtGlobal>

#include <algorithm>

namespace {

int lineShift(const RenderedBlock &from, const RenderedBlock &to) {
    return to.firstLine - from.firstLine;
}

// Turns the kept blocks, given in order, into ranges: whatever lies between two runs of kept blocks is
// replaced, and a kept block that moved by another number of lines than the one before it starts a range of
// its own that only changes the delta.
class RangeBuilder {
public:
    RangeBuilder(const RenderedBlocks &before, const RenderedBlocks &after)
        : m_before(before), m_after(after) {}

    // Blocks before[i, i + count) are kept as after[j, j + count), all moved by the same number of lines.
    void keep(int i, int j, int count = 1) {
        const int delta = lineShift(m_before.at(i), m_after.at(j));
        if (i > m_nextBefore || j > m_nextAfter) {
            m_patch.ranges.append(PreviewPatch::Range{m_nextBefore, i - m_nextBefore,
                                                      m_after.mid(m_nextAfter, j - m_nextAfter), delta});
            m_delta = delta;
        } else if (delta != m_delta) {
            m_patch.ranges.append(PreviewPatch::Range{i, 0, {}, delta});
            m_delta = delta;
        }
        m_nextBefore = i + count;
        m_nextAfter = j + count;
    }

    PreviewPatch finish() {
        if (m_nextBefore < m_before.size() || m_nextAfter < m_after.size()) {
            m_patch.ranges.append(PreviewPatch::Range{m_nextBefore, int(m_before.size()) - m_nextBefore,
                                                      m_after.mid(m_nextAfter), 0});
        }
        return std::move(m_patch);
    }

private:
    const RenderedBlocks &m_before;
    const RenderedBlocks &m_after;
    PreviewPatch m_patch;
    int m_nextBefore = 0;  // the first block of each list not yet kept or replaced
    int m_nextAfter = 0;
    int m_delta = 0;  // the delta of the last kept block
};

}  // namespace

int PreviewPatch::removedCount() const {
    int count = 0;
    for (const Range &range : ranges)
        count += range.removeCount;
    return count;
}

int PreviewPatch::insertedCount() const {
    int count = 0;
    for (const Range &range : ranges)
        count += int(range.blocks.size());
    return count;
}

bool PreviewPatch::fitsListOf(qsizetype count) const {
    qsizetype end = 0;
    for (const Range &range : ranges) {
        if (range.start < end || range.removeCount < 0)
            return false;
        end = qsizetype(range.start) + range.removeCount;
    }
    return end <= count;
}

PreviewPatch PreviewPatch::inserting(const RenderedBlocks &blocks) {
    PreviewPatch patch;
    if (!blocks.isEmpty())
        patch.ranges.append(Range{0, 0, blocks, 0});
    return patch;
}

PreviewPatch PreviewPatch::between(const RenderedBlocks &before, const RenderedBlocks &after) {
    const int beforeCount = int(before.size());
    const int afterCount = int(after.size());

    // Typing changes one block: prefix and suffix find it in one linear pass, with no hashing.
    int prefix = 0;
    while (prefix < beforeCount && prefix < afterCount && before.at(prefix) == after.at(prefix))
        ++prefix;
    const int maxSuffix = std::min(beforeCount, afterCount) - prefix;
    int suffix = 0;
    const int suffixDelta = maxSuffix > 0 ? lineShift(before.constLast(), after.constLast()) : 0;
    while (suffix < maxSuffix) {
        const RenderedBlock &old = before.at(beforeCount - 1 - suffix);
        const RenderedBlock &now = after.at(afterCount - 1 - suffix);
        if (lineShift(old, now) != suffixDelta || !BlockDiff::sameBlock(old, now))
            break;
        ++suffix;
    }

    RangeBuilder builder(before, after);
    if (prefix > 0)
        builder.keep(0, 0, prefix);
    const int beforeEnd = beforeCount - suffix;
    const int afterEnd = afterCount - suffix;
    if (prefix < beforeEnd && prefix < afterEnd) {
        const auto matches =
            BlockDiff::matches(before, prefix, beforeEnd, after, prefix, afterEnd, kMaxDiffEdits);
        if (matches) {
            for (const BlockDiff::Match &match : *matches)
                builder.keep(match.before, match.after);
        }
    }
    if (suffix > 0)
        builder.keep(beforeEnd, afterEnd, suffix);
    return builder.finish();
}

void PreviewPatch::applyTo(RenderedBlocks &list) const {
    Q_ASSERT(fitsListOf(list.size()));
    RenderedBlocks result;
    result.reserve(list.size() + insertedCount() - removedCount());
    qsizetype next = 0;  // the first block of `list` not yet copied or removed
    int delta = 0;
    const auto keepUpTo = [&](qsizetype end) {
        // Clamped, so a patch meant for another list cannot read out of bounds in a release build.
        for (end = std::min(end, list.size()); next < end; ++next) {
            RenderedBlock moved = list.at(next);
            moved.firstLine += delta;
            moved.lastLine += delta;
            result.append(std::move(moved));
        }
    };
    for (const Range &range : ranges) {
        keepUpTo(range.start);
        result.append(range.blocks);
        next = std::clamp<qsizetype>(qsizetype(range.start) + range.removeCount, next, list.size());
        delta = range.lineDelta;
    }
    keepUpTo(list.size());
    list = std::move(result);
}
