#include "render/kramdownhtmlblocks.h"

#include "render/cmarknodes.h"
#include "render/kramdownrawhtml.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QVector>

#include <algorithm>
#include <cstring>

namespace {

// A byte no Markdown holds (cmarkInput() leaves a text that has one alone), which cmark reads as text.
// Not one of the bytes KramdownBlockShapes hides characters behind (\x01 to \x04): both are in the tree at
// once.
constexpr char kMarker = '\x0e';

bool isIndent(char c) {
    return c == ' ' || c == '\t';
}

// Past the container markers a line may start with (`>`, `-`, `1.`), so that a tag line in a quote or a
// list item is found too. Taking a marker for one that is not is harmless: the marker lands in text, code
// or raw HTML, and apply() takes it out of each.
const char *pastContainerMarkers(const char *p, const char *end) {
    for (;;) {
        while (p < end && isIndent(*p))
            ++p;
        if (p < end && *p == '>') {
            ++p;
            continue;
        }
        if (end - p >= 2 && (*p == '-' || *p == '+' || *p == '*') && isIndent(p[1])) {
            p += 2;
            continue;
        }
        const char *digits = p;
        while (p < end && p - digits < 9 && *p >= '0' && *p <= '9')
            ++p;
        if (p > digits && end - p >= 2 && (*p == '.' || *p == ')') && isIndent(p[1])) {
            p += 2;
            continue;
        }
        return digits;
    }
}

// `<name` or `</name` at `p` with a span-level element's name.
bool startsSpanTag(const char *p, const char *end) {
    if (p >= end || *p != '<')
        return false;
    ++p;
    if (p < end && *p == '/')
        ++p;
    const qsizetype length = KramdownRawHtml::nameLength(p, end);
    if (length == 0 || !KramdownRawHtml::isSpanElement(QByteArray::fromRawData(p, length)))
        return false;
    p += length;
    return p == end || isIndent(*p) || *p == '>' || *p == '/' || *p == '\n' || *p == '\r';
}

bool isLineBreak(char c) {
    return c == '\n' || c == '\r';
}

// The first span-level tag at or after `from` that starts its line (past container markers), where
// cmarkInput() puts a marker; nullptr when there is none, or when `source` holds the marker byte already.
// Found from the '<' bytes, as most lines have none.
const char *markedTag(const QByteArray &source, qsizetype from) {
    const char *data = source.constData();
    const char *end = data + source.size();
    if (from == 0 && std::memchr(data, kMarker, size_t(source.size())))
        return nullptr;
    for (const char *at = data + from;
         (at = static_cast<const char *>(std::memchr(at, '<', size_t(end - at)))); ++at) {
        const char *line = at;
        while (line > data && !isLineBreak(line[-1]))
            --line;
        const char *lineEnd = at;
        while (lineEnd < end && !isLineBreak(*lineEnd))
            ++lineEnd;
        if (pastContainerMarkers(line, lineEnd) == at && startsSpanTag(at, lineEnd))
            return at;
        at = lineEnd;  // only a line's first '<' can start it
        if (at >= end)
            break;
    }
    return nullptr;
}

QByteArray withoutMarkers(const char *text) {
    QByteArray stripped(text);
    stripped.replace(kMarker, QByteArray());
    return stripped;
}

void removeMarkers(cmark_node *document) {
    QVector<cmark_node *> emptied;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        if (event != CMARK_EVENT_ENTER)
            continue;
        cmark_node *node = cmark_iter_get_node(iter);
        switch (cmark_node_get_type(node)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_CODE_BLOCK:
            case CMARK_NODE_HTML_BLOCK:
            case CMARK_NODE_HTML_INLINE: {
                const char *literal = cmark_node_get_literal(node);
                if (!literal || !std::strchr(literal, kMarker))
                    break;
                const QByteArray stripped = withoutMarkers(literal);
                cmark_node_set_literal(node, stripped.constData());
                if (stripped.isEmpty() && cmark_node_get_type(node) == CMARK_NODE_TEXT)
                    emptied.append(node);
                break;
            }
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                // A destination or title may continue on the next line.
                for (const auto &[get, set] :
                     {std::make_pair(&cmark_node_get_url, &cmark_node_set_url),
                      std::make_pair(&cmark_node_get_title, &cmark_node_set_title)}) {
                    const char *value = get(node);
                    if (value && std::strchr(value, kMarker))
                        set(node, withoutMarkers(value).constData());
                }
                break;
            default:
                break;
        }
    }
    cmark_iter_free(iter);
    for (cmark_node *node : std::as_const(emptied))
        cmark_node_free(node);
}

bool isFootnoteDefinition(cmark_node *node) {
    return cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION;
}

bool blankFrom(const QByteArray &source, qsizetype from, qsizetype to) {
    for (qsizetype i = from; i < to; ++i) {
        if (!isIndent(source.at(i)) && source.at(i) != '\n' && source.at(i) != '\r')
            return false;
    }
    return true;
}

