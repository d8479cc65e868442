#pragma once

#include <QByteArray>

class MarkdownDialect;
class SourceLines;
struct cmark_node;

// kramdown's tables where cmark-gfm reads something else: a table whose rows all start with `|` and that has
// separator lines GFM does not know (a first line of dashes, `+` between the columns, a `|---|` line
// between body rows starting another `<tbody>`, a `|===|` line before the footer rows, which go in a
// `<tfoot>`), or no header at all (a paragraph of `|` lines is a table). It is printed as kramdown prints it:
// `<thead>` only when a separator line follows the first rows, `style="text-align: …"` on aligned columns,
// short rows padded, an empty cell holding a no-break space. Each cell is parsed as a paragraph of its own
// (its inline Markdown and typography; a cell that is not one paragraph is kept as text). Top-level blocks
// only: the block, new, is given the lines of the paragraph and the table cmark made of them. A table GFM
// reads the same way stays cmark's.
class KramdownTables {
public:
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                      const MarkdownDialect &dialect);
};
