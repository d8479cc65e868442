#pragma once

#include <QByteArray>
#include <QVector>

#include <optional>

class SourceLines;
struct cmark_node;

// kramdown's block shapes that cmark-gfm reads otherwise (kramdown-parser-gfm with Jekyll's defaults), found
// in cmark's parse and mended in a text cmark reads again, every line kept in place:
// - a thematic-break line right after a paragraph line is more of the paragraph: with the `paragraph_end`
//   quirk a paragraph ends only at a blank line, a list, ATX heading, quote, fence or definition start, so
//   only a break that starts like a list item (`* * *`, `- - -`) ends it;
// - a setext underline under two or more lines is more of the paragraph too (kramdown's setext heading is
//   one line), and so is one indented under a top-level line (kramdown wants it at the margin);
// - a line holding only `^` (kramdown's end-of-block marker) ends the block it follows and prints nothing.
// A character to hide is replaced in place by a control byte no block syntax reads, which restore() puts
// back; an end-of-block line is given to cmark as a thematic break, which restore() takes out.
// Each rule looks at a line and the one before it only, so a render of a region between blank lines sees
// what a whole render sees.
class KramdownBlockShapes {
public:
    // Nullopt when `document`, cmark's parse of `source`, has kramdown's shapes already.
    static std::optional<KramdownBlockShapes> corrected(cmark_node *document, const QByteArray &source,
                                                        const SourceLines &lines);

    // What cmark must read instead of the source: the same lines, the same columns but on end-of-block
    // lines.
    const QByteArray &text() const { return m_text; }
    // On cmark's parse of text(): the hidden characters back, the end-of-block markers out.
    void restore(cmark_node *document) const;

private:
    QByteArray m_text;
    QVector<int> m_endOfBlockLines;
    bool m_hidden = false;
};
