#pragma once

#include "render/renderedblock.h"

class MarkdownDialect;

// What in a rendered body depends on the whole body rather than on one block, settled over all blocks: the
// numbers of repeated automatic heading ids (`intro`, `intro-1`…) and kramdown's table of contents, built
// from every heading's id and content. BlockRenderer settles a render; IncrementalRenderer settles again
// after it re-renders a region, which changes only the blocks whose ids or contents list changed (the preview
// then patches those, wherever they are).
class DocumentWideBlocks {
public:
    static void settle(RenderedBlocks &blocks, const MarkdownDialect &dialect);
    // kramdown's table of contents of `headings` (those with inToc), in the list `slot`, as kramdown's HTML
    // converter prints it (its nesting and indentation); empty when no heading is listed.
    static QByteArray tableOfContents(const QVector<const RenderedHeading *> &headings, const TocSlot &slot);
};
