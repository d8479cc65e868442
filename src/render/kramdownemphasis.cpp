#include "render/kramdownemphasis.h"

#include "render/sourcelines.h"

#include <QChar>
#include <QSet>
#include <QVector>

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <string_view>

namespace {

enum class Kind { Em, Strong };

// kramdown's parser is not linear (a `**` that finds no closer is read again as `*`); past this many steps
// in one paragraph the leftovers stay as cmark left them.
constexpr int kStepBudget = 200000;
constexpr char32_t kAtom = 0xFFFC;  // a link, code span, HTML tag or emphasis cmark already made

bool isEmphasis(cmark_node *node) {
    const cmark_node_type type = cmark_node_get_type(node);
    return type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG;
}

Kind kindOf(cmark_node *node) {
    return cmark_node_get_type(node) == CMARK_NODE_STRONG ? Kind::Strong : Kind::Em;
}

bool isRubySpace(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isLetter(char32_t c) {
    return c != kAtom && QChar::isLetter(c);
}

bool isLetterOrNumber(char32_t c) {
    return c != kAtom && QChar::isLetterOrNumber(c);
}

// The code point at `at` and its length in bytes; a byte that does not start a valid sequence is one
// U+FFFD, so that the offsets always stay inside `text`.
char32_t decodeAt(const QByteArray &text, qsizetype at, int &length) {
    const auto lead = uchar(text.at(at));
    length = 1;
    if (lead < 0x80)
        return lead;
    const int size = lead >= 0xF0 && lead < 0xF5 ? 4
                     : lead >= 0xE0              ? (lead < 0xF0 ? 3 : 0)
                     : lead >= 0xC2              ? 2
                                                 : 0;
    if (size == 0 || at + size > text.size())
        return 0xFFFD;
    char32_t point = lead & (0xFF >> (size + 1));
    for (int i = 1; i < size; ++i) {
        const auto next = uchar(text.at(at + i));
        if ((next & 0xC0) != 0x80)
            return 0xFFFD;
        point = (point << 6) | (next & 0x3F);
    }
    length = size;
    return point;
}

QByteArray literalOf(cmark_node *node) {
    const char *text = cmark_node_get_literal(node);
    return text ? QByteArray(text) : QByteArray();
}

// The lines of the block `node` sits in, as written: where a delimiter run is looked up to tell it from an
// escaped one (cmark's text no longer shows the backslash).
QByteArray blockSource(cmark_node *node, const QByteArray &source, const SourceLines &lines) {
    cmark_node *block = node;
    while (block && cmark_node_get_start_line(block) <= 0)
        block = cmark_node_parent(block);
    if (!block)
        return source;
    const int first = cmark_node_get_start_line(block);
    const int last = std::max(first, cmark_node_get_end_line(block));
    if (first > lines.lineCount())
        return QByteArray();
    return source.mid(lines.start(first), lines.start(last + 1) - lines.start(first));
}

// Whether the run at [start, end) of `text` is written as such in `written` (with up to four bytes of its
// text on each side), not after a backslash.
bool writtenRaw(const QByteArray &text, qsizetype start, qsizetype end, const QByteArray &written) {
    const qsizetype from = std::max<qsizetype>(0, start - 4);
    const qsizetype to = std::min<qsizetype>(text.size(), end + 4);
    const std::string_view needle(text.constData() + from, size_t(to - from));
    const std::string_view haystack(written.constData(), size_t(written.size()));
    for (size_t at = haystack.find(needle); at != std::string_view::npos;
         at = haystack.find(needle, at + 1)) {
        const size_t runAt = at + size_t(start - from);
        if (runAt == 0 || haystack[runAt - 1] != '\\')
            return true;
    }
    return false;
}

struct Cell {
    char32_t ch = kAtom;
    bool delimiter = false;      // a `*` or `_` written as such, which may open or close emphasis
    cmark_node *node = nullptr;  // the text node it is in
    qsizetype byteStart = 0;
    qsizetype byteEnd = 0;
};

struct Pair {
    int open;
    int close;
    int length;
    Kind kind;
};

// kramdown's parse_emphasis and parse_spans (parser/kramdown/emphasis.rb, parser/kramdown.rb) over the
// cells of one inline container.
class Pairing {
public:
    Pairing(const QVector<Cell> &cells, const QVector<Kind> &enclosing, bool innermostIsEm)
        : m_cells(cells)
        , m_stack(enclosing)
        , m_outerDepth(int(enclosing.size()))
        , m_innermostIsEm(innermostIsEm) {}

    // The pairs in the order kramdown closes them (inner ones first); empty when the budget ran out.
    QVector<Pair> run() {
        int pos = 0;
        parseSpans(pos, nullptr);
        return m_exhausted ? QVector<Pair>() : m_pairs;
    }

private:
    struct Stop {
        char32_t ch;
        int length;
        Kind kind;
        int contentStart;
    };

    bool isDelimiter(int index, char32_t ch) const {
        return index >= 0 && index < m_cells.size() && m_cells[index].delimiter && m_cells[index].ch == ch;
    }
    bool isSpaceAt(int index) const {
        return index >= 0 && index < m_cells.size() && isRubySpace(m_cells[index].ch);
    }

    bool parseSpans(int &pos, const Stop *stop) {
        while (pos < m_cells.size()) {
            if (--m_budget <= 0) {
                m_exhausted = true;
                return false;
            }
            if (!m_cells[pos].delimiter) {
                ++pos;
                continue;
            }
            if (stop && matches(pos, *stop) && closes(pos, *stop))
                return true;
            parseEmphasis(pos);
        }
        return false;
    }

    bool matches(int pos, const Stop &stop) const {
        for (int i = 0; i < stop.length; ++i) {
            if (!isDelimiter(pos + i, stop.ch))
                return false;
        }
        return true;
    }

    bool closes(int pos, const Stop &stop) const {
        if (isSpaceAt(pos - 1))
            return false;
        if (stop.kind == Kind::Em && isDelimiter(pos, stop.ch) && isDelimiter(pos + 1, stop.ch) &&
            !isDelimiter(pos + 2, stop.ch))
            return false;
        const int after = pos + stop.length;
        if (stop.ch == '_' && after < m_cells.size() && isLetterOrNumber(m_cells[after].ch))
            return false;
        return pos > stop.contentStart;
    }

    bool afterLetter(int pos) const {
        if (pos < 1)
            return false;
        const char32_t before = m_cells[pos - 1].ch;
        return isLetter(before) || (before == '-' && pos >= 2 && isLetter(m_cells[pos - 2].ch));
    }

    bool innermostIsEm() const {
        return m_stack.size() > m_outerDepth ? m_stack.last() == Kind::Em : m_innermostIsEm;
    }

    bool tryElement(int &pos, int contentStart, int length, Kind kind) {
        const qsizetype mark = m_pairs.size();
        const char32_t ch = m_cells[pos].ch;
        int end = contentStart;
        m_stack.append(kind);
        const Stop stop{ch, length, kind, contentStart};
        const bool found = parseSpans(end, &stop);
        m_stack.removeLast();
        if (found) {
            m_pairs.append({pos, end, length, kind});
            pos = end + length;
            return true;
        }
        m_pairs.resize(mark);
        return false;
    }

    void parseEmphasis(int &pos) {
        const char32_t ch = m_cells[pos].ch;
        const int length = isDelimiter(pos + 1, ch) ? 2 : 1;
        const Kind kind = length == 2 ? Kind::Strong : Kind::Em;
        if ((ch == '_' && afterLetter(pos)) || isSpaceAt(pos + length) || m_stack.contains(kind)) {
            pos += length;
            return;
        }
        if (tryElement(pos, pos + length, length, kind) || m_exhausted)
            return;
        if (kind == Kind::Strong && !innermostIsEm() &&
            (tryElement(pos, pos + 1, 1, Kind::Em) || m_exhausted))
            return;
        pos += length;
    }

    const QVector<Cell> &m_cells;
    QVector<Kind> m_stack;
    const int m_outerDepth;
    const bool m_innermostIsEm;
    QVector<Pair> m_pairs;
    int m_budget = kStepBudget;
    bool m_exhausted = false;
};

class EmphasisPass {
public:
    EmphasisPass(const QByteArray &source, const SourceLines &lines) : m_source(source), m_lines(lines) {}

    void walk(cmark_node *node, QVector<Kind> &enclosing) {
        const bool emphasis = isEmphasis(node);
        if (emphasis)
            enclosing.append(kindOf(node));
        if (hasInlineChildren(node) && !m_made.contains(node))
            pairLeftovers(node, enclosing);
        for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child))
            walk(child, enclosing);
        if (emphasis)
            enclosing.removeLast();
    }

