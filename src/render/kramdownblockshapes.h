#pragma once

#include <QByteArray>
#include <QVector>

#include <functional>
#include <optional>

class SourceLines;
struct cmark_node;

// kramdown's block shapes that cmark-gfm reads otherwise (kramdown-parser-gfm with Jekyll's defaults), found
// in cmark's parse and mended in a text cmark reads again, every line kept in place:
// - a thematic-break line right after a paragraph line is more of the paragraph: with the `paragraph_end`
//   quirk a paragraph ends only at a blank line, a list, ATX heading, quote, fence or definition start, so
//   only a break that starts like a list item (`* * *`, `- - -`) ends it;
// - a setext underline under two or more lines is more of the paragraph too (kramdown's setext heading is
//   one line), and so is one indented under a top-level line (kramdown wants it at the margin); but a dash
//   line at the margin under a one-line paragraph in a quote or list item makes it a heading there;
// - a line holding only `^` (kramdown's end-of-block marker) ends the block it follows and prints nothing.
// A character to hide is replaced in place by a control byte no block syntax reads, which restore() puts
// back; an end-of-block line is given to cmark as a thematic break, which restore() takes out.
// Each rule looks at a line and the one before it only, so a render of a region between blank lines sees
// what a whole render sees. End-of-block markers are read first (they end the lists and paragraphs the other
// rules look at), then lists are mended (KramdownListShapes), then breaks and underlines hidden.
class KramdownBlockShapes {
public:
    // Parses `text` into the document it returns (and owns).
    using Reader = std::function<cmark_node *(const QByteArray &text)>;

    // Has `read` parse `source` and then, when the document it gives lacks kramdown's list shapes
    // (KramdownListShapes) or the ones above, a corrected text with the same lines. Returns the
    // text the passes over the document must read: what cmark read last, with the characters hidden from it
    // shown; `source` itself when nothing was corrected.
    static QByteArray read(const QByteArray &source, const Reader &read);

    // Whether `text` may hold a block attribute list that an end-of-block line (`^`) sends to the block after
    // a blank line, as a list alone between blank lines is (KramdownAttributeLists::reachesAcrossBlocks), or
    // holds one of the bytes characters are hidden behind (then nothing is hidden, where a part of the text
    // without it would be): the whole body is rendered then.
    static bool mayReachOtherBlocks(const QByteArray &text);

private:
    // On cmark's parse of the corrected text: the hidden characters back, the end-of-block markers out.
    void restore(cmark_node *document) const;

    QVector<int> m_endOfBlockLines;
    bool m_hidden = false;
};
