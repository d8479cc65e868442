#include "editor/markdownhighlighter.h"

#include "editor/markdowninlinescanner.h"
#include "editor/markdownstyle.h"

#include <QColor>
#include <QFont>
#include <QTextBlock>
#include <QTextDocument>

#include <utility>

using namespace MarkdownStyle;

namespace {

using Styles = MarkdownInlineScanner::Styles;
using LiquidTag = MarkdownInlineScanner::LiquidTag;

// Block state: what kind of line this is (low bits) plus what carries over to the next line.
enum Kind : int {
    BlankLine,
    ParagraphLine,
    HeadingLine,
    FencedLine,       // opens or continues a fenced code block; the fence's char and length are in the state
    LiquidCodeLine,   // opens or continues a {% highlight %} region
    HtmlCommentLine,  // ends inside an unclosed <!-- comment
    IndentedCodeLine,
    ListItemLine,
    OtherLine,  // thematic break, quote, closing fence, HTML or Liquid line, definition: never a paragraph
};
constexpr int KindMask = 0xf;
constexpr int InListBit = 0x10;      // a list is open: indentation belongs to its items, not to code
constexpr int SetextTextBit = 0x20;  // a paragraph line highlighted as a heading because of the next line
constexpr int InRawBit = 0x40;       // inside {% raw %}
constexpr int TildeFenceBit = 0x80;
constexpr int FenceLengthShift = 8;
constexpr int MaxFenceLength = 0xffff;
constexpr int MaxPendingChecks = 32;

int kindOf(int state) {
    return state < 0 ? BlankLine : state & KindMask;
}

void mark(Styles &styles, int from, int to, quint32 flag) {
    for (int i = from; i < to; ++i)
        styles[size_t(i)] |= flag;
}

bool isBlankChar(QChar c) {
    return c == u' ' || c == u'\t';
}

bool onlyBlanksFrom(QStringView line, int p) {
    while (p < line.size() && isBlankChar(line[p]))
        ++p;
    return p == line.size();
}

bool isSetextUnderline(QStringView line) {
    int p = 0;
    while (p < line.size() && p < 3 && line[p] == u' ')
        ++p;
    if (p >= line.size() || (line[p] != u'=' && line[p] != u'-'))
        return false;
    const QChar c = line[p];
    while (p < line.size() && line[p] == c)
        ++p;
    return onlyBlanksFrom(line, p);
}

bool isThematicBreak(QStringView line, int p) {
    const QChar c = line[p];
    if (c != u'-' && c != u'*' && c != u'_')
        return false;
    int count = 0;
    for (int i = p; i < line.size(); ++i) {
        if (line[i] == c)
            ++count;
        else if (!isBlankChar(line[i]))
            return false;
    }
    return count >= 3;
}

int runLength(QStringView line, int p, QChar c) {
    int q = p;
    while (q < line.size() && line[q] == c)
        ++q;
    return q - p;
}

bool isOpeningFence(QStringView line, int p, QChar *fenceChar, int *length) {
    const QChar c = line[p];
    if (c != u'`' && c != u'~')
        return false;
    const int run = runLength(line, p, c);
    if (run < 3 ||
        (c == u'`' && line.mid(p + run).contains(u'`')))  // a backtick info string has no backticks
        return false;
    *fenceChar = c;
    *length = std::min(run, MaxFenceLength);
    return true;
}

bool isClosingFence(QStringView line, QChar fenceChar, int length) {
    int p = 0;
    while (p < line.size() && isBlankChar(line[p]))
        ++p;
    const int run = runLength(line, p, fenceChar);
    return run >= length && run > 0 && onlyBlanksFrom(line, p + run);
}

int atxLevel(QStringView line, int p) {
    const int run = runLength(line, p, u'#');
    if (run < 1 || run > 6 || (p + run < line.size() && !isBlankChar(line[p + run])))
        return 0;
    return run;
}

struct ItemMarker {
    int markerEnd = 0;
    int contentStart = 0;
    int taskStart = -1;
};

bool listMarkerAt(QStringView line, int p, ItemMarker *m) {
    const int n = int(line.size());
    int q = p;
    if (line[p] == u'-' || line[p] == u'+' || line[p] == u'*') {
        q = p + 1;
    } else {
        while (q < n && line[q].isDigit() && line[q].unicode() < 128 && q - p < 10)
            ++q;
        if (q == p || q - p > 9 || q >= n || (line[q] != u'.' && line[q] != u')'))
            return false;
        ++q;
    }
    if (q < n && !isBlankChar(line[q]))
        return false;
    m->markerEnd = q;
    while (q < n && isBlankChar(line[q]))
        ++q;
    m->contentStart = q;
    if (q + 2 < n && line[q] == u'[' && QStringView(u" xX").contains(line[q + 1]) && line[q + 2] == u']' &&
        (q + 3 == n || isBlankChar(line[q + 3]))) {
        m->taskStart = q;
        q += 3;
        while (q < n && isBlankChar(line[q]))
            ++q;
        m->contentStart = q;
    }
    return true;
}

void markListMarker(Styles &styles, int p, const ItemMarker &m) {
    mark(styles, p, m.markerEnd, ListMarker);
    if (m.taskStart >= 0)
        mark(styles, m.taskStart, m.taskStart + 3, TaskMarker);
}

int scanRest(const QString &text, int from, Styles &styles, int kind) {
    return MarkdownInlineScanner::scan(text, from, int(text.size()), styles) ? HtmlCommentLine : kind;
}

struct Line {
    const QString &text;
    Styles &styles;
    const QList<LiquidTag> &tags;
    int previous;            // the previous line's state, BlankLine when there is none
    const QTextBlock block;  // for the setext look-ahead
};

int atxHeading(const Line &l, int p, int level) {
    const int n = int(l.text.size());
    mark(l.styles, 0, n, Heading);
    mark(l.styles, p, p + level, Marker);
    int end = n;
    while (end > p + level && isBlankChar(l.text[end - 1]))
        --end;
    int close = end;
    while (close > p + level && l.text[close - 1] == u'#')
        --close;
    if (close < end && (close == p + level || isBlankChar(l.text[close - 1])))
        mark(l.styles, close, end, Marker);
    return scanRest(l.text, p + level, l.styles, HeadingLine);
}

int quoteLine(const Line &l, int p) {
    const QString &text = l.text;
    const int n = int(text.size());
    int q = p;
    while (q < n && text[q] == u'>') {
        l.styles[size_t(q)] |= Marker;
        ++q;
        int r = q;
        while (r < n && r - q < 4 && text[r] == u' ')
            ++r;
        q = (r < n && text[r] == u'>') ? r : std::min(q + 1, r);
    }
    mark(l.styles, q, n, Quote);
    int content = q;
    ItemMarker m;
    if (q >= n) {
        return OtherLine;
    } else if (const int level = atxLevel(text, q)) {
        mark(l.styles, q, n, Heading);
        mark(l.styles, q, q + level, Marker);
        content = q + level;
    } else if (listMarkerAt(text, q, &m)) {
        markListMarker(l.styles, q, m);
        content = m.contentStart;
    }
    return scanRest(text, content, l.styles, OtherLine);
}

// [label]: destination "title" and [^note]: text. Returns -1 when the line is not a definition.
int definitionLine(const Line &l, int p) {
    const QString &text = l.text;
    const int n = int(text.size());
    int k = p + 1;
    while (k < n && text[k] != u']' && text[k] != u'[')
        ++k;
    if (k + 1 >= n || k == p + 1 || text[k] != u']' || text[k + 1] != u':')
        return -1;
    if (text[p + 1] == u'^') {
        mark(l.styles, p, k + 2, FootnoteRef);
        return scanRest(text, k + 2, l.styles, OtherLine);
    }
    mark(l.styles, p, k + 2, Marker);
    mark(l.styles, p + 1, k, LinkText);
    int u = k + 2;
    while (u < n && isBlankChar(text[u]))
        ++u;
    int end = u;
    while (end < n && !text[end].isSpace())
        ++end;
    mark(l.styles, u, end, Url);
    return OtherLine;
}

int classifyLine(const Line &l) {
    const QString &text = l.text;
    Styles &styles = l.styles;
    const int n = int(text.size());
    const int prevKind = kindOf(l.previous);
    const bool prevInList = l.previous & InListBit;
    const int list = prevInList ? InListBit : 0;

    int p = 0;
    int columns = 0;
    while (p < n && isBlankChar(text[p])) {
        columns = text[p] == u'\t' ? (columns / 4 + 1) * 4 : columns + 1;
        ++p;
    }
    if (p == n)
        return BlankLine | list;

    // Indented code cannot interrupt a paragraph, and inside a list the indentation belongs to the items.
    if (columns >= 4 && !prevInList &&
        (prevKind == BlankLine || prevKind == IndentedCodeLine || prevKind == HeadingLine ||
         prevKind == OtherLine)) {
        mark(styles, 0, n, Code);
        return IndentedCodeLine;
    }
    QChar fenceChar;
    int fenceLength = 0;
    if ((columns <= 3 || prevInList) && isOpeningFence(text, p, &fenceChar, &fenceLength)) {
        mark(styles, 0, n, Code);
        mark(styles, p, p + fenceLength, Marker);
        return FencedLine | list | (fenceChar == u'~' ? TildeFenceBit : 0) |
               (fenceLength << FenceLengthShift);
    }
    if (!l.tags.isEmpty() && l.tags.first().start == p && l.tags.first().name == u"highlight") {
        for (qsizetype t = 1; t < l.tags.size(); ++t) {
            if (l.tags[t].name == u"endhighlight") {
                mark(styles, l.tags.first().end, l.tags[t].start, Code);
                return scanRest(text, l.tags[t].end, styles, OtherLine) | list;
            }
        }
        mark(styles, l.tags.first().end, n, Code);
        return LiquidCodeLine | list;
    }
    if (columns <= 3) {
        if (const int level = atxLevel(text, p))
            return atxHeading(l, p, level);
        if (prevKind == ParagraphLine && !prevInList && isSetextUnderline(text)) {
            mark(styles, 0, n, Heading | Marker);
            return OtherLine;
        }
        if (isThematicBreak(text, p)) {
            mark(styles, 0, n, ThematicBreak | Marker);
            return OtherLine;
        }
        if (text[p] == u'>')
            return quoteLine(l, p);
        if (text[p] == u'[') {
            const int state = definitionLine(l, p);
            if (state >= 0)
                return state | list;
        }
    }
    ItemMarker m;
    if ((columns <= 3 || prevInList) && listMarkerAt(text, p, &m)) {
        markListMarker(styles, p, m);
        return scanRest(text, m.contentStart, styles, ListItemLine) | InListBit;
    }

    const bool commentOpen = MarkdownInlineScanner::scan(text, p, n, styles);
    if (text[p] == u'|')
        MarkdownInlineScanner::scanTableRow(text, p, styles);
    if (commentOpen)
        return HtmlCommentLine | list;
    // A line that opens with HTML or a Liquid tag is an HTML block or template logic, not paragraph text.
    if ((styles[size_t(p)] & Html) || ((styles[size_t(p)] & Liquid) && p + 1 < n && text[p + 1] == u'%'))
        return OtherLine | list;

    // A paragraph line continues a list lazily, or as an indented continuation after a blank line.
    const bool inList = prevInList && (columns > 0 || prevKind == ListItemLine || prevKind == ParagraphLine);
    if (!inList) {
        const QTextBlock next = l.block.next();
        if (next.isValid() && isSetextUnderline(next.text())) {
            mark(styles, 0, n, Heading);
            return ParagraphLine | SetextTextBit;
        }
    }
    return ParagraphLine | (inList ? InListBit : 0);
}

int highlightLine(const Line &l) {
    const QString &text = l.text;
    const int n = int(text.size());
    const int list = l.previous & InListBit;
    switch (kindOf(l.previous)) {
        case FencedLine: {
            const QChar fenceChar = (l.previous & TildeFenceBit) ? u'~' : u'`';
            mark(l.styles, 0, n, Code);
            if (isClosingFence(text, fenceChar, l.previous >> FenceLengthShift)) {
                mark(l.styles, 0, n, Marker);
                return OtherLine | list;
            }
            return l.previous;
        }
        case LiquidCodeLine:
            for (const LiquidTag &tag : l.tags) {
                if (tag.name == u"endhighlight") {
                    mark(l.styles, 0, tag.start, Code);
                    return scanRest(text, tag.end, l.styles, OtherLine) | list;
                }
            }
            mark(l.styles, 0, n, Code);
            return LiquidCodeLine | list;
        case HtmlCommentLine: {
            const int close = int(text.indexOf(QLatin1String("-->")));
            if (close < 0) {
                mark(l.styles, 0, n, Html);
                return HtmlCommentLine | list;
            }
            mark(l.styles, 0, close + 3, Html);
            return scanRest(text, close + 3, l.styles, OtherLine) | list;
        }
        default:
            return classifyLine(l);
    }
}

}  // namespace

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {
    // Connected after QSyntaxHighlighter's own connection, so the block states are already updated.
    connect(document, &QTextDocument::contentsChange, this, &MarkdownHighlighter::queueSetextCheck);
}

