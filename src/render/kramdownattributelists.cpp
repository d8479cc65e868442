#include "render/kramdownattributelists.h"

#include "render/nodeattributes.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QRegularExpression>
#include <QVector>

#include <cctype>
#include <cstring>

namespace {

using Definitions = QVector<QPair<QByteArray, ElementAttributes>>;

// kramdown 2.4's ALD_START and IAL_BLOCK (parser/kramdown/extensions.rb), on a line's text.
const QRegularExpression &definitionLine() {
    static const QRegularExpression pattern(QStringLiteral(R"(\A\{:(\w[\w-]*):((?:\\\}|[^\}])+)\}\s*\z)"));
    return pattern;
}

const QRegularExpression &blockListLine() {
    static const QRegularExpression pattern(QStringLiteral(R"(\A\{:(?!:|/)((?:\\\}|[^\}])+)\}\s*\z)"));
    return pattern;
}

// A span list right at the start of a text run (kramdown's IAL_SPAN_START).
const QRegularExpression &spanListStart() {
    static const QRegularExpression pattern(QStringLiteral(R"(\A\{:(?!:|/)((?:\\\}|[^\}])+)\})"));
    return pattern;
}

// kramdown's HEADER_ID: ` {#id}` ending a heading; REXML's name characters, approximated by ASCII names plus
// any non-ASCII letter.
const QRegularExpression &headingIdEnd() {
    static const QRegularExpression pattern(
        QStringLiteral(R"([\t ]\{#([A-Za-z_:\x{80}-\x{10FFFF}][\w:.\-\x{80}-\x{10FFFF}]*)\}\z)"));
    return pattern;
}

bool isText(cmark_node *node) {
    return node && cmark_node_get_type(node) == CMARK_NODE_TEXT;
}

bool isBreak(cmark_node *node) {
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK;
}

QByteArray literal(cmark_node *node) {
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArray(text) : QByteArray();
}

// The consecutive text nodes from `first` on (cmark splits text at delimiter characters such as `_`).
QByteArray textRun(cmark_node *first) {
    QByteArray text;
    for (cmark_node *node = first; isText(node); node = cmark_node_next(node))
        text += literal(node);
    return text;
}

// Removes the first `count` bytes of the text run starting at `first`.
void removeRunPrefix(cmark_node *first, qsizetype count) {
    cmark_node *node = first;
    while (count > 0 && isText(node)) {
        cmark_node *next = cmark_node_next(node);
        const QByteArray text = literal(node);
        if (text.size() <= count) {
            count -= text.size();
            cmark_node_free(node);
        } else {
            cmark_node_set_literal(node, text.mid(count).constData());
            count = 0;
        }
        node = next;
    }
}

// One line of a paragraph: its nodes [first, last] and, when they are all text, their text.
struct ParagraphLine {
    cmark_node *first = nullptr;
    cmark_node *last = nullptr;
    bool plain = true;
    QByteArray text;
    enum class Kind { Content, Definition, List } kind = Kind::Content;
    QRegularExpressionMatch match;
};

// The source of line `line` from its first `{` on, without its line ending and trailing blanks: the list as
// written, escapes and all (cmark has already taken the escapes out of the text nodes).
QByteArray listSource(const QByteArray &source, const SourceLines &lines, int line) {
    if (line < 1 || line > lines.lineCount())
        return {};
    const QByteArray text = source.mid(lines.start(line), lines.start(line + 1) - lines.start(line));
    const qsizetype brace = text.indexOf('{');
    return brace < 0 ? QByteArray() : text.mid(brace).trimmed();
}

void classify(ParagraphLine &line, const QByteArray &written) {
    const QString text = QString::fromUtf8(written);
    if ((line.match = definitionLine().match(text)).hasMatch())
        line.kind = ParagraphLine::Kind::Definition;
    else if ((line.match = blockListLine().match(text)).hasMatch())
        line.kind = ParagraphLine::Kind::List;
}

QVector<ParagraphLine> linesOf(cmark_node *paragraph, const QByteArray &source, const SourceLines &lines) {
    QVector<ParagraphLine> result;
    ParagraphLine line;
    for (cmark_node *node = cmark_node_first_child(paragraph); node; node = cmark_node_next(node)) {
        if (isBreak(node)) {
            result.append(line);
            line = ParagraphLine();
            continue;
        }
        if (!line.first)
            line.first = node;
        line.last = node;
        if (isText(node))
            line.text += literal(node);
        else
            line.plain = false;
    }
    result.append(line);
    const int firstLine = cmark_node_get_start_line(paragraph);
    for (qsizetype i = 0; i < result.size(); ++i) {
        ParagraphLine &each = result[i];
        if (each.first && each.plain && each.text.trimmed().startsWith("{:"))
            classify(each, listSource(source, lines, firstLine + int(i)));
    }
    return result;
}

// Frees a line's nodes and the line break that separates it from the rest.
void removeLine(const ParagraphLine &line) {
    cmark_node *before = cmark_node_previous(line.first);
    cmark_node *after = cmark_node_next(line.last);
    for (cmark_node *node = line.first; node;) {
        cmark_node *next = cmark_node_next(node);
        const bool lastOne = node == line.last;
        cmark_node_free(node);
        if (lastOne)
            break;
        node = next;
    }
    if (before && isBreak(before))
        cmark_node_free(before);
    else if (after && isBreak(after))
        cmark_node_free(after);
}

cmark_node *topLevelAncestor(cmark_node *node) {
    cmark_node *parent = cmark_node_parent(node);
    while (parent && cmark_node_get_type(parent) != CMARK_NODE_DOCUMENT) {
        node = parent;
        parent = cmark_node_parent(node);
    }
    return node;
}

// Whether `node` directly follows a block with no blank line between them. (cmark-gfm 0.29 may end a block
// on the blank line after it, as it does a setext heading: the line itself is looked at.)
bool followsAdjacent(cmark_node *node, const SourceLines &lines) {
    cmark_node *previous = cmark_node_previous(node);
    const int start = cmark_node_get_start_line(node);
    return previous && cmark_node_get_end_line(previous) + 1 >= start && start > 1 &&
           start - 1 <= lines.lineCount() && !lines.isBlank(start - 1);
}

bool takesSpanList(cmark_node *node) {
    if (!node)
        return false;
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_EMPH:
        case CMARK_NODE_STRONG:
        case CMARK_NODE_LINK:
        case CMARK_NODE_IMAGE:
        case CMARK_NODE_CODE:
            return true;
        default:
            return qstrcmp(cmark_node_get_type_string(node), "strikethrough") == 0;
    }
}

