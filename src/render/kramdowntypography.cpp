#include "render/kramdowntypography.h"

#include "post/textencoding.h"
#include "render/kramdownrawtext.h"
#include "render/markdowndialect.h"
#include "render/sourcelines.h"

#include <cmark-gfm.h>

#include <QChar>

#include <array>
#include <cstring>
#include <vector>

namespace {

constexpr int kContext = KramdownRawText::kContext;

struct Replacement {
    int owner = 0;
    int offset = 0;  // in the text node's literal
    int length = 0;
    QByteArray text;
};

// Replays kramdown's span scan over one leaf block's text, collecting what its smart quote and typographic
// symbol parsers would print differently.
class Scan {
public:
    Scan(const KramdownRawText &text, const MarkdownDialect &dialect)
        : m_s(text.bytes), m_origins(text.origins), m_n(text.bytes.size()), m_dialect(dialect) {}

    std::vector<Replacement> run() {
        qsizetype i = 0;
        while (i < m_n) {
            if (m_origins[size_t(i)].owner == kContext) {
                ++i;  // another span element: the next character has nothing before it to look at
                continue;
            }
            const char c = at(i);
            // Emphasis, code span and link parsers come before smart quotes in kramdown's list: where cmark
            // left their delimiter as text, kramdown printed it as text too, and scanned on after it.
            if (c == '*' || c == '_' || c == '`' || c == '[') {
                ++i;
                continue;
            }
            const int length = charLength(i);
            if ((c != '\\' && isQuote(i + length)) || isQuote(i)) {
                i = smartQuote(i);
                continue;
            }
            if (c == '{' && (at(i + 1) == '{' || at(i + 1) == '%' || at(i + 1) == ':')) {
                // Liquid the preview could not run is shown as written (Jekyll would have run it before
                // kramdown), and so is a kramdown attribute list `{: ...}` (kramdown would have taken it
                // out).
                const Closing closing = at(i + 1) == '{'   ? Closing::Output
                                        : at(i + 1) == '%' ? Closing::Tag
                                                           : Closing::Attributes;
                if (const qsizetype after = skipPast(closing, i + 2); after > 0) {
                    i = after;
                    continue;
                }
            }
            if (c == '$' && at(i + 1) == '$' && isText(i + 1)) {
                if (const qsizetype after = skipPast(Closing::Math, i + 2); after > 0) {
                    i = after;  // inline math: kramdown prints it untouched
                    continue;
                }
            }
            if (m_dialect.typographicSymbols()) {
                if (const qsizetype next = symbol(i); next > i) {
                    i = next;
                    continue;
                }
            }
            i += length;
        }
        return std::move(m_replacements);
    }

private:
    enum class Closing { Output, Tag, Attributes, Math };

    // Where the text goes on after the first `closing` at or after `from`; 0 when there is none. Once one is
    // missing none is searched for again, so that a block full of unclosed `{{` stays linear.
    qsizetype skipPast(Closing closing, qsizetype from) {
        static constexpr const char *texts[] = {"}}", "%}", "}", "$$"};
        const int index = int(closing);
        if (m_unclosed[size_t(index)])
            return 0;
        const qsizetype found = m_s.indexOf(texts[index], from);
        if (found < 0) {
            m_unclosed[size_t(index)] = true;
            return 0;
        }
        return found + qsizetype(std::strlen(texts[index]));
    }