void MarkdownHighlighter::highlightBlock(const QString &text) {
    const int previous = previousBlockState() < 0 ? BlankLine : previousBlockState();
    m_styles.assign(size_t(text.size()), 0);
    // Jekyll runs Liquid before Markdown, so Liquid is live everywhere, code blocks included.
    bool inRaw = previous & InRawBit;
    const QList<LiquidTag> tags = MarkdownInlineScanner::scanLiquid(text, m_styles, inRaw);
    const int state = highlightLine(Line{text, m_styles, tags, previous & ~InRawBit, currentBlock()});
    // Thousands of format ranges on one huge line (a 10,000-column table) make every keystroke re-lay it out
    // for hundreds of milliseconds; such a line keeps its state for the lines after it but is shown plain.
    if (text.size() <= m_maxStyledLineLength)
        applyStyles(m_styles);
    setCurrentBlockState(inRaw ? (state | InRawBit) : (state & ~InRawBit));
}

void MarkdownHighlighter::applyStyles(const Styles &styles) {
    const int n = int(styles.size());
    for (int i = 0; i < n;) {
        const quint32 style = styles[size_t(i)];
        int j = i + 1;
        while (j < n && styles[size_t(j)] == style)
            ++j;
        if (style != None)
            setFormat(i, j - i, formatForStyles(style));
        i = j;
    }
}

