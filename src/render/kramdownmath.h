#pragma once

#include <QByteArray>

class SourceLines;
struct cmark_node;

// kramdown's `$$` math as its default math engine, MathJax, prints it (Jekyll's defaults; the preview's
// typesetting comes later): `$$…$$` inside text is `\(…\)`, a paragraph that is nothing but `$$…$$` is a
// block `\[…\]`, the math stripped of surrounding blanks and with only `&`, `<` and `>` escaped. cmark reads
// `$$` as text and has taken the backslash escapes out of it (`\,` is `,` to it), so the math is read from
// the paragraph's source; in a heading or a table cell, where the source is not at hand, from the text.
// `$$` inside a code span stays code. Run after the typography (whose changes inside math it discards).
class KramdownMath {
public:
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines);
};