    char at(qsizetype k) const { return k >= 0 && k < m_n ? m_s.at(k) : '\0'; }
    bool isText(qsizetype k) const { return k < m_n && m_origins[size_t(k)].owner != kContext; }
    bool isQuote(qsizetype k) const { return at(k) == '"' || at(k) == '\''; }
    bool isSpace(qsizetype k) const {
        const char c = at(k);
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    }
    bool isAsciiWord(qsizetype k) const {
        const char c = at(k);
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
    bool isDigit(qsizetype k) const { return at(k) >= '0' && at(k) <= '9'; }
    int charLength(qsizetype k) const {
        return std::min<qsizetype>(TextEncoding::sequenceLength(uchar(at(k))), m_n - k);
    }

    char32_t codePointAt(qsizetype k) const {
        const QString decoded = QString::fromUtf8(m_s.constData() + k, charLength(k));
        return decoded.isEmpty() ? 0 : decoded.toUcs4().value(0);
    }
    // Ruby's \b: ASCII \w, and any letter or digit beyond ASCII.
    bool isWordChar(qsizetype k) const {
        if (k < 0 || k >= m_n)
            return false;
        if (uchar(at(k)) < 0x80)
            return isAsciiWord(k);
        while (k > 0 && (uchar(at(k)) & 0xC0) == 0x80)
            --k;
        const char32_t codePoint = codePointAt(k);
        return QChar::isLetterOrNumber(codePoint) || QChar::category(codePoint) == QChar::Mark_NonSpacing;
    }
    bool isBoundary(qsizetype k) const { return isWordChar(k - 1) != isWordChar(k); }

    // kramdown's SQ_PUNCT.
    bool isQuotePunctuation(qsizetype k) const {
        const char c = at(k);
        return c != '\0' && std::strchr("!\"#$%'()*+,-./:;<=>?@[\\]^_`{|}~", c) != nullptr;
    }
    // kramdown's SQ_CLOSE: a character after which a quote closes.
    bool closesQuote(qsizetype k) const {
        const char c = at(k);
        return k < m_n && std::strchr(" \\\t\r\n[{(-", c) == nullptr;
    }

    void replace(qsizetype k, qsizetype length, const QByteArray &text) {
        const int owner = m_origins[size_t(k)].owner;
        if (owner < 0)
            return;
        for (qsizetype j = 1; j < length; ++j) {
            if (m_origins[size_t(k + j)].owner != owner ||
                m_origins[size_t(k + j)].offset != m_origins[size_t(k)].offset + j)
                return;
        }
        m_replacements.push_back(Replacement{owner, m_origins[size_t(k)].offset, int(length), text});
    }
    void quote(qsizetype k, bool left) {
        const bool single = at(k) == '\'';
        using Q = MarkdownDialect;
        replace(k, 1,
                m_dialect.quote(single ? (left ? Q::LeftSingle : Q::RightSingle)
                                       : (left ? Q::LeftDouble : Q::RightDouble)));
    }

    // kramdown's SQ_RULES, tried in order at `a` (a quote, or the character before one); returns where the
    // scan goes on.
    qsizetype smartQuote(qsizetype a) {
        const int la = charLength(a);
        if (isQuote(a) && (at(a + 1) == '_' || at(a + 1) == '*') && a + 2 < m_n && !isSpace(a + 2)) {
            quote(a, true);
            return a + 1;
        }
        if (isQuote(a) && isQuotePunctuation(a + 1) && !(at(a + 2) == '.' && at(a + 3) == '.') &&
            !isBoundary(a + 2)) {
            quote(a, false);
            return a + 1;
        }
        const qsizetype k = isSpace(a) ? a + 1 : a;
        if (isQuote(k) && isQuote(k + 1) && at(k) != at(k + 1) && isAsciiWord(k + 2)) {
            quote(k, true);
            quote(k + 1, true);
            return k + 2;
        }
        if (at(k) == '\'' && isDigit(k + 1) && isDigit(k + 2) && at(k + 3) == 's') {
            quote(k, false);
            return k + 1;
        }
        if (isSpace(a) && isQuote(a + 1) && isAsciiWord(a + 2)) {
            quote(a + 1, true);
            return a + 2;
        }
        if (closesQuote(a) && isQuote(a + la)) {
            quote(a + la, false);
            return a + la + 1;
        }
        if (isQuote(a) && (isSpace(a + 1) || (at(a + 1) == 's' && isBoundary(a + 2)) || a + 1 >= m_n)) {
            quote(a, false);
            return a + 1;
        }
        for (const char mark : {'\'', '"'}) {
            if (at(a + la) == mark) {
                quote(a + la, true);
                return a + la + 1;
            }
            if (at(a) == mark) {
                quote(a, true);
                return a + 1;
            }
        }
        return a + la;
    }

    // kramdown's TYPOGRAPHIC_SYMS at `i`, in its order; returns where the scan goes on (i when none).
    qsizetype symbol(qsizetype i) {
        const char c = at(i);
        if (c != '-' && c != '.' && c != '<' && c != '>' && !(c == ' ' && at(i + 1) == '>'))
            return i;
        using Q = MarkdownDialect;
        struct Pattern {
            const char *text;
            Q::Symbol symbol;
        };
        static constexpr Pattern patterns[] = {
            {"---", Q::Mdash},      {"--", Q::Ndash}, {"...", Q::Hellip}, {"<< ", Q::LaquoSpace},
            {" >>", Q::RaquoSpace}, {"<<", Q::Laquo}, {">>", Q::Raquo},
        };
        for (const Pattern &pattern : patterns) {
            const qsizetype length = qsizetype(std::strlen(pattern.text));
            if (i + length > m_n || std::memcmp(m_s.constData() + i, pattern.text, size_t(length)) != 0)
                continue;
            bool text = true;
            for (qsizetype j = 0; j < length; ++j)
                text = text && isText(i + j);
            if (!text)
                continue;
            replace(i, length, m_dialect.symbol(pattern.symbol));
            return i + length;
        }
        return i;
    }

    const QByteArray &m_s;
    const std::vector<KramdownRawText::Origin> &m_origins;
    const qsizetype m_n;
    const MarkdownDialect &m_dialect;
    std::vector<Replacement> m_replacements;
    std::array<bool, 4> m_unclosed{};
};

// Whether the source lines of `block` hold anything kramdown's typography may change: a quote, `--`, `...`,
// `<<` or `>>`. Most prose has one; a block without skips the layout. Unknown lines (0) are scanned for.
bool mayNeedTypography(cmark_node *block, const QByteArray &source, const SourceLines &lines, bool symbols) {
    const int first = cmark_node_get_start_line(block);
    const int last = cmark_node_get_end_line(block);
    if (first < 1 || last < first || last > lines.lineCount())
        return true;
    const char *at = source.constData() + lines.start(first);
    const char *end = source.constData() + lines.start(last + 1);
    for (; at < end; ++at) {
        const char c = *at;
        if (c == '"' || c == '\'')
            return true;
        if (symbols && at + 1 < end && (c == '-' || c == '.' || c == '<' || c == '>') && at[1] == c)
            return true;
    }
    return false;
}

void applyToBlock(cmark_node *block, const QByteArray &source, const SourceLines &lines,
                  const MarkdownDialect &dialect) {
    const KramdownRawText text = KramdownRawText::of(block, source, lines);
    if (text.textNodes.empty())
        return;
    // In scan order, so grouped by text node in the nodes' order.
    const std::vector<Replacement> replacements = Scan(text, dialect).run();
    for (size_t r = 0; r < replacements.size();) {
        const int owner = replacements[r].owner;
        cmark_node *node = text.textNodes[size_t(owner)];
        const QByteArray literal(cmark_node_get_literal(node));
        QByteArray rewritten;
        rewritten.reserve(literal.size() + 16);
        int copied = 0;
        for (; r < replacements.size() && replacements[r].owner == owner; ++r) {
            const Replacement &replacement = replacements[r];
            rewritten.append(literal.constData() + copied, replacement.offset - copied);
            rewritten.append(replacement.text);
            copied = replacement.offset + replacement.length;
        }
        rewritten.append(literal.constData() + copied, literal.size() - copied);
        cmark_node_set_literal(node, rewritten.constData());
    }
}

// Applies to every leaf block with inline content under `node`: paragraphs, headings and table cells, in
// containers (quotes, lists, tables, footnote definitions) at any depth. Inline nodes are not walked here.
void applyUnder(cmark_node *node, const QByteArray &source, const SourceLines &lines,
                const MarkdownDialect &dialect) {
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        const cmark_node_type type = cmark_node_get_type(child);
        if ((type & CMARK_NODE_TYPE_MASK) != CMARK_NODE_TYPE_BLOCK)
            return;  // a leaf block's inlines: not ours to walk
        const bool symbols = dialect.typographicSymbols();
        if (type == CMARK_NODE_PARAGRAPH || type == CMARK_NODE_HEADING) {
            if (mayNeedTypography(child, source, lines, symbols))
                applyToBlock(child, source, lines, dialect);
        } else if (type > CMARK_NODE_FOOTNOTE_DEFINITION) {
            // A table's cells share their row's lines: the row is checked once, not each of its cells.
            if (qstrcmp(cmark_node_get_type_string(child), "table_cell") == 0)
                applyToBlock(child, source, lines, dialect);
            else if (mayNeedTypography(child, source, lines, symbols))
                applyUnder(child, source, lines, dialect);
        } else if (type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK) {
            applyUnder(child, source, lines, dialect);
        }
    }
}

}  // namespace

void KramdownTypography::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                               const MarkdownDialect &dialect) {
    if (dialect.isKramdown())
        applyUnder(document, source, lines, dialect);
}
