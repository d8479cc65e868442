#include "render/kramdowndefinitionlists.h"

#include "render/cmarknodes.h"

#include <cmark-gfm.h>

#include <QByteArray>
#include <QVector>

namespace {

const QByteArray kListOpen = QByteArrayLiteral("<dl>");

using Line = QVector<cmark_node *>;

// The paragraph's inline children, line by line (the soft breaks between lines left out).
QVector<Line> splitLines(cmark_node *paragraph) {
    QVector<Line> lines(1);
    for (cmark_node *node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK)
            lines.append(Line());
        else
            lines.last().append(node);
    }
    return lines;
}

bool isDefinitionLine(const Line &line) {
    if (line.isEmpty() || cmark_node_get_type(line.first()) != CMARK_NODE_TEXT)
        return false;
    const char *literal = cmark_node_get_literal(line.first());
    return literal && KramdownDefinitionLists::startsDefinition(literal, qstrlen(literal));
}

// Drops the `:` and the blanks after it from the definition's first text node (the node itself when nothing
// else is left on the line).
void stripMarker(Line &line) {
    cmark_node *first = line.first();
    QByteArray text(cmark_node_get_literal(first));
    qsizetype cut = 1;
    while (cut < text.size() && (text.at(cut) == ' ' || text.at(cut) == '\t'))
        ++cut;
    text.remove(0, cut);
    if (text.isEmpty() && line.size() > 1) {
        cmark_node_free(first);
        line.removeFirst();
    } else {
        cmark_node_set_literal(first, text.constData());
    }
}

// Moves lines [from, to) under `parent`, soft breaks between them.
void moveLines(const QVector<Line> &lines, qsizetype from, qsizetype to, cmark_node *parent) {
    for (qsizetype i = from; i < to; ++i) {
        if (i > from)
            cmark_node_append_child(parent, cmark_node_new(CMARK_NODE_SOFTBREAK));
        for (cmark_node *node : lines.at(i))
            cmark_node_append_child(parent, node);
    }
}

// One `<dt>` or tight `<dd>`: on a line of its own, its inline content inside.
cmark_node *tightItem(const QByteArray &tag) {
    cmark_node *line = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, QByteArray(), QByteArray());
    cmark_node_append_child(
        line, CmarkNodes::custom(CMARK_NODE_CUSTOM_INLINE, "  <" + tag + ">", "</" + tag + ">"));
    return line;
}

// Appends to `list` the definitions of lines[from...] (each `: ` line starts one); the first of them is a
// paragraph when `firstAsParagraph`.
void appendDefinitions(cmark_node *list, QVector<Line> lines, qsizetype from, bool firstAsParagraph) {
    for (qsizetype start = from; start < lines.size();) {
        qsizetype end = start + 1;
        while (end < lines.size() && !isDefinitionLine(lines.at(end)))
            ++end;
        stripMarker(lines[start]);
        if (start == from && firstAsParagraph) {
            cmark_node *item = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, "  <dd>", "  </dd>");
            cmark_node *paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
            cmark_node_append_child(item, paragraph);
            moveLines(lines, start, end, paragraph);
            cmark_node_append_child(list, item);
        } else {
            cmark_node *item = tightItem("dd");
            moveLines(lines, start, end, cmark_node_first_child(item));
            cmark_node_append_child(list, item);
        }
        start = end;
    }
}

bool isList(cmark_node *node) {
    return CmarkNodes::isCustomBlock(node, kListOpen);
}

// Moves the items of `list` to the end of the list before it, when there is one.
cmark_node *mergedWithPrevious(cmark_node *list) {
    cmark_node *previous = cmark_node_previous(list);
    if (!isList(previous))
        return list;
    CmarkNodes::ownTexts(list);
    while (cmark_node *item = cmark_node_first_child(list))
        cmark_node_append_child(previous, item);
    CmarkNodes::setEndLine(previous, cmark_node_get_end_line(list));
    cmark_node_free(list);
    return previous;
}

