#include "render/kramdownmath.h"

#include "render/cmarknodes.h"

#include <cmark-gfm.h>

#include <QVector>

namespace {

QByteArray blockHtml(const QByteArray &math) {
    return "\\[" + CmarkNodes::escaped(math.trimmed()) + "\\]\n";
}

QByteArray inlineHtml(const QByteArray &math) {
    return "\\(" + CmarkNodes::escaped(math.trimmed()) + "\\)";
}

// The math of each `$$…$$` in a paragraph's source, in order; code spans and backslash escapes skipped as
// kramdown's span parsers would.
QVector<QByteArray> sourceMath(const QByteArray &text) {
    QVector<QByteArray> found;
    for (qsizetype at = 0; at < text.size();) {
        const char c = text.at(at);
        if (c == '\\') {
            at += 2;
        } else if (c == '`') {
            qsizetype run = at;
            while (run < text.size() && text.at(run) == '`')
                ++run;
            const QByteArray fence = text.mid(at, run - at);
            const qsizetype close = text.indexOf(fence, run);
            at = close < 0 ? run : close + fence.size();
        } else if (c == '$' && text.mid(at, 2) == "$$") {
            const qsizetype close = text.indexOf("$$", at + 2);
            if (close < 0)
                break;
            found.append(text.mid(at + 2, close - at - 2));
            at = close + 2;
        } else {
            ++at;
        }
    }
    return found;
}

struct Delimiter {
    cmark_node *node = nullptr;
    qsizetype offset = -1;
};

Delimiter findDelimiter(cmark_node *from, qsizetype offset) {
    for (cmark_node *node = from; node; node = cmark_node_next(node), offset = 0) {
        if (cmark_node_get_type(node) != CMARK_NODE_TEXT)
            continue;
        const qsizetype at = QByteArray(cmark_node_get_literal(node)).indexOf("$$", offset);
        if (at >= 0)
            return Delimiter{node, at};
    }
    return Delimiter{};
}

// The text cmark made of the math between the delimiters (the fallback when the source's spans do not match).
QByteArray nodeMath(const Delimiter &open, const Delimiter &close) {
    if (open.node == close.node)
        return QByteArray(cmark_node_get_literal(open.node))
            .mid(open.offset + 2, close.offset - open.offset - 2);
    QByteArray math = QByteArray(cmark_node_get_literal(open.node)).mid(open.offset + 2);
    for (cmark_node *node = cmark_node_next(open.node); node != close.node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK)
            math += '\n';
        else if (type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE)
            math += cmark_node_get_literal(node);
        else
            math += CmarkNodes::plainText(node);
    }
    return math + QByteArray(cmark_node_get_literal(close.node)).left(close.offset);
}

// Replaces the `$$…$$` spans among the children of `parent` (the k-th with source[k] when given).
void replaceInline(cmark_node *parent, const QVector<QByteArray> *source) {
    qsizetype index = 0;
    Delimiter open = findDelimiter(cmark_node_first_child(parent), 0);
    while (open.node) {
        const Delimiter close = findDelimiter(open.node, open.offset + 2);
        if (!close.node)
            break;
        const QByteArray math = source && index < source->size() ? source->at(index) : nodeMath(open, close);
        ++index;
        const QByteArray openText(cmark_node_get_literal(open.node));
        const QByteArray closeText(cmark_node_get_literal(close.node));
        // The text after the math becomes a node of its own, searched next.
        cmark_node *after = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(after, closeText.mid(close.offset + 2).constData());
        cmark_node_insert_after(close.node, after);
        if (close.node != open.node) {
            for (cmark_node *node = cmark_node_next(open.node); node != after;) {
                cmark_node *next = cmark_node_next(node);
                cmark_node_free(node);
                node = next;
            }
        }
        cmark_node_set_literal(open.node, openText.left(open.offset).constData());
        cmark_node_insert_after(open.node, CmarkNodes::raw(CMARK_NODE_HTML_INLINE, inlineHtml(math)));
        open = findDelimiter(after, 0);
    }
}

bool isWholeBlock(const QByteArray &text) {
    const QByteArray trimmed = text.trimmed();
    return trimmed.startsWith("$$") && trimmed.size() >= 4 && trimmed.indexOf("$$", 2) == trimmed.size() - 2;
}

void applyToParagraph(cmark_node *paragraph, const QByteArray &source, const SourceLines &lines) {
    const QByteArray text = CmarkNodes::paragraphSource(paragraph, source, lines);
    if (isWholeBlock(text)) {
        const QByteArray trimmed = text.trimmed();
        CmarkNodes::freeChildren(paragraph);
        CmarkNodes::makeCustomBlock(paragraph, blockHtml(trimmed.mid(2, trimmed.size() - 4)), QByteArray());
        return;
    }
    const QVector<QByteArray> math = sourceMath(text);
    // A `$$` cmark put inside emphasis or a link is not seen here; then the source's spans are not these.
    qsizetype pairs = 0;
    for (Delimiter open = findDelimiter(cmark_node_first_child(paragraph), 0); open.node; ++pairs) {
        const Delimiter close = findDelimiter(open.node, open.offset + 2);
        if (!close.node)
            break;
        open = findDelimiter(close.node, close.offset + 2);
    }
    replaceInline(paragraph, pairs == math.size() ? &math : nullptr);
}

}  // namespace

void KramdownMath::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) {
    if (!CmarkNodes::contains(source, "$$"))
        return;
    for (cmark_node *paragraph : CmarkNodes::descendants(document, CMARK_NODE_PARAGRAPH)) {
        if (CmarkNodes::plainText(paragraph).contains("$$"))
            applyToParagraph(paragraph, source, lines);
    }
    for (cmark_node *heading : CmarkNodes::descendants(document, CMARK_NODE_HEADING))
        replaceInline(heading, nullptr);
}