// A top-level HTML block that opens a block-level element: the element as kramdown reads it.
void readElement(cmark_node *block, const QByteArray &source, const SourceLines &lines) {
    const int firstLine = cmark_node_get_start_line(block);
    qsizetype at = lines.start(firstLine);
    for (int spaces = 0; spaces < 3 && at < source.size() && source.at(at) == ' '; ++spaces)
        ++at;
    const std::optional<KramdownRawHtml::Element> element = KramdownRawHtml::blockElementAt(source, at);
    if (!element)
        return;
    const int elementLastLine = lines.lineAt(std::max(at, element->end - 1));
    const int blockLastLine =
        lines.trimmedLastLine(firstLine, std::max(firstLine, cmark_node_get_end_line(block)));
    const qsizetype lineEnd = lines.start(elementLastLine + 1);
    const bool restBlank = blankFrom(source, element->end, lineEnd);
    if (elementLastLine < blockLastLine || (elementLastLine == blockLastLine && !restBlank))
        return;  // Markdown after the element: not yet
    int lastLine = elementLastLine;
    while (cmark_node *next = cmark_node_next(block)) {
        if (isFootnoteDefinition(next) || cmark_node_get_start_line(next) > elementLastLine)
            break;
        lastLine = std::max(
            lastLine, lines.trimmedLastLine(cmark_node_get_start_line(next), cmark_node_get_end_line(next)));
        cmark_node_free(next);
    }
    QByteArray html = element->html;
    // A block taken in that runs on past the closing tag's line stays in the element as written.
    const qsizetype rawEnd = lastLine > elementLastLine ? lines.start(lastLine + 1) : lineEnd;
    if (!blankFrom(source, element->end, rawEnd))
        html += source.mid(element->end, rawEnd - element->end).trimmed();
    html += '\n';
    cmark_node_set_literal(block, html.constData());
    CmarkNodes::setLines(block, firstLine, lastLine);
}

}  // namespace

QByteArray KramdownHtmlBlocks::cmarkInput(const QByteArray &source) {
    const char *tag = markedTag(source, 0);
    if (!tag)
        return source;
    const char *data = source.constData();
    QByteArray marked;
    marked.reserve(source.size() + 16);
    const char *copied = data;
    for (; tag; tag = markedTag(source, tag + 1 - data)) {
        marked.append(copied, tag - copied);
        marked.append(kMarker);
        copied = tag;
    }
    marked.append(copied, data + source.size() - copied);
    return marked;
}

void KramdownHtmlBlocks::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) {
    if (!source.contains('<'))
        return;
    if (markedTag(source, 0))
        removeMarkers(document);
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK)
            readElement(node, source, lines);
    }
}

bool KramdownHtmlBlocks::mayReachOtherBlocks(const QByteArray &text) {
    const char *data = text.constData();
    const char *end = data + text.size();
    // A text holding the marker byte is read unmarked (cmarkInput), a region of it without one would not be.
    if (std::memchr(data, kMarker, size_t(text.size())))
        return true;
    bool elementSeen = false;
    const char *blank = nullptr;  // the start of the first blank line after the current '<', or `end`
    for (const char *at = data; (at = static_cast<const char *>(std::memchr(at, '<', size_t(end - at))));
         ++at) {
        if (!elementSeen) {
            const char *line = at;
            while (line > data && !isLineBreak(line[-1]))
                --line;
            const qsizetype name = KramdownRawHtml::nameLength(at + 1, end);
            elementSeen = at - line <= 3 && std::all_of(line, at, [](char c) { return c == ' '; }) &&
                          name > 0 && !KramdownRawHtml::isSpanElement(QByteArray::fromRawData(at + 1, name));
            if (!elementSeen)
                continue;
        }
        if (!blank || blank <= at) {
            blank = at;
            for (bool lineBlank = false; blank < end && !lineBlank;) {
                while (blank < end && !isLineBreak(*blank))
                    ++blank;
                blank += blank + 1 < end && blank[0] == '\r' && blank[1] == '\n' ? 2 : 1;
                const char *p = blank;
                while (p < end && isIndent(*p))
                    ++p;
                lineBlank = p >= end || isLineBreak(*p);
            }
            blank = std::min(blank, end);
        }
        const qsizetype limit = blank - data;
        if (KramdownRawHtml::markupEnd(text, at - data, limit))
            continue;
        // Not complete before the blank line: a comment or an instruction may close after it, a tag too.
        if ((end - at >= 4 && std::memcmp(at, "<!--", 4) == 0) || (end - at >= 2 && at[1] == '?'))
            return true;
        const std::optional<qsizetype> whole = KramdownRawHtml::markupEnd(text, at - data, text.size());
        if (whole && *whole > limit)
            return true;
    }
    return false;
}
