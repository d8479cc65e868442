#pragma once

#include <QByteArray>

#include <vector>

class SourceLines;
struct cmark_node;

// One leaf block's inline content (a paragraph, heading or table cell cmark-gfm parsed) laid out again as the
// raw text kramdown's span parser would scan, for KramdownTypography. Each byte has an owner: a text node,
// whose characters kramdown's typography may replace; loose text (a line break's newline), which only serves
// as the character before a quote; or context, the raw source of what kramdown prints otherwise (code spans,
// raw HTML, autolinks, image alt text, emphasis and link delimiters, escapes and entities), which a rule may
// look at but which ends a text run like any other span element.
class KramdownRawText {
public:
    static constexpr int kContext = -2;
    static constexpr int kLooseText = -1;

    static KramdownRawText of(cmark_node *block, const QByteArray &source, const SourceLines &lines);

    struct Origin {
        int owner = kContext;  // kContext, kLooseText, or an index into textNodes
        int offset = 0;        // for a text node's byte, its offset in the node's literal
    };

    QByteArray bytes;
    std::vector<Origin> origins;  // one per byte
    std::vector<cmark_node *> textNodes;

private:
    KramdownRawText(const QByteArray &source, const SourceLines &lines)
        : m_source(&source), m_lines(&lines) {}

    void context(const char *text, qsizetype size);
    void context(const char *text);
    void text(char byte, int owner, int offset);

    void children(cmark_node *parent);
    void inlineNode(cmark_node *node);
    void textNode(cmark_node *node);
    bool align(cmark_node *node, const char *literal, int size, int owner);

    const QByteArray *m_source;
    const SourceLines *m_lines;
};
