#pragma once

#include <QByteArray>
#include <QVector>

// One top-level block of a rendered body: its HTML and the body lines it came from.
struct RenderedBlock {
    QByteArray html;    // UTF-8 HTML of this block alone
    int firstLine = 0;  // 1-based line in the body (the text after the front matter)
    int lastLine = 0;   // inclusive
    // The block may take in lines that follow it after a blank line (a list, a code block, an HTML block, the
    // footnotes): a block after it is only known to stand alone once it has been parsed with it.
    bool openEnded = false;

    friend bool operator==(const RenderedBlock &a, const RenderedBlock &b) {
        return a.html == b.html && a.firstLine == b.firstLine && a.lastLine == b.lastLine &&
               a.openEnded == b.openEnded;
    }
    friend bool operator!=(const RenderedBlock &a, const RenderedBlock &b) { return !(a == b); }
};

using RenderedBlocks = QVector<RenderedBlock>;
