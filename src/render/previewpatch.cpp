#include "render/previewpatch.h"

#include <QtGlobal>

#include <algorithm>

PreviewPatch PreviewPatch::between(const RenderedBlocks &before, const RenderedBlocks &after) {
    const int beforeCount = int(before.size());
    const int afterCount = int(after.size());

    int prefix = 0;
    while (prefix < beforeCount && prefix < afterCount && before.at(prefix) == after.at(prefix))
        ++prefix;

    // The suffix keeps its HTML and moves as a whole; the last blocks decide by how many lines.
    const int delta =
        (beforeCount > 0 && afterCount > 0) ? after.constLast().firstLine - before.constLast().firstLine : 0;
    const int maxSuffix = std::min(beforeCount, afterCount) - prefix;
    int suffix = 0;
    while (suffix < maxSuffix) {
        const RenderedBlock &old = before.at(beforeCount - 1 - suffix);
        const RenderedBlock &now = after.at(afterCount - 1 - suffix);
        if (old.html != now.html || now.firstLine != old.firstLine + delta ||
            now.lastLine != old.lastLine + delta)
            break;
        ++suffix;
    }

    PreviewPatch patch;
    patch.start = prefix;
    patch.removeCount = beforeCount - prefix - suffix;
    patch.blocks = after.mid(prefix, afterCount - prefix - suffix);
    patch.lineDelta = suffix > 0 ? delta : 0;
    return patch;
}

void PreviewPatch::applyTo(RenderedBlocks &list) const {
    Q_ASSERT(start >= 0 && removeCount >= 0 && start + removeCount <= list.size());
    // Clamped as well, so a patch meant for another list cannot read out of bounds in a release build.
    const qsizetype first = std::clamp<qsizetype>(start, 0, list.size());
    const qsizetype kept = std::clamp<qsizetype>(removeCount, 0, list.size() - first) + first;
    RenderedBlocks result;
    result.reserve(first + blocks.size() + list.size() - kept);
    result.append(list.mid(0, first));
    result.append(blocks);
    for (qsizetype i = kept; i < list.size(); ++i) {
        RenderedBlock moved = list.at(i);
        moved.firstLine += lineDelta;
        moved.lastLine += lineDelta;
        result.append(std::move(moved));
    }
    list = std::move(result);
}
