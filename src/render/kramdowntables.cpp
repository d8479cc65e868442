#include "render/kramdowntables.h"

#include "render/cmarknodes.h"
#include "render/kramdownsnippet.h"
#include "render/markdowndialect.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QVector>

#include <algorithm>
#include <cstring>
#include <optional>

namespace {

enum class LineKind { Row, Separator, FooterSeparator };
enum class Align { Default, Left, Right, Center };

struct Section {
    QByteArray tag;  // thead, tbody, tfoot
    QVector<QVector<QByteArray>> rows;
};

struct Table {
    QVector<Section> sections;
    QVector<Align> alignment;
    int columns = 0;
};

bool onlyChars(const QByteArray &line, const char *allowed, char required) {
    return line.contains(required) &&
           std::all_of(line.begin(), line.end(), [&](char c) { return std::strchr(allowed, c) != nullptr; });
}

LineKind kindOf(const QByteArray &line) {
    if (onlyChars(line, "+|: \t-", '-'))
        return LineKind::Separator;
    if (onlyChars(line, "+|: \t=", '='))
        return LineKind::FooterSeparator;
    return LineKind::Row;
}

// kramdown's TABLE_HSEP_ALIGN: each run of dashes, with a colon before and/or after it.
QVector<Align> alignmentOf(const QByteArray &line) {
    QVector<Align> alignment;
    for (qsizetype at = 0; at < line.size();) {
        const qsizetype dash = line.indexOf('-', at);
        if (dash < 0)
            break;
        qsizetype end = dash;
        while (end < line.size() && line.at(end) == '-')
            ++end;
        const bool left = dash > 0 && line.at(dash - 1) == ':';
        const bool right = end < line.size() && line.at(end) == ':';
        alignment.append(left && right ? Align::Center
                         : left        ? Align::Left
                         : right       ? Align::Right
                                       : Align::Default);
        at = end;
    }
    return alignment;
}

// The cells of a row: split at `|` outside code spans and not escaped; the empty first cell before the
// leading pipe and an empty last one dropped; `\|` is a pipe.
QVector<QByteArray> cellsOf(const QByteArray &line) {
    QVector<QByteArray> cells(1);
    for (qsizetype at = 0; at < line.size();) {
        const char c = line.at(at);
        if (c == '\\' && at + 1 < line.size() && line.at(at + 1) == '|') {
            cells.last() += '|';
            at += 2;
        } else if (c == '`') {
            qsizetype run = at;
            while (run < line.size() && line.at(run) == '`')
                ++run;
            const qsizetype close = line.indexOf(line.mid(at, run - at), run);
            const qsizetype end = close < 0 ? run : close + (run - at);
            cells.last() += line.mid(at, end - at);
            at = end;
        } else if (c == '|') {
            cells.append(QByteArray());
            ++at;
        } else {
            cells.last() += c;
            ++at;
        }
    }
    if (!cells.isEmpty() && cells.first().trimmed().isEmpty())
        cells.removeFirst();
    if (!cells.isEmpty() && cells.last().trimmed().isEmpty())
        cells.removeLast();
    for (QByteArray &cell : cells)
        cell = cell.trimmed();
    return cells;
}

// kramdown's parse_table on lines that all start with `|`; nothing when it is not a table for kramdown.
std::optional<Table> parseTable(const QVector<QByteArray> &lines) {
    Table table;
    QVector<QVector<QByteArray>> rows;
    bool hasFooter = false;
    bool aligned = false;
    const auto addSection = [&](const char *tag, bool force) {
        if (!hasFooter || qstrcmp(tag, "tbody") != 0 || force) {
            table.sections.append(Section{tag, rows});
            rows.clear();
        }
    };
    for (const QByteArray &line : lines) {
        switch (kindOf(line)) {
            case LineKind::Separator:
                if (rows.isEmpty())
                    break;
                if (!aligned && !hasFooter) {
                    addSection("thead", false);
                    table.alignment = alignmentOf(line);
                    aligned = true;
                } else {
                    addSection("tbody", false);
                }
                break;
            case LineKind::FooterSeparator:
                if (!rows.isEmpty())
                    addSection("tbody", true);
                hasFooter = true;
                break;
            case LineKind::Row:
                rows.append(cellsOf(line));
                table.columns = std::max(table.columns, int(rows.last().size()));
                break;
        }
    }
    if (!rows.isEmpty())
        addSection(hasFooter ? "tfoot" : "tbody", false);
    if (std::none_of(table.sections.begin(), table.sections.end(),
                     [](const Section &s) { return s.tag == "tbody"; }))
        return std::nullopt;
    table.alignment.resize(table.columns, Align::Default);
    return table;
}

// A cell's inline nodes, parsed and typeset as a paragraph of their own, appended under `parent`.
void appendCellContent(cmark_node *parent, const QByteArray &text, const MarkdownDialect &dialect) {
    if (text.isEmpty()) {
        cmark_node_append_child(parent, CmarkNodes::raw(CMARK_NODE_HTML_INLINE, "\xc2\xa0"));
        return;
    }
    const KramdownSnippet::Document document = KramdownSnippet::parse(text, dialect);
    cmark_node *paragraph = cmark_node_first_child(document.get());
    if (!paragraph || cmark_node_next(paragraph) || cmark_node_get_type(paragraph) != CMARK_NODE_PARAGRAPH) {
        cmark_node *plain = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(plain, text.constData());
        cmark_node_append_child(parent, plain);
        return;
    }
    while (cmark_node *child = cmark_node_first_child(paragraph))
        cmark_node_append_child(parent, child);
}

QByteArray alignmentAttribute(Align align) {
    switch (align) {
        case Align::Left:
            return QByteArrayLiteral(" style=\"text-align: left\"");
        case Align::Right:
            return QByteArrayLiteral(" style=\"text-align: right\"");
        case Align::Center:
            return QByteArrayLiteral(" style=\"text-align: center\"");
        case Align::Default:
            break;
    }
    return QByteArray();
}

cmark_node *tableNode(const Table &table, const MarkdownDialect &dialect) {
    cmark_node *node = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, "<table>", "</table>");
    for (const Section &section : table.sections) {
        cmark_node *group = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, "  <" + section.tag + ">",
                                               "  </" + section.tag + ">");
        const QByteArray cellTag = section.tag == "thead" ? "th" : "td";
        for (const QVector<QByteArray> &cells : section.rows) {
            cmark_node *row = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, "    <tr>", "    </tr>");
            for (int column = 0; column < table.columns; ++column) {
                cmark_node *line = CmarkNodes::custom(CMARK_NODE_CUSTOM_BLOCK, QByteArray(), QByteArray());
                cmark_node *cell = CmarkNodes::custom(
                    CMARK_NODE_CUSTOM_INLINE,
                    "      <" + cellTag + alignmentAttribute(table.alignment.at(column)) + ">",
                    "</" + cellTag + ">");
                appendCellContent(cell, column < cells.size() ? cells.at(column) : QByteArray(), dialect);
                cmark_node_append_child(line, cell);
                cmark_node_append_child(row, line);
            }
            cmark_node_append_child(group, row);
        }
        cmark_node_append_child(node, group);
    }
    return node;
}

