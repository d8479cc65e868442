#pragma once

class MarkdownDialect;
struct cmark_node;

// kramdown's `markdown="1"` on an HTML block element (`<div markdown="1">`): its content is Markdown, which
// cmark-gfm leaves raw when it follows the opening tag without a blank line (the HTML block runs on to the
// next blank line). Such a top-level HTML block whose first line is the opening tag alone becomes the element
// with the attribute taken out (kramdown does not print it) and its content, parsed on its own
// (KramdownSnippet), inside; a closing tag on the block's last line closes it there, otherwise it is the HTML
// block that follows. An opening tag alone in its HTML block only loses the attribute (cmark already parses
// what follows it after a blank line). Not yet: `markdown="span"`, and an element nested in a list or a
// quote.
class KramdownHtmlMarkdown {
public:
    static void apply(cmark_node *document, const MarkdownDialect &dialect);
};
