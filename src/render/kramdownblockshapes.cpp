#include "render/kramdownblockshapes.h"

#include "render/cmarknodes.h"
#include "render/kramdownlistshapes.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QSet>

#include <algorithm>
#include <cstring>

namespace {

// The characters hidden and the control bytes standing for them; a body that has one of these bytes
// already is left as cmark reads it.
constexpr char kShown[] = "-*_=";
constexpr char kHidden[] = "\x01\x02\x03\x04";
constexpr int kHiddenCount = 4;

// The most times lists are corrected and read again (each correction settles lines for good).
constexpr int kListReads = 4;

bool hasHiddenBytes(const QByteArray &text) {
    return std::any_of(text.begin(), text.end(), [](char c) { return c >= '\x01' && c <= '\x04'; });
}

bool isLineSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QVector<cmark_node *> allNodes(cmark_node *document) {
    QVector<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event == CMARK_EVENT_ENTER)
            nodes.append(cmark_iter_get_node(iter));
    }
    cmark_iter_free(iter);
    return nodes;
}

// The block a line right after `node` would continue: its last leaf through quotes and lists.
cmark_node *deepestLast(cmark_node *node) {
    for (;;) {
        const cmark_node_type type = cmark_node_get_type(node);
        cmark_node *last = cmark_node_last_child(node);
        if (!last || (type != CMARK_NODE_BLOCK_QUOTE && type != CMARK_NODE_LIST && type != CMARK_NODE_ITEM))
            return node;
        node = last;
    }
}

bool hasLineBreak(cmark_node *heading) {
    for (cmark_node *child = cmark_node_first_child(heading); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || hasLineBreak(child))
            return true;
    }
    return false;
}

// Offset of the first marker of the thematic break on `line`; -1 when kramdown's LIST_START reads the line
// as a list item (a `-` or `*` then a space, a tab or `|`), which ends a paragraph.
qsizetype breakMarker(const QByteArray &source, const SourceLines &lines, int line) {
    const qsizetype end = lines.start(line + 1);
    for (qsizetype at = lines.start(line); at < end; ++at) {
        const char c = source.at(at);
        if (c != '-' && c != '*' && c != '_')
            continue;
        const char next = at + 1 < end ? source.at(at + 1) : '\n';
        const bool listStart = c != '_' && (next == ' ' || next == '\t' || next == '|');
        return listStart ? -1 : at;
    }
    return -1;
}

// Offset of the setext underline on `line` (a run of `-` or `=` after container markers and spaces); -1
// when the line is none.
qsizetype underlineStart(const QByteArray &source, const SourceLines &lines, int line) {
    const qsizetype from = lines.start(line);
    qsizetype end = lines.start(line + 1);
    while (end > from && isLineSpace(source.at(end - 1)))
        --end;
    if (end == from || (source.at(end - 1) != '-' && source.at(end - 1) != '='))
        return -1;
    const char c = source.at(end - 1);
    qsizetype start = end;
    while (start > from && source.at(start - 1) == c)
        --start;
    for (qsizetype at = from; at < start; ++at) {
        if (source.at(at) != ' ' && source.at(at) != '\t' && source.at(at) != '>')
            return -1;
    }
    return start;
}

// kramdown's EOB_MARKER: `^` at the margin, then only white space.
bool isEndOfBlockLine(const QByteArray &source, const SourceLines &lines, int line) {
    const qsizetype from = lines.start(line);
    const qsizetype end = lines.start(line + 1);
    if (from >= end || source.at(from) != '^')
        return false;
    return std::all_of(source.constData() + from + 1, source.constData() + end, isLineSpace);
}

// The paragraph a thematic break right after it would continue in kramdown, or null.
cmark_node *paragraphBefore(cmark_node *node) {
    cmark_node *previous = cmark_node_previous(node);
    if (!previous)
        return nullptr;
    cmark_node *before = deepestLast(previous);
    const bool adjacent = cmark_node_get_end_line(before) == cmark_node_get_start_line(node) - 1;
    return cmark_node_get_type(before) == CMARK_NODE_PARAGRAPH && adjacent ? before : nullptr;
}