// Turns `paragraph` (terms in lines[0, firstDefinition), then definitions) into a list, in place.
cmark_node *makeList(cmark_node *paragraph, const QVector<Line> &terms, const QVector<Line> &definitions,
                     bool firstAsParagraph) {
    if (!CmarkNodes::makeCustomBlock(paragraph, kListOpen, QByteArrayLiteral("</dl>")))
        return nullptr;
    for (const Line &term : terms) {
        cmark_node *item = tightItem("dt");
        moveLines({term}, 0, 1, cmark_node_first_child(item));
        cmark_node_append_child(paragraph, item);
    }
    appendDefinitions(paragraph, definitions, 0, firstAsParagraph);
    // What is left of the paragraph are the soft breaks between the lines.
    for (cmark_node *node = cmark_node_first_child(paragraph); node;) {
        cmark_node *next = cmark_node_next(node);
        if (cmark_node_get_type(node) == CMARK_NODE_SOFTBREAK)
            cmark_node_free(node);
        node = next;
    }
    return paragraph;
}

void applyIn(cmark_node *container) {
    for (cmark_node *node = cmark_node_first_child(container); node;) {
        cmark_node *next = cmark_node_next(node);
        if (cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) {
            if (cmark_node_first_child(node) && cmark_node_get_type(node) != CMARK_NODE_CUSTOM_BLOCK)
                applyIn(node);
            node = next;
            continue;
        }
        const QVector<Line> lines = splitLines(node);
        qsizetype firstDefinition = 0;
        while (firstDefinition < lines.size() && !isDefinitionLine(lines.at(firstDefinition)))
            ++firstDefinition;
        if (firstDefinition == lines.size()) {
            node = next;
            continue;
        }
        cmark_node *previous = cmark_node_previous(node);
        if (firstDefinition > 0) {
            // Terms and definitions in one paragraph.
            if (makeList(node, lines.mid(0, firstDefinition), lines.mid(firstDefinition), false))
                mergedWithPrevious(node);
        } else if (isList(previous)) {
            // More definitions after blank lines.
            CmarkNodes::ownTexts(node);
            appendDefinitions(previous, lines, 0, true);
            CmarkNodes::setEndLine(previous, cmark_node_get_end_line(node));
            cmark_node_free(node);
        } else if (previous && cmark_node_get_type(previous) == CMARK_NODE_PARAGRAPH &&
                   cmark_node_get_end_line(previous) + 2 == cmark_node_get_start_line(node)) {
            // The terms, then one blank line: the first definition is a paragraph.
            const QVector<Line> terms = splitLines(previous);
            CmarkNodes::ownTexts(node);
            if (makeList(previous, terms, lines, true)) {
                CmarkNodes::setEndLine(previous, cmark_node_get_end_line(node));
                cmark_node_free(node);
                mergedWithPrevious(previous);
            }
        }
        node = next;
    }
}

// Whether some line of `source`, after its container markers, starts with `: `: most posts have none, and
// the pass then looks at no paragraph.
bool mayHaveDefinitions(const QByteArray &source) {
    const char *data = source.constData();
    for (qsizetype at = source.indexOf(':'); at >= 0; at = source.indexOf(':', at + 1)) {
        if (at + 1 >= source.size() || (data[at + 1] != ' ' && data[at + 1] != '\t'))
            continue;
        qsizetype start = at;
        while (start > 0 && (data[start - 1] == ' ' || data[start - 1] == '\t' || data[start - 1] == '>'))
            --start;
        if (start == 0 || data[start - 1] == '\n' || data[start - 1] == '\r')
            return true;
    }
    return false;
}

}  // namespace

void KramdownDefinitionLists::apply(cmark_node *document, const QByteArray &source) {
    if (mayHaveDefinitions(source))
        applyIn(document);
}

bool KramdownDefinitionLists::startsDefinition(const char *line, qsizetype size) {
    qsizetype at = 0;
    while (at < size && at < 3 && line[at] == ' ')
        ++at;
    return at + 1 < size && line[at] == ':' && (line[at + 1] == ' ' || line[at + 1] == '\t');
}
