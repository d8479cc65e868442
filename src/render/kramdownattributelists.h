#pragma once

#include <QByteArray>

class NodeAttributes;
class SourceLines;
struct cmark_node;

// kramdown's attribute lists on a document cmark-gfm parsed, read the way kramdown reads them and removed
// from the text: block attribute lists (`{: .class #id key="value"}` on a line of their own, for the block
// right before them, or after a blank line for the next block), span attribute lists right after emphasis, a
// link, an image, strikethrough or a code span (`*x*{: .c}`), `{#id}` at the end of a heading, and attribute
// list definitions (`{:name: ...}`, used by name as `{: name}`; resolved over the whole document, as kramdown
// resolves them). The attributes go to NodeAttributes; printing them is AttributedHtml's job (KramdownCode's
// for code). A line with a block list that cmark took as a lazy continuation of a paragraph in a list
// or quote belongs to the outer block, as in kramdown (`* item\n{: .list}` is the list's). Not supported:
// lists inside raw HTML, and a list between two lines of one paragraph, which kramdown would split in two.
class KramdownAttributeLists {
public:
    // `source` is the text cmark-gfm parsed, `lines` its lines.
    static void apply(cmark_node *document, NodeAttributes &attributes, const QByteArray &source,
                      const SourceLines &lines);
    // Whether `text` holds an attribute list definition or a block list a blank line separates from the block
    // it applies to: then an edit may change blocks far from it.
    static bool reachesAcrossBlocks(const char *text, long long size);
};