// The lines [first, last] of the source without their line breaks and the up to three spaces before them;
// nothing unless each starts with `|`.
std::optional<QVector<QByteArray>> pipeLines(const QByteArray &source, const SourceLines &lines, int first,
                                             int last) {
    QVector<QByteArray> found;
    for (int line = first; line <= last; ++line) {
        QByteArray text = source.mid(lines.start(line), lines.start(line + 1) - lines.start(line));
        while (text.endsWith('\n') || text.endsWith('\r'))
            text.chop(1);
        const QByteArray trimmed = text.trimmed();
        if (!trimmed.startsWith('|') || text.indexOf('|') > 3)
            return std::nullopt;
        found.append(trimmed);
    }
    return found;
}

bool isTable(cmark_node *node) {
    return qstrcmp(cmark_node_get_type_string(node), "table") == 0;
}

// Whether GFM, which made `node` a table, reads these lines as kramdown does: one header row, then the
// delimiter row, then body rows; no other separator line.
bool gfmReadsTheSame(const QVector<QByteArray> &lines) {
    int separators = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (kindOf(lines.at(i)) != LineKind::Row &&
            (i != 1 || kindOf(lines.at(i)) != LineKind::Separator || lines.at(i).contains('+')))
            return false;
        separators += kindOf(lines.at(i)) == LineKind::Separator;
    }
    return separators == 1;
}

bool holdsBlocks(cmark_node *node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_LIST:
        case CMARK_NODE_ITEM:
        case CMARK_NODE_BLOCK_QUOTE:
        case CMARK_NODE_FOOTNOTE_DEFINITION:
            return true;
        default:
            return false;
    }
}

// kramdown prints an empty cell, in a table GFM reads too, as a no-break space.
void fillEmptyCells(cmark_node *parent) {
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        if (qstrcmp(cmark_node_get_type_string(node), "table_cell") == 0) {
            if (!cmark_node_first_child(node))
                cmark_node_append_child(node, CmarkNodes::raw(CMARK_NODE_HTML_INLINE, "\xc2\xa0"));
        } else if (holdsBlocks(node) || qstrcmp(cmark_node_get_type_string(node), "table_row") == 0 ||
                   qstrcmp(cmark_node_get_type_string(node), "table_header") == 0 ||
                   qstrcmp(cmark_node_get_type_string(node), "table") == 0) {
            fillEmptyCells(node);
        }
    }
}

}  // namespace

void KramdownTables::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                           const MarkdownDialect &dialect) {
    if (!CmarkNodes::contains(source, "|"))
        return;
    for (cmark_node *node = cmark_node_first_child(document); node;) {
        cmark_node *next = cmark_node_next(node);
        const bool table = isTable(node);
        const int first = cmark_node_get_start_line(node);
        if ((!table && cmark_node_get_type(node) != CMARK_NODE_PARAGRAPH) || first <= 0) {
            node = next;
            continue;
        }
        const int last = lines.trimmedLastLine(first, cmark_node_get_end_line(node));
        const std::optional<QVector<QByteArray>> rows = pipeLines(source, lines, first, last);
        const bool hasSeparator = rows && std::any_of(rows->begin(), rows->end(), [](const QByteArray &line) {
                                      return kindOf(line) != LineKind::Row;
                                  });
        // A table that interrupted a paragraph starts at the paragraph's first line; the paragraph has no
        // position.
        cmark_node *splitOff = cmark_node_previous(node);
        if (!table || !splitOff || cmark_node_get_type(splitOff) != CMARK_NODE_PARAGRAPH ||
            cmark_node_get_start_line(splitOff) > 0)
            splitOff = nullptr;
        std::optional<Table> parsed;
        if (rows && (!table || splitOff || (hasSeparator && !gfmReadsTheSame(*rows))))
            parsed = parseTable(*rows);
        if (parsed) {
            cmark_node *replacement = tableNode(*parsed, dialect);
            cmark_node_insert_before(node, replacement);
            CmarkNodes::setLines(replacement, first, last);
            cmark_node_free(node);
            if (splitOff)
                cmark_node_free(splitOff);
        }
        node = next;
    }
    fillEmptyCells(document);
}
