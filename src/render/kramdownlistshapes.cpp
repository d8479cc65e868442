#include "render/kramdownlistshapes.h"

#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QMap>
#include <QSet>

#include <algorithm>
#include <cctype>

namespace {

struct Line {
    qsizetype start = 0;
    qsizetype end = 0;  // before the line break
    int indent = 0;     // leading spaces
    bool tab = false;   // a tab in the leading white space: columns unknown, left alone
    bool blank = false;
};

Line lineAt(const QByteArray &text, const SourceLines &lines, int number) {
    Line line;
    line.start = lines.start(number);
    line.end = lines.start(number + 1);
    while (line.end > line.start && (text.at(line.end - 1) == '\n' || text.at(line.end - 1) == '\r'))
        --line.end;
    qsizetype at = line.start;
    while (at < line.end && (text.at(at) == ' ' || text.at(at) == '\t')) {
        line.tab = line.tab || text.at(at) == '\t';
        ++at;
    }
    line.indent = int(at - line.start);
    line.blank = at == line.end;
    return line;
}

// A list marker at `at`: its kind and the offset of its last character; kramdown's LIST_START wants a space
// or a tab after it (a marker alone on its line is no item in kramdown).
struct Marker {
    bool found = false;
    bool ordered = false;
    qsizetype last = 0;  // the bullet, or the `.` of an ordered marker
};

Marker markerAt(const QByteArray &text, qsizetype at, qsizetype end) {
    Marker marker;
    qsizetype after = at;
    if (at < end && (text.at(at) == '*' || text.at(at) == '-' || text.at(at) == '+')) {
        after = at + 1;
    } else {
        while (after < end && std::isdigit(static_cast<unsigned char>(text.at(after))))
            ++after;
        if (after == at || after - at > 9 || after >= end || (text.at(after) != '.' && text.at(after) != ')'))
            return marker;
        marker.ordered = true;
        ++after;
    }
    if (after >= end || (text.at(after) != ' ' && text.at(after) != '\t'))
        return marker;
    marker.found = true;
    marker.last = after - 1;
    return marker;
}

// The column (0-based) where the content of the item starting on `line` at column `markerColumn` begins, as
// kramdown counts it: every space after the marker. -1 when the line does not hold a marker there.
int contentColumn(const QByteArray &text, const Line &line, int markerColumn) {
    const qsizetype at = line.start + markerColumn;
    const Marker marker = markerAt(text, at, line.end);
    if (!marker.found)
        return -1;
    qsizetype content = marker.last + 1;
    while (content < line.end && text.at(content) == ' ')
        ++content;
    if (content < line.end && text.at(content) == '\t')
        return -1;
    return int(content - line.start);
}

// The column where the content of `container` begins: 0 for the document, the content column of an item;
// -1 for anything else (block quotes are left alone).
int containerColumn(cmark_node *container, const QByteArray &text, const SourceLines &lines) {
    switch (cmark_node_get_type(container)) {
        case CMARK_NODE_DOCUMENT:
            return 0;
        case CMARK_NODE_ITEM: {
            const Line line = lineAt(text, lines, cmark_node_get_start_line(container));
            return line.tab ? -1 : contentColumn(text, line, cmark_node_get_start_column(container) - 1);
        }
        default:
            return -1;
    }
}

char otherMarker(char used) {
    switch (used) {
        case '*':
            return '-';
        case '-':
        case '+':
            return '*';
        case '.':
            return ')';
        default:
            return '.';
    }
}

struct Corrections {
    QMap<int, int> shifts;          // line → spaces inserted at its start
    QMap<qsizetype, char> markers;  // offset → the marker character cmark reads there
    QSet<int> touched;              // lines corrected in this read
    QSet<int> moved;                // lines of the lists moved in this read, or left for a later one
    QSet<int> corrected;  // lines a move was decided for (moved or not), settled for the later reads
    const QSet<int> *settled = nullptr;  // lines corrected in an earlier read
};

// The lines of `second` (a list right after the list `first`, no blank line between) as kramdown reads them
// in the last item of `first`; false when it cannot say or nothing changes.
bool correctLazyList(cmark_node *first, cmark_node *second, const QByteArray &text, const SourceLines &lines,
                     Corrections &corrections) {
    const int base = containerColumn(cmark_node_parent(first), text, lines);
    cmark_node *item = cmark_node_last_child(first);
    const int firstLine = cmark_node_get_start_line(second);
    const int lastLine = std::min(cmark_node_get_end_line(second), lines.lineCount());
    // A list left for a later read is not the first list of a pair in this one either, so that the pairs
    // of a chain are corrected in order, as a render of a region after the first would.
    const auto defer = [&] {
        for (int number = firstLine; number <= lastLine; ++number)
            corrections.moved.insert(number);
        return false;
    };
    // A list corrected before is settled: after the correction, a part of an item of its own would look like
    // lazy lines. A list moved in this read may end elsewhere once it is.
    if (corrections.settled->contains(firstLine) || corrections.moved.contains(firstLine) ||
        corrections.settled->contains(cmark_node_get_start_line(item)) ||
        corrections.moved.contains(cmark_node_get_start_line(item)))
        return defer();
    const Line itemLine = lineAt(text, lines, cmark_node_get_start_line(item));
    const int content =
        itemLine.tab ? -1 : contentColumn(text, itemLine, cmark_node_get_start_column(item) - 1);
    if (base < 0 || content <= base)
        return false;
    const bool firstOrdered = cmark_node_get_list_type(first) == CMARK_ORDERED_LIST;
    const bool secondOrdered = cmark_node_get_list_type(second) == CMARK_ORDERED_LIST;

    if (firstOrdered == secondOrdered) {
        // Only a bullet list can follow one of its kind here (a new bullet character): it goes on in
        // kramdown.
        if (firstOrdered)
            return false;
        // The first list's bullet as cmark will read it (it may be a list made one just before).
        const qsizetype bulletAt = itemLine.start + cmark_node_get_start_column(item) - 1;
        const char bullet = corrections.markers.value(bulletAt, text.at(bulletAt));
        bool changed = false;
        for (cmark_node *next = cmark_node_first_child(second); next; next = cmark_node_next(next)) {
            const int number = cmark_node_get_start_line(next);
            const Line line = lineAt(text, lines, number);
            const qsizetype at = line.start + cmark_node_get_start_column(next) - 1;
            if (line.tab || corrections.touched.contains(number) || at >= line.end || text.at(at) == bullet)
                continue;
            corrections.markers.insert(at, bullet);
            corrections.touched.insert(number);
            changed = true;
        }
        return changed;
    }

    // A list of the other kind, indented less than the item's content: kramdown's lazy lines.
    const int shift = content - base;
    const Line secondStart = lineAt(text, lines, firstLine);
    const Marker secondMarker = markerAt(text, secondStart.start + secondStart.indent, secondStart.end);
    if (!secondMarker.found)
        return false;
    Corrections found;
    int newPartIndent = -1;
    char newPartMarker = 0;
    int shiftedContent = -1;
    for (int number = firstLine; number <= lastLine; ++number) {
        const Line line = lineAt(text, lines, number);
        // A blank line ends kramdown's lazy lines, its end-of-block marker (`^` at the margin) the list.
        if (line.blank || (line.indent == 0 && text.at(line.start) == '^'))
            break;
        if (line.tab || corrections.touched.contains(number))
            return false;
        const qsizetype at = line.start + line.indent;
        const Marker marker = markerAt(text, at, line.end);
        if (line.indent < content) {
            // An item of the first list, or a lazy line kramdown moves on (after a new part), is not
            // followed.
            if (newPartIndent >= 0 && marker.found)
                return false;
            if (marker.found && marker.ordered == firstOrdered)
                return false;
            const char c = at < line.end ? text.at(at) : ' ';
            if (c == '<' || (c == '{' && at + 1 < line.end && text.at(at + 1) == ':'))
                return false;
            found.shifts.insert(number, shift);
            if (shiftedContent < 0 && marker.found)
                shiftedContent = contentColumn(text, line, line.indent) + shift;
        } else if (marker.found && (newPartIndent < 0 || line.indent == newPartIndent)) {
            if (newPartIndent < 0) {
                newPartIndent = line.indent;
                newPartMarker = text.at(marker.last);
            }
            // Deeper than the moved list's content, cmark would nest it there.
            if (shiftedContent < 0 || line.indent >= shiftedContent)
                return false;
            // cmark would take it as one more item of the moved list when it is of its kind and marker.
            const bool joins = marker.ordered == secondOrdered && newPartMarker == text.at(secondMarker.last);
            if (joins && text.at(marker.last) == newPartMarker)
                found.markers.insert(marker.last, otherMarker(newPartMarker));
        }
        found.touched.insert(number);
    }
    if (found.shifts.isEmpty())
        return false;
    for (auto it = found.shifts.cbegin(); it != found.shifts.cend(); ++it)
        corrections.shifts.insert(it.key(), it.value());
    for (auto it = found.markers.cbegin(); it != found.markers.cend(); ++it)
        corrections.markers.insert(it.key(), it.value());
    corrections.touched.unite(found.touched);
    corrections.corrected.unite(found.touched);
    // The lists inside the moved one are looked at again on the corrected text, where they are as kramdown
    // nests them.
    for (int number = firstLine; number <= lastLine; ++number)
        corrections.moved.insert(number);
    return true;
}

void collect(cmark_node *node, const QByteArray &text, const SourceLines &lines, Corrections &corrections) {
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        cmark_node *previous = cmark_node_previous(child);
        const int start = cmark_node_get_start_line(child);
        if (cmark_node_get_type(child) == CMARK_NODE_LIST && previous &&
            cmark_node_get_type(previous) == CMARK_NODE_LIST && start > 1 && !lines.isBlank(start - 1))
            correctLazyList(previous, child, text, lines, corrections);
        collect(child, text, lines, corrections);
    }
}

}  // namespace

std::optional<QByteArray> KramdownListShapes::corrected(cmark_node *document, const QByteArray &text,
                                                        const SourceLines &lines, QSet<int> &settled) {
    Corrections corrections;
    corrections.settled = &settled;
    collect(document, text, lines, corrections);
    if (corrections.shifts.isEmpty() && corrections.markers.isEmpty())
        return std::nullopt;
    settled.unite(corrections.corrected);
    QByteArray out = text;
    for (auto it = corrections.markers.cbegin(); it != corrections.markers.cend(); ++it)
        out[it.key()] = it.value();
    // From the last line up, so that the offsets before each insertion stay right.
    for (auto it = corrections.shifts.cend(); it != corrections.shifts.cbegin();) {
        --it;
        out.insert(lines.start(it.key()), QByteArray(it.value(), ' '));
    }
    return out;
}
