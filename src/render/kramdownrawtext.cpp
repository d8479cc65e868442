#include "render/kramdownrawtext.h"

#include "post/textencoding.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QChar>

#include <algorithm>
#include <cstring>

namespace {

bool isAsciiPunctuation(char c) {
    return c > 0x20 && c < 0x7F && !QChar::isLetterOrNumber(uchar(c));
}

// `<https://x>` (and `<a@b.c>`): kramdown's autolink, printed as written.
bool isAutolink(cmark_node *link) {
    cmark_node *child = cmark_node_first_child(link);
    if (!child || cmark_node_next(child) || cmark_node_get_type(child) != CMARK_NODE_TEXT)
        return false;
    const char *url = cmark_node_get_url(link);
    const char *text = cmark_node_get_literal(child);
    return qstrcmp(url, text) == 0 || (qstrncmp(url, "mailto:", 7) == 0 && qstrcmp(url + 7, text) == 0);
}

// The UTF-8 length of what cmark decoded `&...;` to (one character; the few two-character entities make the
// alignment fail later, which falls back safely).
int decodedLength(const char *entity, int length, char firstDecoded) {
    if (length > 3 && entity[1] == '#') {
        const bool hex = entity[2] == 'x' || entity[2] == 'X';
        bool ok = false;
        const uint codePoint =
            QByteArray(entity + (hex ? 3 : 2), length - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint < 0xE000))
            return 3;  // U+FFFD
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
    return TextEncoding::sequenceLength(uchar(firstDecoded));
}

}  // namespace

KramdownRawText KramdownRawText::of(cmark_node *block, const QByteArray &source, const SourceLines &lines) {
    KramdownRawText text(source, lines);
    // A paragraph's or heading's source is a good guess at the size: the laid-out text is that, less the
    // markup cmark took. (A table cell's lines are its whole row's.)
    const int first = cmark_node_get_start_line(block);
    const int last = cmark_node_get_end_line(block);
    const cmark_node_type type = cmark_node_get_type(block);
    if ((type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) && first >= 1 && last >= first &&
        last <= lines.lineCount()) {
        const qsizetype size = lines.start(last + 1) - lines.start(first) + 16;
        text.bytes.reserve(size);
        text.origins.reserve(size_t(size));
    }
    text.children(block);
    return text;
}

void KramdownRawText::context(const char *text, qsizetype size) {
    bytes.append(text, size);
    origins.insert(origins.end(), size_t(size), Origin{kContext, 0});
}

void KramdownRawText::context(const char *text) {
    context(text, qsizetype(std::strlen(text)));
}

void KramdownRawText::text(char byte, int owner, int offset) {
    bytes.append(byte);
    origins.push_back(Origin{owner, offset});
}

void KramdownRawText::children(cmark_node *parent) {
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node))
        inlineNode(node);
}

void KramdownRawText::inlineNode(cmark_node *node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
            textNode(node);
            break;
        case CMARK_NODE_SOFTBREAK:
            text('\n', kLooseText, 0);
            break;
        case CMARK_NODE_LINEBREAK:
            // kramdown's line break takes the two spaces (or the backslash) and leaves the newline as text.
            context(" ");
            text('\n', kLooseText, 0);
            break;
        case CMARK_NODE_CODE:
            context("`");
            context(cmark_node_get_literal(node));
            context("`");
            break;
        case CMARK_NODE_HTML_INLINE:
            context(cmark_node_get_literal(node));
            break;
        case CMARK_NODE_EMPH:
            context("*");
            children(node);
            context("*");
            break;
        case CMARK_NODE_STRONG:
            context("**");
            children(node);
            context("**");
            break;
        case CMARK_NODE_LINK:
            if (isAutolink(node)) {
                context("<");
                context(cmark_node_get_url(node));
                context(">");
            } else {
                context("[");
                children(node);
                context("](u)");
            }
            break;
        case CMARK_NODE_IMAGE:
            context("![a](u)");  // kramdown takes the alt text as it is written
            break;
        case CMARK_NODE_FOOTNOTE_REFERENCE:
            context("[^n]");
            break;
        default:
            if (qstrcmp(cmark_node_get_type_string(node), "strikethrough") == 0) {
                context("~~");
                children(node);
                context("~~");
            } else {
                children(node);
            }
            break;
    }
}

// cmark has already turned escapes (`\"`) and entities (`&quot;`) into plain characters of the text node;
// kramdown leaves those alone and they end a scan like any other element. The literal is matched against its
// source line to find them; when it cannot be matched (positions cmark gets wrong), the whole text is taken
// as plain.
void KramdownRawText::textNode(cmark_node *node) {
    const int owner = int(textNodes.size());
    textNodes.push_back(node);
    const char *literal = cmark_node_get_literal(node);
    const int size = int(std::strlen(literal));
    const qsizetype mark = bytes.size();
    if (!align(node, literal, size, owner)) {
        bytes.truncate(mark);
        origins.resize(size_t(mark));
        for (int i = 0; i < size; ++i)
            text(literal[i], owner, i);
    }
}

bool KramdownRawText::align(cmark_node *node, const char *literal, int size, int owner) {
    const int line = cmark_node_get_start_line(node);
    const int column = cmark_node_get_start_column(node);
    if (line < 1 || line > m_lines->lineCount() || column < 1)
        return false;
    qsizetype at = m_lines->start(line) + column - 1;
    const qsizetype end = m_lines->start(line + 1);
    const char *source = m_source->constData();
    int i = 0;
    while (i < size) {
        if (at >= end)
            return false;
        const char c = source[at];
        if (c == '\\' && at + 1 < end && isAsciiPunctuation(source[at + 1]) && literal[i] == source[at + 1]) {
            context("\\");
            context(literal + i, 1);
            at += 2;
            ++i;
            continue;
        }
        if (c == '&') {
            // An entity is short: the longest HTML name is 31 characters.
            const char *semicolon = static_cast<const char *>(
                std::memchr(source + at, ';', size_t(std::min<qsizetype>(end - at, 34))));
            const qsizetype entityLength = semicolon ? semicolon - (source + at) + 1 : 0;
            if (entityLength > 2 && std::strncmp(literal + i, source + at, size_t(entityLength)) != 0) {
                // Decoded: the character it became is context, like the entity kramdown keeps.
                const int decoded =
                    std::min(size - i, decodedLength(source + at, int(entityLength), literal[i]));
                context("&");
                context(literal + i, decoded);
                at += entityLength;
                i += decoded;
                continue;
            }
        }
        if (c != literal[i])
            return false;
        text(c, owner, i);
        ++at;
        ++i;
    }
    return true;
}