    // cmark's pairs kramdown reads otherwise, before the leftovers are paired.
    void correctPairs(cmark_node *node, QVector<Kind> &enclosing) {
        cmark_node *child = cmark_node_first_child(node);
        while (child) {
            cmark_node *next = cmark_node_next(child);
            if (isEmphasis(child)) {
                swapTripleRun(child);
                if (enclosing.contains(kindOf(child))) {
                    next = cmark_node_first_child(child) ? cmark_node_first_child(child) : next;
                    unwrap(child);
                    child = next;
                    continue;
                }
                enclosing.append(kindOf(child));
                correctPairs(child, enclosing);
                enclosing.removeLast();
            } else {
                correctPairs(child, enclosing);
            }
            child = next;
        }
    }

    bool changed() const { return m_changed; }

private:
    static bool hasInlineChildren(cmark_node *node) {
        cmark_node *child = cmark_node_first_child(node);
        return child && (cmark_node_get_type(child) & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_INLINE;
    }

    // `***x***`: cmark nests strong in emphasis, kramdown emphasis in strong. Both from one run when they
    // start at the same place (`*__x__*` is emphasis around strong in both).
    void swapTripleRun(cmark_node *node) {
        cmark_node *only = cmark_node_first_child(node);
        if (cmark_node_get_type(node) != CMARK_NODE_EMPH || !only || cmark_node_next(only) ||
            cmark_node_get_type(only) != CMARK_NODE_STRONG ||
            cmark_node_get_start_line(only) != cmark_node_get_start_line(node) ||
            cmark_node_get_start_column(only) != cmark_node_get_start_column(node))
            return;
        cmark_node_set_type(node, CMARK_NODE_STRONG);
        cmark_node_set_type(only, CMARK_NODE_EMPH);
        m_changed = true;
    }

    // Emphasis inside the same kind is text in kramdown: its delimiters are printed, `_` if the source has
    // it so written, `*` otherwise.
    void unwrap(cmark_node *node) {
        QByteArray inner;
        for (cmark_node *child = cmark_node_first_child(node); child && inner.size() < 8;
             child = cmark_node_next(child)) {
            if (cmark_node_get_type(child) != CMARK_NODE_TEXT)
                break;
            inner += literalOf(child);
        }
        const int count = cmark_node_get_type(node) == CMARK_NODE_STRONG ? 2 : 1;
        const QByteArray underscores(count, '_');
        const QByteArray written = blockSource(node, m_source, m_lines);
        const bool underscore = !inner.isEmpty() && written.contains(underscores + inner.left(8)) &&
                                !written.contains(QByteArray(count, '*') + inner.left(8));
        const QByteArray delimiter = underscore ? underscores : QByteArray(count, '*');
        cmark_node_insert_before(node, textNode(delimiter));
        while (cmark_node *child = cmark_node_first_child(node))
            cmark_node_insert_before(node, child);
        cmark_node_insert_before(node, textNode(delimiter));
        cmark_node_free(node);
        m_changed = true;
    }

    static cmark_node *textNode(const QByteArray &text) {
        cmark_node *node = cmark_node_new(CMARK_NODE_TEXT);
        cmark_node_set_literal(node, text.constData());
        return node;
    }

    QVector<Cell> cellsOf(cmark_node *container, bool &anyDelimiter) const {
        QVector<Cell> cells;
        QByteArray written;
        bool haveWritten = false;
        for (cmark_node *child = cmark_node_first_child(container); child; child = cmark_node_next(child)) {
            const cmark_node_type type = cmark_node_get_type(child);
            if (type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK) {
                cells.append({U'\n', false, nullptr, 0, 0});
                continue;
            }
            if (type != CMARK_NODE_TEXT) {
                cells.append({kAtom, false, child, 0, 0});
                continue;
            }
            const QByteArray text = literalOf(child);
            const qsizetype first = cells.size();
            for (qsizetype offset = 0; offset < text.size();) {
                int size = 1;
                const char32_t point = decodeAt(text, offset, size);
                cells.append({point, false, child, offset, offset + size});
                offset += size;
            }
            for (qsizetype i = first; i < cells.size();) {
                const char32_t ch = cells[i].ch;
                qsizetype end = i;
                while (end < cells.size() && cells[end].ch == ch && (ch == '*' || ch == '_'))
                    ++end;
                if (end == i) {
                    ++i;
                    continue;
                }
                if (!haveWritten) {
                    written = blockSource(container, m_source, m_lines);
                    haveWritten = true;
                }
                if (writtenRaw(text, cells[i].byteStart, cells[end - 1].byteEnd, written)) {
                    for (qsizetype j = i; j < end; ++j)
                        cells[j].delimiter = true;
                    anyDelimiter = true;
                }
                i = end;
            }
        }
        return cells;
    }

    // Whether a text node right under `container` holds a `*` or `_`: most paragraphs have none left.
    static bool holdsRun(cmark_node *container) {
        for (cmark_node *child = cmark_node_first_child(container); child; child = cmark_node_next(child)) {
            const char *text =
                cmark_node_get_type(child) == CMARK_NODE_TEXT ? cmark_node_get_literal(child) : nullptr;
            if (text && std::strpbrk(text, "*_"))
                return true;
        }
        return false;
    }

    void pairLeftovers(cmark_node *container, const QVector<Kind> &enclosing) {
        if (!holdsRun(container))
            return;
        bool anyDelimiter = false;
        const QVector<Cell> cells = cellsOf(container, anyDelimiter);
        if (!anyDelimiter)
            return;
        const bool innermostIsEm = cmark_node_get_type(container) == CMARK_NODE_EMPH;
        const QVector<Pair> pairs = Pairing(cells, enclosing, innermostIsEm).run();
        if (pairs.isEmpty())
            return;
        // Each delimiter of a pair becomes a node of its own; then, inner pairs first, what lies between
        // goes into the new element and the delimiters go.
        QVector<bool> cut(cells.size() + 1, false);
        for (const Pair &pair : pairs) {
            cut[pair.open] = cut[pair.open + pair.length] = true;
            cut[pair.close] = cut[pair.close + pair.length] = true;
        }
        const QVector<cmark_node *> pieces = split(cells, cut);
        for (const Pair &pair : pairs) {
            cmark_node *opener = pieces[pair.open];
            cmark_node *closer = pieces[pair.close];
            cmark_node *element =
                cmark_node_new(pair.kind == Kind::Strong ? CMARK_NODE_STRONG : CMARK_NODE_EMPH);
            cmark_node_insert_after(opener, element);
            while (cmark_node_next(element) && cmark_node_next(element) != closer)
                cmark_node_append_child(element, cmark_node_next(element));
            cmark_node_free(opener);
            cmark_node_free(closer);
            m_made.insert(element);
        }
        m_changed = true;
    }

    // The text nodes cut where `cut` says (before the cell of that index); for each cell, the node that
    // now begins with it (valid for the cells a cut starts).
    static QVector<cmark_node *> split(const QVector<Cell> &cells, const QVector<bool> &cut) {
        QVector<cmark_node *> pieceAt(cells.size(), nullptr);
        qsizetype i = 0;
        while (i < cells.size()) {
            cmark_node *node = cells[i].node;
            if (!node || cmark_node_get_type(node) != CMARK_NODE_TEXT) {
                pieceAt[i] = node;
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < cells.size() && cells[end].node == node)
                ++end;
            const QByteArray text = literalOf(node);
            cmark_node *current = node;
            qsizetype pieceStart = i;
            pieceAt[i] = node;
            for (qsizetype j = i + 1; j <= end; ++j) {
                if (j < end && !cut[j])
                    continue;
                const qsizetype from = cells[pieceStart].byteStart;
                const qsizetype to = cells[j - 1].byteEnd;
                cmark_node *piece = current;
                cmark_node_set_literal(piece, text.mid(from, to - from).constData());
                if (j < end) {
                    cmark_node *next = textNode(QByteArray());
                    cmark_node_insert_after(piece, next);
                    current = next;
                    pieceStart = j;
                    pieceAt[j] = next;
                }
            }
            i = end;
        }
        return pieceAt;
    }

    const QByteArray &m_source;
    const SourceLines &m_lines;
    QSet<cmark_node *> m_made;
    bool m_changed = false;
};

}  // namespace

void KramdownEmphasis::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) {
    if (!source.contains('*') && !source.contains('_'))
        return;
    EmphasisPass pass(source, lines);
    QVector<Kind> enclosing;
    pass.correctPairs(document, enclosing);
    pass.walk(document, enclosing);
    if (pass.changed())
        cmark_consolidate_text_nodes(document);
}
