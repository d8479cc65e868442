#pragma once

#include "render/renderedblock.h"

// Renders Markdown (GFM: tables, strikethrough, autolinks, tagfilter, task lists, footnotes) into top-level blocks.
// Reentrant and thread-safe: each call has its own parser; no global state is touched after the first call.
class BlockRenderer {
public:
    static RenderedBlocks render(const QByteArray &markdownUtf8);
    // The blocks joined, as `postwright render` prints them.
    static QByteArray joined(const RenderedBlocks &blocks);
};
