#pragma once

#include <QByteArray>

class SourceLines;
struct cmark_node;

// Where kramdown (GFM input) reads raw HTML at block level otherwise than cmark-gfm:
// - A line that starts with a span-level element's tag (`<br>`, `<small>`, `</span>`; KramdownRawHtml::
//   isSpanElement) is paragraph text, so also a lazy continuation of a list item's or a quote's paragraph
//   (kramdown's LAZY_END_HTML_START); cmark starts an HTML block there (its start condition 7) that closes
//   the list. cmarkInput() puts a marker byte before such a tag, which makes cmark read the line as the
//   paragraph text it is, and apply() takes the markers out of the tree again.
// - A block-level element (`<table>`, `<div>`) runs to its matching closing tag, across blank lines, or to
//   the end of the document when it has none (KramdownRawHtml); cmark ends the HTML block at the first blank
//   line and reads what follows as Markdown (an indented `<td>` as code). apply() takes the top-level blocks
//   up to the closing tag's line into the element's HTML block, printed as kramdown prints raw content.
//   As such a block can reach far below an edit, it stays an HTML block: RenderedBlock::openEnded lets
//   IncrementalRenderer parse on past it.
// Not yet: an element that closes before cmark's HTML block ends, with Markdown after it on the following
// lines (kramdown parses that Markdown; it stays raw); elements nested in a list or a quote; a closing tag
// followed by text on its line (kept raw with the element); a stray closing tag of a block-level element
// (kramdown prints it as paragraph text); `markdown="1"` on an element nested in a raw one (kramdown parses
// its content; it stays raw); tags printed again as kramdown prints them (lower-case names, attributes in
// double quotes, `<br />`): they are kept as written.
class KramdownHtmlBlocks {
public:
    // The text cmark-gfm is given in the kramdown dialect: `source` with the span-level tag lines marked,
    // the same number of lines. `source` itself when it holds the marker byte already.
    static QByteArray cmarkInput(const QByteArray &source);
    // Right after cmark parsed cmarkInput(source), before the other passes read the tree.
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines);

    // Whether, after a line that may open a block-level element, `text` has markup in it (a comment, a
    // processing instruction, a tag) that runs past a blank line, or may: a part of the text cut at that
    // blank line would read the element's end elsewhere than the whole text does (IncrementalRenderer).
    // Also when `text` holds the marker byte: then nothing is marked, where a part without it would be.
    static bool mayReachOtherBlocks(const QByteArray &text);
};
