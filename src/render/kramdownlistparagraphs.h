#pragma once

#include <QByteArray>

class SourceLines;
struct cmark_node;

// kramdown decides item by item whether the paragraph that starts a list item is printed as a paragraph
// (`<li><p>text</p></li>`) or as bare text (`<li>text</li>`), where cmark decides for the whole list (a list
// with a blank line anywhere between its items prints every item's paragraphs). In a list cmark reads as
// loose, an item's first paragraph is bare text, as in kramdown's list parser (parser/kramdown/list.rb), when
// no blank line follows it (or it is all the last item holds), unless it is the last item of a list whose
// other items all start with a paragraph printed as such. A paragraph with attributes keeps its tag. Runs
// last, on the tree the other passes leave.
class KramdownListParagraphs {
public:
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines);
};