void MarkdownHighlighter::setColors(const EditorColors &colors) {
    m_colors = colors;
    m_formats.clear();
    rehighlight();
}

QTextCharFormat MarkdownHighlighter::formatForStyles(quint32 styles) const {
    const auto cached = m_formats.constFind(styles);
    if (cached != m_formats.constEnd())
        return *cached;
    // Later rules win: code and Liquid colours over link colours, syntax markers greyed out last.
    QTextCharFormat format;
    format.setProperty(StyleProperty, int(styles));
    if (styles & Quote)
        format.setForeground(m_colors.quote);
    if (styles & Heading) {
        format.setFontWeight(QFont::Bold);
        format.setForeground(m_colors.heading);
    }
    if (styles & (LinkText | FootnoteRef))
        format.setForeground(m_colors.link);
    if (styles & Emphasis)
        format.setFontItalic(true);
    if (styles & Strong)
        format.setFontWeight(QFont::Bold);
    if (styles & Strikethrough)
        format.setFontStrikeOut(true);
    if (styles & Url)
        format.setForeground(m_colors.url);
    if (styles & (ListMarker | TaskMarker)) {
        format.setForeground(m_colors.listMarker);
        format.setFontWeight(QFont::Bold);
    }
    if (styles & Html)
        format.setForeground(m_colors.html);
    if (styles & Code) {
        format.setForeground(m_colors.code);
        format.setBackground(m_colors.codeBackground);
    }
    if (styles & Liquid) {
        format.setForeground(m_colors.liquid);
        format.setBackground(m_colors.liquidBackground);
    }
    if (styles & (Marker | ThematicBreak))
        format.setForeground(m_colors.marker);
    m_formats.insert(styles, format);
    return format;
}

