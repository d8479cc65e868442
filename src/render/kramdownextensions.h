#pragma once

#include <QByteArray>

class SourceLines;
struct cmark_node;

// kramdown's extensions, which cmark-gfm reads as text: `{::comment}…{:/comment}` prints as an HTML comment
// (`<!-- … -->`), `{::nomarkdown}…{:/nomarkdown}` prints its content as it is written, `{::options … /}`
// prints nothing (the options themselves are not honoured), and `{:/}` closes any of them. As blocks: a
// top-level paragraph that starts with the opening tag on a line of its own, up to the line that holds only
// the closing tag (the blocks cmark made in between are taken in; the content is read from the source). As
// spans: an extension inside a paragraph's line, read from cmark's text and raw HTML nodes. Both run before
// the typography pass, which must leave their content alone.
class KramdownExtensions {
public:
    static void applyToBlocks(cmark_node *document, const QByteArray &source, const SourceLines &lines);
    static void applyToSpans(cmark_node *document);
};
