#pragma once

#include <QByteArray>

#include <memory>

class MarkdownDialect;
struct cmark_node;

// A piece of Markdown kramdown parses on its own inside something cmark-gfm read as one block (a kramdown
// table's cell, the content of an HTML block with `markdown="1"`): parsed by cmark (without extensions, so
// that it leaves the process-wide inline tables of the parses around it alone), with kramdown's typography,
// its text owned by its nodes so that they can be moved into another tree.
class KramdownSnippet {
public:
    struct Deleter {
        void operator()(cmark_node *node) const;
    };
    using Document = std::unique_ptr<cmark_node, Deleter>;

    static Document parse(const QByteArray &markdown, const MarkdownDialect &dialect);
};
