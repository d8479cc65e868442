#pragma once

#include "render/previewcaveat.h"

#include <QByteArray>
#include <QVector>

// The kramdown syntax the preview knows it does not render as kramdown will, found in the body's text:
// `{::options ...}` (read and hidden, its options not applied), `markdown="span"` (not read: the element's
// content stays as written) and `markdown="1"` on an element inside a list, a quote or an HTML block that
// began above it (only elements that open a top-level block are read, KramdownHtmlMarkdown). `postwright
// check` warns about them and the editor marks them, as it does the Liquid the preview could not run. Pure
// function; looks for its syntax with memchr-fast searches before reading lines, as it runs with every
// render.
class KramdownCaveats {
public:
    static void find(const QByteArray &text, QVector<PreviewCaveat> *caveats);
};