// A dash line at the margin under a one-line paragraph in a quote or list item: kramdown reads the lazy line
// into the container, where it underlines the line (a setext heading), as cmark does at the top level only.
bool underlinesInContainer(cmark_node *node, const QByteArray &source, const SourceLines &lines) {
    cmark_node *paragraph = paragraphBefore(node);
    if (!paragraph || paragraph == cmark_node_previous(node) ||
        cmark_node_get_start_line(paragraph) != cmark_node_get_end_line(paragraph))
        return false;
    const int line = cmark_node_get_start_line(node);
    return underlineStart(source, lines, line) == lines.start(line) && source.at(lines.start(line)) == '-';
}

qsizetype hiddenBreak(cmark_node *node, const QByteArray &source, const SourceLines &lines) {
    if (!paragraphBefore(node) || underlinesInContainer(node, source, lines))
        return -1;
    return breakMarker(source, lines, cmark_node_get_start_line(node));
}

// Makes the one-line paragraph before the break `node` a level-2 heading that ends on the break's line.
void makeHeading(cmark_node *node) {
    cmark_node *paragraph = paragraphBefore(node);
    const int line = cmark_node_get_start_line(node);
    cmark_node *heading = cmark_node_new(CMARK_NODE_HEADING);
    cmark_node_set_heading_level(heading, 2);
    CmarkNodes::ownTexts(paragraph);
    while (cmark_node *child = cmark_node_first_child(paragraph))
        cmark_node_append_child(heading, child);
    CmarkNodes::setLines(heading, cmark_node_get_start_line(paragraph), line);
    cmark_node_insert_before(paragraph, heading);
    for (cmark_node *up = cmark_node_parent(heading); up && up != cmark_node_parent(node);
         up = cmark_node_parent(up))
        CmarkNodes::setEndLine(up, line);
    cmark_node_free(paragraph);
    cmark_node_free(node);
}

qsizetype hiddenUnderline(cmark_node *heading, const QByteArray &source, const SourceLines &lines) {
    const int first = cmark_node_get_start_line(heading);
    // cmark may end a setext heading on the line after its underline: the first underline-like line is it.
    const int last = std::min(cmark_node_get_end_line(heading), lines.lineCount());
    for (int line = first + 1; line <= last; ++line) {
        const qsizetype start = underlineStart(source, lines, line);
        if (start < 0)
            continue;
        const char margin = source.at(lines.start(line));
        const bool indented = (margin == ' ' || margin == '\t') &&
                              cmark_node_get_type(cmark_node_parent(heading)) == CMARK_NODE_DOCUMENT;
        return hasLineBreak(heading) || indented ? start : -1;
    }
    return -1;
}

QByteArray shown(QByteArray value) {
    for (int i = 0; i < kHiddenCount; ++i)
        value.replace(kHidden[i], kShown[i]);
    return value;
}

void showHidden(cmark_node *node) {
    const auto hasHidden = [](const char *text) { return text && std::strpbrk(text, kHidden); };
    if (const char *literal = cmark_node_get_literal(node); hasHidden(literal))
        cmark_node_set_literal(node, shown(QByteArray(literal)).constData());
    const cmark_node_type type = cmark_node_get_type(node);
    if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE) {
        if (const char *url = cmark_node_get_url(node); hasHidden(url))
            cmark_node_set_url(node, shown(QByteArray(url)).constData());
        if (const char *title = cmark_node_get_title(node); hasHidden(title))
            cmark_node_set_title(node, shown(QByteArray(title)).constData());
    }
}

// The end-of-block lines cmark read as paragraph or heading text, in order.
QVector<int> endOfBlockLines(cmark_node *document, const QByteArray &text, const SourceLines &lines) {
    QVector<int> found;
    for (cmark_node *node : allNodes(document)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING)
            continue;
        const int last = std::min(cmark_node_get_end_line(node), lines.lineCount());
        for (int line = std::max(1, cmark_node_get_start_line(node)); line <= last; ++line) {
            if (isEndOfBlockLine(text, lines, line))
                found.append(line);
        }
    }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
}