bool MarkdownHighlighter::isCodeLine(const QTextBlock &block) {
    const int kind = kindOf(block.userState());
    return kind == FencedLine || kind == LiquidCodeLine || kind == IndentedCodeLine;
}

// A paragraph line's heading look depends on the line below it, which QSyntaxHighlighter does not revisit
// when only the line below changed. Check the line above each change once control returns to the event loop.
void MarkdownHighlighter::queueSetextCheck(int position, int charsRemoved, int charsAdded) {
    if ((charsRemoved == 0 && charsAdded == 0) || !document())
        return;
    const QTextBlock above = document()->findBlock(position).previous();
    if (!above.isValid() || kindOf(above.userState()) != ParagraphLine)
        return;
    if (m_pendingSetextChecks.size() < MaxPendingChecks &&
        (m_pendingSetextChecks.isEmpty() || m_pendingSetextChecks.last().block() != above))
        m_pendingSetextChecks.append(QTextCursor(above));
    if (!m_setextCheckQueued) {
        m_setextCheckQueued = true;
        QMetaObject::invokeMethod(this, &MarkdownHighlighter::checkSetextHeadings, Qt::QueuedConnection);
    }
}

void MarkdownHighlighter::checkSetextHeadings() {
    m_setextCheckQueued = false;
    const QList<QTextCursor> pending = std::exchange(m_pendingSetextChecks, {});
    for (const QTextCursor &cursor : pending) {
        const QTextBlock block = cursor.block();
        const int state = block.userState();
        if (!block.isValid() || kindOf(state) != ParagraphLine || (state & InListBit))
            continue;
        const QTextBlock next = block.next();
        const bool underlined = next.isValid() && isSetextUnderline(next.text());
        if (underlined != bool(state & SetextTextBit))
            rehighlightBlock(block);
    }
}