struct Pending {
    cmark_node *target = nullptr;
    ElementAttributes list;
};

class Reader {
public:
    Reader(cmark_node *document, const QByteArray &source, const SourceLines &lines)
        : m_document(document), m_source(source), m_lines(lines) {}

    void read() {
        QVector<cmark_node *> paragraphs;
        QVector<cmark_node *> headings;
        QVector<cmark_node *> texts;
        QVector<cmark_node *> tables;
        cmark_iter *iter = cmark_iter_new(m_document);
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            if (event != CMARK_EVENT_ENTER)
                continue;
            cmark_node *node = cmark_iter_get_node(iter);
            switch (cmark_node_get_type(node)) {
                case CMARK_NODE_PARAGRAPH:
                    paragraphs.append(node);
                    break;
                case CMARK_NODE_HEADING:
                    headings.append(node);
                    break;
                case CMARK_NODE_TEXT:
                    if (std::strncmp(cmark_node_get_literal(node), "{:", 2) == 0 &&
                        takesSpanList(cmark_node_previous(node)))
                        texts.append(node);
                    break;
                default:
                    if (qstrcmp(cmark_node_get_type_string(node), "table") == 0)
                        tables.append(node);
                    break;
            }
        }
        cmark_iter_free(iter);
        for (cmark_node *text : std::as_const(texts))
            spanList(text);
        for (cmark_node *heading : std::as_const(headings))
            headingId(heading);
        for (cmark_node *paragraph : std::as_const(paragraphs))
            blockLists(paragraph);
        for (cmark_node *table : std::as_const(tables))
            tableList(table);
    }

    void resolve(NodeAttributes &attributes) {
        for (const Pending &pending : std::as_const(m_pending))
            attributes.ensure(pending.target).merge(pending.list, m_definitions);
        for (cmark_node *empty : std::as_const(m_emptied))
            cmark_node_free(empty);
    }

