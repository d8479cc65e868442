#pragma once

#include <QByteArray>

#include <optional>

// kramdown's reading of a block-level HTML element whose content is raw, as it is for every element under
// Jekyll's defaults (parse_block_html off) unless it has `markdown="1"` (kramdown-2.4.0
// parser/kramdown/html.rb handle_kramdown_html_tag and parser/html.rb parse_raw_html): from the opening tag
// to its matching closing tag, blank lines and all, nested elements read the same way (a nested element left
// open takes in its parent's closing tag and everything after it), comments and processing instructions kept,
// anything else text. An element left open runs to the end of the document, where kramdown closes it. Text is
// printed as kramdown prints it, with `&` (but for an entity), `<` and `>` escaped; tags are kept as written.
class KramdownRawHtml {
public:
    struct Element {
        QByteArray html;    // as kramdown prints it, without the line break after it
        qsizetype end = 0;  // offset just after the element's closing tag (the source's size when left open)
        bool closed = false;
    };

    // The element whose opening tag starts at `at` (a '<'); nullopt when kramdown reads no raw block element
    // there: no opening tag, a span-level element (parsed as paragraph text, see isSpanElement), an element
    // without a body (`<hr>`, `<x/>`), `<script>` or `<style>` (whose content cmark already keeps raw up
    // to the closing tag), or an element with a `markdown` attribute (KramdownHtmlMarkdown).
    static std::optional<Element> blockElementAt(const QByteArray &source, qsizetype at);

    // The end of the markup kramdown reads at `at` (a '<') in raw content: a comment, a processing
    // instruction, an opening or a closing tag, looked for before `end`; nullopt when there is none there.
    static std::optional<qsizetype> markupEnd(const QByteArray &source, qsizetype at, qsizetype end);

    // kramdown's HTML_SPAN_ELEMENTS (`span`, `br`, `img`, ...), any case: a line that starts with one of them
    // is paragraph text, not HTML block.
    static bool isSpanElement(const QByteArray &name);
    // The length of the tag name (optionally prefixed, `x:y`) at `at`, 0 when there is none.
    static qsizetype nameLength(const char *at, const char *end);
};
