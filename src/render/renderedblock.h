#pragma once

#include <QByteArray>
#include <QVector>

// A heading in a rendered block, kept so that what depends on every heading of the body (the numbers of
// repeated ids, the table of contents) can be settled again after a part of the body is rendered anew
// (DocumentWideBlocks).
struct RenderedHeading {
    int level = 0;
    bool autoId = false;        // the id is made from the text, numbered over the body
    QByteArray autoBase;        // that id before numbering and prefix
    QByteArray id;              // as printed (unescaped); empty when it has none
    QByteArray attributesHtml;  // the start tag's attributes but an automatic id, which follows them
    int tagOffset = 0;          // the start tag in the block's HTML
    int tagLength = 0;
    QByteArray tocHtml;  // the heading's content as a table of contents entry shows it
    bool inToc = false;

    friend bool operator==(const RenderedHeading &a, const RenderedHeading &b) {
        return a.level == b.level && a.autoId == b.autoId && a.autoBase == b.autoBase && a.id == b.id &&
               a.attributesHtml == b.attributesHtml && a.tagOffset == b.tagOffset &&
               a.tagLength == b.tagLength && a.tocHtml == b.tocHtml && a.inToc == b.inToc;
    }
};

// Where kramdown's table of contents goes (`* TOC` with `{:toc}`): the list's tag and attributes.
struct TocSlot {
    QByteArray tag;             // "ul" or "ol"; empty: the block is not a table of contents
    QByteArray attributesHtml;  // the list's start tag attributes, its id included
    QByteArray id;              // that id, which prefixes the entries' ids
    // The list as printed when it is not the body's first `{:toc}` (kramdown fills only the first), which a
    // render of part of the body cannot know.
    QByteArray listHtml;

    bool isSet() const { return !tag.isEmpty(); }
    friend bool operator==(const TocSlot &a, const TocSlot &b) {
        return a.tag == b.tag && a.attributesHtml == b.attributesHtml && a.id == b.id &&
               a.listHtml == b.listHtml;
    }
};

// One top-level block of a rendered body: its HTML and the body lines it came from.
struct RenderedBlock {
    QByteArray html;    // UTF-8 HTML of this block alone
    int firstLine = 0;  // 1-based line in the body (the text after the front matter)
    int lastLine = 0;   // inclusive
    // The block may take in lines that follow it after a blank line (a list, a code block, an HTML block, the
    // footnotes): a block after it is only known to stand alone once it has been parsed with it.
    bool openEnded = false;
    QVector<RenderedHeading> headings;  // in document order
    TocSlot toc;

    friend bool operator==(const RenderedBlock &a, const RenderedBlock &b) {
        return a.html == b.html && a.firstLine == b.firstLine && a.lastLine == b.lastLine &&
               a.openEnded == b.openEnded && a.headings == b.headings && a.toc == b.toc;
    }
    friend bool operator!=(const RenderedBlock &a, const RenderedBlock &b) { return !(a == b); }
};

using RenderedBlocks = QVector<RenderedBlock>;