private:
    void spanList(cmark_node *text) {
        const QByteArray run = textRun(text);
        const QRegularExpressionMatch match = spanListStart().match(QString::fromUtf8(run));
        if (!match.hasMatch())
            return;
        m_pending.append({cmark_node_previous(text), ElementAttributes::parse(match.captured(1).toUtf8())});
        removeRunPrefix(text, match.captured(0).toUtf8().size());
    }

    void headingId(cmark_node *heading) {
        cmark_node *first = cmark_node_last_child(heading);
        if (!isText(first))
            return;
        while (isText(cmark_node_previous(first)))
            first = cmark_node_previous(first);
        const QString run = QString::fromUtf8(textRun(first));
        const QRegularExpressionMatch match = headingIdEnd().match(run);
        if (!match.hasMatch())
            return;
        ElementAttributes id;
        id.set("id", match.captured(1).toUtf8());
        m_pending.prepend({heading, id});
        // The id and the spaces before it go; the node holding them is the last of the run.
        QByteArray kept = run.left(match.capturedStart(0)).toUtf8();
        while (kept.endsWith(' ') || kept.endsWith('\t'))
            kept.chop(1);
        for (cmark_node *node = first; node;) {
            cmark_node *next = cmark_node_next(node);
            const QByteArray text = literal(node);
            if (kept.size() >= text.size()) {
                kept.remove(0, text.size());
            } else if (!kept.isEmpty()) {
                cmark_node_set_literal(node, kept.constData());
                kept.clear();
            } else {
                cmark_node_free(node);
            }
            node = next;
        }
    }

    // A list right under a table is a row to cmark-gfm (a line without pipes continues a table): its last.
    void tableList(cmark_node *table) {
        cmark_node *row = cmark_node_last_child(table);
        if (!row || row == cmark_node_first_child(table))
            return;
        const int line = cmark_node_get_start_line(row);
        const QByteArray written = listSource(m_source, m_lines, line);
        if (written.isEmpty() ||
            m_source.mid(m_lines.start(line), m_lines.start(line + 1) - m_lines.start(line)).trimmed() !=
                written)
            return;
        ParagraphLine parsed;
        classify(parsed, written);
        if (parsed.kind != ParagraphLine::Kind::List)
            return;
        m_pending.append({table, ElementAttributes::parse(parsed.match.captured(1).toUtf8())});
        cmark_node_free(row);
    }

    void blockLists(cmark_node *paragraph) {
        const QVector<ParagraphLine> lines = linesOf(paragraph, m_source, m_lines);
        qsizetype leading = 0;
        while (leading < lines.size() && lines.at(leading).kind != ParagraphLine::Kind::Content)
            ++leading;
        qsizetype trailing = 0;
        while (trailing < lines.size() - leading &&
               lines.at(lines.size() - 1 - trailing).kind != ParagraphLine::Kind::Content)
            ++trailing;
        const bool hasContent = leading < lines.size();
        bool any = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const ParagraphLine &line = lines.at(i);
            if (line.kind == ParagraphLine::Kind::Content)
                continue;
            any = true;
            if (line.kind == ParagraphLine::Kind::Definition) {
                m_definitions.append({line.match.captured(1).toUtf8(),
                                      ElementAttributes::parse(line.match.captured(2).toUtf8())});
                continue;
            }
            cmark_node *target = paragraph;
            if (i < leading) {
                // Before the content: for the block right above when nothing separates them, else for what
                // follows.
                // (kramdown drops one that has nothing before it in its container and a blank line after.)
                if (followsAdjacent(paragraph, m_lines))
                    target = cmark_node_previous(paragraph);
                else if (!hasContent)
                    target = cmark_node_previous(paragraph) ? cmark_node_next(paragraph) : nullptr;
            } else if (i >= lines.size() - trailing && lazyAtTopLevel(paragraph, int(i))) {
                target = topLevelAncestor(paragraph);
            }
            if (target)
                m_pending.append({target, ElementAttributes::parse(line.match.captured(1).toUtf8())});
        }
        if (!any)
            return;
        if (!hasContent) {
            m_emptied.append(paragraph);
            return;
        }
        for (const ParagraphLine &line : lines) {
            if (line.kind != ParagraphLine::Kind::Content)
                removeLine(line);
        }
    }

    // A list line cmark took into a paragraph inside a list or quote although it has none of their markers
    // or indentation: kramdown ends the container before it, and gives the list to the container.
    bool lazyAtTopLevel(cmark_node *paragraph, int lineIndex) const {
        if (cmark_node_get_type(cmark_node_parent(paragraph)) == CMARK_NODE_DOCUMENT)
            return false;
        const int line = cmark_node_get_start_line(paragraph) + lineIndex;
        if (line < 1 || line > m_lines.lineCount())
            return false;
        const char *at = m_source.constData() + m_lines.start(line);
        int column = 1;
        while (*at == ' ') {
            ++at;
            ++column;
        }
        return *at == '{' && column < cmark_node_get_start_column(paragraph);
    }

    cmark_node *m_document;
    const QByteArray &m_source;
    const SourceLines &m_lines;
    QVector<Pending> m_pending;
    Definitions m_definitions;
    QVector<cmark_node *> m_emptied;
};

}  // namespace

