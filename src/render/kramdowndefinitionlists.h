#pragma once

#include <QByteArray>

struct cmark_node;

// kramdown's definition lists, which cmark-gfm reads as paragraphs: the lines of a paragraph are terms when
// a line starting with `: ` follows them (in the same paragraph, or in the next one after one blank line,
// which makes that definition a paragraph of its own), and each `: ` line starts a definition. They print as
// kramdown 2.4 prints them: `<dl>`, `  <dt>term</dt>`, `  <dd>definition</dd>` (or `  <dd>`, its
// paragraph, `  </dd>`), `</dl>`; a list after another, blank lines between, is the same list. The list
// replaces the terms' paragraph in place and covers the lines of what it took in, so the block renderer
// keeps each block's source lines. Not yet: blocks other than a paragraph inside a definition (an indented
// second paragraph), and attribute lists on terms or definitions.
class KramdownDefinitionLists {
public:
    static void apply(cmark_node *document, const QByteArray &source);
    // Whether a paragraph whose first line is `line` (without its line break) can continue a definition list
    // that ends before it: a block the incremental renderer must not render apart from the one before.
    static bool startsDefinition(const char *line, qsizetype size);
};
