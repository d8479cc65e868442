#pragma once

#include <QList>
#include <QStringView>

#include <vector>

// Finds inline Markdown (code spans, emphasis, links, HTML, autolinks) and Liquid markup in one line of text
// and ORs MarkdownStyle bits into a per-character style array. Every function is linear in the line's length,
// whatever the line holds: a 1 MB line or 100,000 unmatched delimiters cost one pass each, never a search per
// delimiter. The rules follow CommonMark closely enough for highlighting (delimiter runs, flanking, the rule
// of 3, link and code-span precedence) but are per line: constructs spanning lines are handled by
// MarkdownHighlighter's states.
class MarkdownInlineScanner {
public:
    using Styles = std::vector<quint32>;

    struct LiquidTag {
        int start = 0;     // index of "{%"
        int end = 0;       // index just past "%}"
        QStringView name;  // the tag's name ("highlight", "endraw"), a view into the scanned text
    };

    // Marks every {% tag %} and {{ output }} on the line as Liquid and returns the tags in order. Text
    // between
    // {% raw %} and {% endraw %} is left alone; inRaw carries that state across lines (in and out).
    static QList<LiquidTag> scanLiquid(QStringView text, Styles &styles, bool &inRaw);

    // Marks inline Markdown in text[from, to). styles must have text.size() entries; characters already
    // marked Liquid are opaque. Returns true when an HTML comment opened here is still open at the end of the
    // line.
    static bool scan(QStringView text, int from, int to, Styles &styles);

    // Marks the unescaped pipes of a table row, or the whole of a delimiter row (|---|:--:|), as Marker.
    static void scanTableRow(QStringView text, int from, Styles &styles);
};