void KramdownAttributeLists::apply(cmark_node *document, NodeAttributes &attributes, const QByteArray &source,
                                   const SourceLines &lines) {
    Reader reader(document, source, lines);
    reader.read();
    reader.resolve(attributes);
}

bool KramdownAttributeLists::reachesAcrossBlocks(const char *text, long long size) {
    const char *end = text + size;
    const auto blankLineAt = [end](const char *at) {
        while (at < end && (*at == ' ' || *at == '\t' || *at == '\r'))
            ++at;
        return at >= end || *at == '\n';
    };
    for (const char *at = text; (at = static_cast<const char *>(std::memchr(at, '{', size_t(end - at))));) {
        const char *lineStart = at;
        while (lineStart > text && lineStart[-1] == ' ')
            --lineStart;
        const char *brace = at++;
        if (at + 1 >= end || *at != ':' || at[1] == ':' || at[1] == '/' ||
            (lineStart > text && lineStart[-1] != '\n'))
            continue;
        const char *name = at + 1;
        const char *nameEnd = name;
        while (nameEnd < end && (std::isalnum(uchar(*nameEnd)) || *nameEnd == '_' || *nameEnd == '-'))
            ++nameEnd;
        if (nameEnd > name && nameEnd < end && *nameEnd == ':')
            return true;  // a definition
        // A list with a blank line (or nothing) on both sides is for the next block, wherever that is.
        const char *lineEnd = static_cast<const char *>(std::memchr(brace, '\n', size_t(end - brace)));
        const bool blankAfter = !lineEnd || blankLineAt(lineEnd + 1);
        bool blankBefore = lineStart == text;
        if (!blankBefore) {
            const char *previous = lineStart - 1;  // the '\n' ending the line before
            while (previous > text && previous[-1] != '\n')
                --previous;
            blankBefore = blankLineAt(previous);
        }
        if (blankBefore && blankAfter)
            return true;
    }
    return false;
}
