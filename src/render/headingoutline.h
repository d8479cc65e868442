#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

// The headings of a post's body, for the outline panel: ATX (`## Title`, closing `#`s and a kramdown
// `{#id}` or `{: ...}` at the end left out) and setext (a paragraph underlined with `===` or `---`), at the
// top level of the document. Lines inside fenced and indented code, Liquid `{% highlight %}`, `{% raw %}`
// and `{% comment %}` blocks, HTML comments and `$$` math blocks are not headings, nor are lines in block
// quotes and list items. Scans lines, no Markdown parse: 1 MB in a few milliseconds. Any thread.
class HeadingOutline {
public:
    struct Heading {
        int level = 0;  // 1-6
        int line = 0;   // 1-based line of the body where the heading starts (a setext heading's first line)
        QString text;
        bool operator==(const Heading &other) const {
            return level == other.level && line == other.line && text == other.text;
        }
    };

    // `body` is UTF-8 with LF line endings (PostDocument::bodyLf(); CR LF works too), without front matter.
    static QVector<Heading> extract(const QByteArray &body);
    // The index of the heading whose section holds 1-based `line` (the last one starting at or before it),
    // or -1 above the first heading.
    static int sectionAt(const QVector<Heading> &headings, int line);
};