// `text` with each end-of-block line's `^` written as a thematic break.
QByteArray withBreaks(const QByteArray &text, const SourceLines &lines, const QVector<int> &endOfBlock) {
    QByteArray out;
    out.reserve(text.size() + 2 * endOfBlock.size());
    qsizetype copied = 0;
    for (const int line : endOfBlock) {
        const qsizetype at = lines.start(line);
        out += text.mid(copied, at - copied);
        out += "***";
        copied = at + 1;
    }
    out += text.mid(copied);
    return out;
}

// The offsets of the characters to hide from cmark: thematic breaks and setext underlines that kramdown
// reads as paragraph text. The breaks standing for end-of-block markers stay.
QVector<qsizetype> hiddenCharacters(cmark_node *document, const QByteArray &text, const SourceLines &lines,
                                    const QVector<int> &endOfBlock) {
    QVector<qsizetype> hide;
    if (hasHiddenBytes(text))
        return hide;
    for (cmark_node *node : allNodes(document)) {
        const cmark_node_type type = cmark_node_get_type(node);
        qsizetype at = -1;
        if (type == CMARK_NODE_THEMATIC_BREAK &&
            !std::binary_search(endOfBlock.begin(), endOfBlock.end(), cmark_node_get_start_line(node)))
            at = hiddenBreak(node, text, lines);
        else if (type == CMARK_NODE_HEADING)
            at = hiddenUnderline(node, text, lines);
        if (at >= 0)
            hide.append(at);
    }
    return hide;
}

}  // namespace

QByteArray KramdownBlockShapes::read(const QByteArray &source, const Reader &read) {
    QByteArray text = source;
    cmark_node *document = read(text);
    KramdownBlockShapes shapes;
    // End-of-block markers first: they end the lists and paragraphs the other rules look at.
    shapes.m_endOfBlockLines = endOfBlockLines(document, text, SourceLines(text));
    if (!shapes.m_endOfBlockLines.isEmpty()) {
        text = withBreaks(text, SourceLines(text), shapes.m_endOfBlockLines);
        document = read(text);
    }
    // Until the lists are kramdown's: a list moved may hold one to correct that cmark nested otherwise.
    QSet<int> settled;
    for (int round = 0; round < kListReads; ++round) {
        std::optional<QByteArray> listed =
            KramdownListShapes::corrected(document, text, SourceLines(text), settled);
        if (!listed)
            break;
        text = *std::move(listed);
        document = read(text);
    }
    const QVector<qsizetype> hide =
        hiddenCharacters(document, text, SourceLines(text), shapes.m_endOfBlockLines);
    if (!hide.isEmpty()) {
        for (const qsizetype at : hide)
            text[at] = kHidden[std::strchr(kShown, text.at(at)) - kShown];
        shapes.m_hidden = true;
        document = read(text);
    }
    if (shapes.m_hidden || !shapes.m_endOfBlockLines.isEmpty())
        shapes.restore(document);
    const SourceLines lines(text);
    for (cmark_node *node : allNodes(document)) {
        if (cmark_node_get_type(node) == CMARK_NODE_THEMATIC_BREAK &&
            underlinesInContainer(node, text, lines))
            makeHeading(node);
    }
    return shapes.m_hidden ? shown(text) : text;
}

void KramdownBlockShapes::restore(cmark_node *document) const {
    QVector<cmark_node *> markers;
    for (cmark_node *node : allNodes(document)) {
        if (m_hidden)
            showHidden(node);
        if (cmark_node_get_type(node) == CMARK_NODE_THEMATIC_BREAK &&
            std::binary_search(m_endOfBlockLines.begin(), m_endOfBlockLines.end(),
                               cmark_node_get_start_line(node)))
            markers.append(node);
    }
    for (cmark_node *marker : std::as_const(markers))
        cmark_node_free(marker);
}

bool KramdownBlockShapes::mayReachOtherBlocks(const QByteArray &text) {
    // A text holding a byte characters are hidden behind has none hidden, where a part without it would.
    if (hasHiddenBytes(text))
        return true;
    if (!text.contains("{:"))
        return false;
    const SourceLines lines(text);
    for (qsizetype at = text.indexOf('^'); at >= 0; at = text.indexOf('^', at + 1)) {
        const int line = lines.lineAt(at);
        if (lines.start(line) == at && isEndOfBlockLine(text, lines, line))
            return true;
    }
    return false;
}
