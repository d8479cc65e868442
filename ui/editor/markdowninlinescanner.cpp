#include "editor/markdowninlinescanner.h"

#include "editor/markdownstyle.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <climits>

using namespace MarkdownStyle;

namespace {

using Styles = MarkdownInlineScanner::Styles;

// Private to the scanner: the character after a backslash. Cleared before scan() returns.
constexpr quint32 Escaped = 1u << 31;
// Characters no other inline construct may start, end or look into.
constexpr quint32 Opaque = Code | Html | Url | Liquid | Escaped;

bool isAsciiPunct(QChar c) {
    const char16_t u = c.unicode();
    return (u >= '!' && u <= '/') || (u >= ':' && u <= '@') || (u >= '[' && u <= '`') ||
           (u >= '{' && u <= '~');
}

bool isPunct(QChar c) {
    return c.isPunct() || c.isSymbol();
}

void mark(Styles &styles, int from, int to, quint32 flag) {
    for (int i = from; i < to; ++i)
        styles[size_t(i)] |= flag;
}

class InlineScan {
public:
    InlineScan(QStringView text, int from, int to, Styles &styles) : t(text), from(from), to(to), s(styles) {}

    bool run() {
        const bool commentOpen = scanOpaque();
        scanDelimiters();
        finish();
        return commentOpen;
    }

private:
    struct Delim {
        QChar ch;
        int start;  // first unused character of the run
        int rem;    // unused characters left
        int orig;   // length of the run as written
        bool canOpen;
        bool canClose;
    };
    struct Bracket {
        int pos;
        bool image;
        size_t delimDepth;  // delimiter stack size when the bracket opened
    };

    // Nested ranges (emphasis inside emphasis, images inside links) are recorded as +1/-1 pairs and summed
    // once at the end, so deep nesting costs O(1) per range instead of a pass over its text.
    enum RangeKind { StrongRange, EmphasisRange, StrikeRange, LinkRange, RangeKinds };
    static constexpr quint32 rangeFlag[RangeKinds] = {Strong, Emphasis, Strikethrough, LinkText};

    void addRange(RangeKind kind, int a, int b) {
        if (a >= b)
            return;
        std::vector<int> &d = diff[kind];
        if (d.empty())
            d.assign(size_t(t.size()) + 1, 0);
        ++d[size_t(a)];
        --d[size_t(b)];
    }

    // Phase 1, left to right: the constructs that bind tightest (code spans, HTML, autolinks, escapes).
    bool scanOpaque() {
        struct Run {
            int start;
            int len;
            int next;  // index of the next run of the same length, or -1
        };
        std::vector<Run> runs;
        for (int i = from; i < to;) {
            if (t[i] == u'`') {
                int j = i;
                while (j < to && t[j] == u'`')
                    ++j;
                runs.push_back({i, j - i, -1});
                i = j;
            } else {
                ++i;
            }
        }
        QHash<int, int> nextByLength;
        for (int k = int(runs.size()) - 1; k >= 0; --k) {
            Run &r = runs[size_t(k)];
            r.next = nextByLength.value(r.len, -1);
            nextByLength.insert(r.len, k);
        }

        size_t runIndex = 0;
        int i = from;
        while (i < to) {
            const QChar c = t[i];
            if (s[size_t(i)] & Liquid) {
                ++i;
            } else if (c == u'\\' && i + 1 < to && isAsciiPunct(t[i + 1])) {
                s[size_t(i)] |= Marker;
                s[size_t(i) + 1] |= Escaped;
                i += 2;
            } else if (c == u'`') {
                while (runIndex < runs.size() && runs[runIndex].start + runs[runIndex].len <= i)
                    ++runIndex;
                const Run &r = runs[runIndex];
                if (r.start != i) {  // the rest of a run whose first backtick was escaped
                    i = r.start + r.len;
                } else if (r.next >= 0) {
                    const Run &close = runs[size_t(r.next)];
                    const int end = close.start + close.len;
                    mark(s, i, end, Code);
                    mark(s, i, i + r.len, Marker);
                    mark(s, close.start, end, Marker);
                    i = end;
                    runIndex = size_t(r.next) + 1;
                } else {
                    i += r.len;
                }
            } else if (c == u'<') {
                const int end = scanAngle(i);
                if (commentOpen)
                    return true;
                i = end > i ? end : i + 1;
            } else if (c == u'h' && (i == from || !t[i - 1].isLetterOrNumber())) {
                const int end = scanBareUrl(i);
                i = end > i ? end : i + 1;
            } else {
                ++i;
            }
        }
        return false;
    }

    // An HTML comment, autolink or tag at '<'. Returns the index after it, or i when there is none. Each scan
    // stops at the next '<' (or at "-->", found once per line), so the scans of successive '<' never overlap.
    int scanAngle(int i) {
        if (t.mid(i, 4) == u"<!--") {
            int close = i + 4 < noCommentClose ? int(t.indexOf(u"-->", i + 4)) : -1;
            if (close + 3 > to)
                close = -1;
            if (close < 0) {
                noCommentClose = i;
                mark(s, i, to, Html);
                commentOpen = true;
                return to;
            }
            mark(s, i, close + 3, Html);
            return close + 3;
        }
        // Autolink: <scheme:...> or <user@host>, no spaces inside.
        int j = i + 1;
        int colon = -1;
        bool at = false;
        while (j < to && !t[j].isSpace() && t[j] != u'<' && t[j] != u'>') {
            if (t[j] == u':' && colon < 0)
                colon = j;
            at = at || t[j] == u'@';
            ++j;
        }
        if (j < to && t[j] == u'>' && j > i + 1) {
            bool scheme = colon > i + 2 && colon - i - 1 <= 32 && t[i + 1].isLetter();
            for (int k = i + 1; scheme && k < colon; ++k)
                scheme = t[k].isLetterOrNumber() || t[k] == u'+' || t[k] == u'.' || t[k] == u'-';
            if (scheme || at) {
                s[size_t(i)] |= Marker;
                s[size_t(j)] |= Marker;
                mark(s, i + 1, j, Url);
                return j + 1;
            }
        }
        // Tag: <name ...>, </name>, <!DOCTYPE ...>.
        j = i + 1;
        if (j < to && (t[j] == u'/' || t[j] == u'!'))
            ++j;
        if (j >= to || !t[j].isLetter())
            return i;
        while (j < to && (t[j].isLetterOrNumber() || t[j] == u'-'))
            ++j;
        if (j < to && !t[j].isSpace() && t[j] != u'/' && t[j] != u'>')
            return i;
        while (j < to && t[j] != u'>' && t[j] != u'<')
            ++j;
        if (j >= to || t[j] != u'>')
            return i;
        mark(s, i, j + 1, Html);
        return j + 1;
    }

    // A bare http(s) URL (GFM extended autolink), without trailing punctuation or an unbalanced ')'.
    int scanBareUrl(int i) {
        const QStringView rest = t.mid(i, std::min(8, to - i));
        int j = i;
        if (rest.startsWith(u"https://"))
            j += 8;
        else if (rest.startsWith(u"http://"))
            j += 7;
        else
            return i;
        const int hostStart = j;
        int open = 0;
        int close = 0;
        while (j < to && !t[j].isSpace() && t[j] != u'<' && !(s[size_t(j)] & Liquid)) {
            open += t[j] == u'(';
            close += t[j] == u')';
            ++j;
        }
        while (j > hostStart) {
            const QChar last = t[j - 1];
            if (QStringView(u".,:;!?\"'*_~").contains(last)) {
                --j;
            } else if (last == u')' && close > open) {
                --close;
                --j;
            } else {
                break;
            }
        }
        if (j == hostStart)
            return i;
        mark(s, i, j, Url);
        return j;
    }

    // Phase 2, left to right: brackets (links, images, footnotes) and emphasis delimiter runs.
    void scanDelimiters() {
        int i = from;
        while (i < to) {
            const QChar c = t[i];
            if (s[size_t(i)] & Opaque) {
                ++i;
            } else if (c == u'!' && i + 1 < to && t[i + 1] == u'[' && !(s[size_t(i) + 1] & Opaque)) {
                brackets.push_back({i, true, delims.size()});
                i += 2;
            } else if (c == u'[') {
                brackets.push_back({i, false, delims.size()});
                ++i;
            } else if (c == u']') {
                i = closeBracket(i);
            } else if (c == u'*' || c == u'_' || c == u'~') {
                i = delimiterRun(i);
            } else {
                ++i;
            }
        }
    }

    int closeBracket(int i) {
        if (brackets.empty())
            return i + 1;
        const Bracket open = brackets.back();
        brackets.pop_back();
        const int textStart = open.pos + (open.image ? 2 : 1);
        const bool inlineLink = i + 1 < to && t[i + 1] == u'(';
        if (!open.image && textStart < i && t[textStart] == u'^' && !inlineLink) {
            mark(s, open.pos, i + 1, FootnoteRef);
            dropDelimitersFrom(open.delimDepth);
            return i + 1;
        }
        int end = -1;
        if (inlineLink) {
            // The destination may nest parentheses; it stops at the next bracket so scans never overlap.
            int depth = 0;
            for (int k = i + 2; k < to; ++k) {
                const QChar ch = t[k];
                if (ch == u'\\') {
                    ++k;
                } else if (ch == u'[' || ch == u']') {
                    break;
                } else if (ch == u'(') {
                    ++depth;
                } else if (ch == u')' && depth-- == 0) {
                    end = k;
                    break;
                }
            }
        } else if (i + 1 < to && t[i + 1] == u'[') {  // [text][label]
            int k = i + 2;
            while (k < to && t[k] != u']' && t[k] != u'[')
                ++k;
            if (k < to && t[k] == u']')
                end = k;
        }
        if (end < 0)
            return i + 1;
        addRange(LinkRange, textStart, i);
        mark(s, open.pos, textStart, Marker);
        mark(s, i, i + 2, Marker);
        s[size_t(end)] |= Marker;
        mark(s, i + 2, end, Url);
        dropDelimitersFrom(open.delimDepth);
        if (!open.image)  // links cannot contain links
            brackets.clear();
        return end + 1;
    }

    int delimiterRun(int i) {
        const QChar ch = t[i];
        int j = i;
        while (j < to && t[j] == ch && !(s[size_t(j)] & Opaque))
            ++j;
        const int len = j - i;
        const QChar before = i > 0 ? t[i - 1] : QChar(u' ');
        const QChar after = j < t.size() ? t[j] : QChar(u' ');
        const bool spaceBefore = before.isSpace();
        const bool spaceAfter = after.isSpace();
        const bool punctBefore = isPunct(before);
        const bool punctAfter = isPunct(after);
        const bool leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
        const bool rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
        Delim d{ch, i, len, len, leftFlanking, rightFlanking};
        if (ch == u'_') {  // no intraword emphasis with underscores
            d.canOpen = leftFlanking && (!rightFlanking || punctBefore);
            d.canClose = rightFlanking && (!leftFlanking || punctAfter);
        } else if (ch == u'~' && len != 2) {
            return j;
        }
        if (d.canClose)
            matchCloser(d);
        if (d.rem > 0 && d.canOpen)
            delims.push_back(d);
        return j;
    }

    static int charIndex(QChar ch) { return ch == u'*' ? 0 : ch == u'_' ? 1 : 2; }

    // CommonMark's "process emphasis" run online: the closer looks down the stack for the nearest opener of
    // its kind. openersBottom remembers how far a failed search went, so no part of the stack is searched
    // twice.
    void matchCloser(Delim &d) {
        while (d.rem > 0) {
            int &bottom = openersBottom[size_t(charIndex(d.ch))][d.canOpen ? 1 : 0][size_t(d.orig % 3)];
            int found = -1;
            for (int k = int(delims.size()) - 1; k >= bottom; --k) {
                const Delim &o = delims[size_t(k)];
                if (o.ch != d.ch)
                    continue;
                const bool ruleOf3 = (o.canClose || d.canOpen) && (o.orig + d.orig) % 3 == 0 &&
                                     !(o.orig % 3 == 0 && d.orig % 3 == 0);
                if (ruleOf3 && d.ch != u'~')
                    continue;
                found = k;
                break;
            }
            if (found < 0) {
                bottom = int(delims.size());
                return;
            }
            Delim &o = delims[size_t(found)];
            const int use = d.ch == u'~' ? 2 : (o.rem >= 2 && d.rem >= 2 ? 2 : 1);
            const int contentStart = o.start + o.rem;
            mark(s, contentStart - use, contentStart, Marker);
            mark(s, d.start, d.start + use, Marker);
            addRange(d.ch == u'~' ? StrikeRange
                     : use == 2   ? StrongRange
                                  : EmphasisRange,
                     contentStart, d.start);
            o.rem -= use;
            d.start += use;
            d.rem -= use;
            dropDelimitersFrom(size_t(o.rem > 0 ? found + 1 : found));
        }
    }

    void dropDelimitersFrom(size_t depth) {
        if (depth >= delims.size())
            return;
        delims.resize(depth);
        for (auto &byCanOpen : openersBottom)
            for (auto &byLength : byCanOpen)
                for (int &bottom : byLength)
                    bottom = std::min(bottom, int(depth));
    }

    void finish() {
        for (int k = 0; k < RangeKinds; ++k) {
            const std::vector<int> &d = diff[k];
            if (d.empty())
                continue;
            int depth = 0;
            for (int i = from; i < to; ++i) {
                depth += d[size_t(i)];
                if (depth > 0)
                    s[size_t(i)] |= rangeFlag[k];
            }
        }
        for (int i = from; i < to; ++i)
            s[size_t(i)] &= ~Escaped;
    }

    QStringView t;
    int from;
    int to;
    Styles &s;
    bool commentOpen = false;
    int noCommentClose = INT_MAX;  // no "-->" starts at or after this index
    std::vector<Delim> delims;
    std::vector<Bracket> brackets;
    std::array<std::array<std::array<int, 3>, 2>, 3> openersBottom{};
    std::array<std::vector<int>, RangeKinds> diff;
};

}  // namespace

QList<MarkdownInlineScanner::LiquidTag> MarkdownInlineScanner::scanLiquid(QStringView text, Styles &styles,
                                                                          bool &inRaw) {
    QList<LiquidTag> tags;
    const int n = int(text.size());
    // The closer found last for each kind, and where a failed search proved there is none: together they make
    // every search start past the previous one, so a line of unclosed "{%" stays linear.
    int lastClose[2] = {-1, -1};
    int noClose[2] = {n, n};
    int i = 0;
    while (i + 1 < n) {
        if (text[i] != u'{' || (text[i + 1] != u'%' && text[i + 1] != u'{')) {
            ++i;
            continue;
        }
        const int kind = text[i + 1] == u'%' ? 0 : 1;
        int close = -1;
        if (lastClose[kind] >= i + 2) {
            close = lastClose[kind];
        } else if (i + 2 < noClose[kind]) {
            close = int(text.indexOf(kind == 0 ? u"%}" : u"}}", i + 2));
            if (close < 0)
                noClose[kind] = i + 2;
            lastClose[kind] = close;
        }
        if (close < 0) {
            i += 2;
            continue;
        }
        const int end = close + 2;
        if (kind == 1) {
            if (!inRaw)
                mark(styles, i, end, Liquid);
            i = inRaw ? i + 2 : end;
            continue;
        }
        int k = i + 2;
        if (k < close && text[k] == u'-')
            ++k;
        while (k < close && text[k].isSpace())
            ++k;
        const int nameStart = k;
        while (k < close && (text[k].isLetterOrNumber() || text[k] == u'_'))
            ++k;
        const QStringView name = text.mid(nameStart, k - nameStart);
        if (inRaw && name != u"endraw") {
            i += 2;
            continue;
        }
        mark(styles, i, end, Liquid);
        tags.append({i, end, name});
        if (name == u"raw")
            inRaw = true;
        else if (name == u"endraw")
            inRaw = false;
        i = end;
    }
    return tags;
}

bool MarkdownInlineScanner::scan(QStringView text, int from, int to, Styles &styles) {
    if (from >= to)
        return false;
    return InlineScan(text, from, to, styles).run();
}

void MarkdownInlineScanner::scanTableRow(QStringView text, int from, Styles &styles) {
    const int n = int(text.size());
    bool delimiterRow = false;
    bool onlyDelimiterChars = true;
    for (int i = from; i < n && onlyDelimiterChars; ++i) {
        const QChar c = text[i];
        delimiterRow = delimiterRow || c == u'-';
        onlyDelimiterChars = c == u'|' || c == u'-' || c == u':' || c.isSpace();
    }
    if (delimiterRow && onlyDelimiterChars) {
        mark(styles, from, n, Marker);
        return;
    }
    for (int i = from; i < n; ++i) {
        if (text[i] == u'|' && (i == 0 || text[i - 1] != u'\\') &&
            !(styles[size_t(i)] & (Code | Liquid | Html)))
            styles[size_t(i)] |= Marker;
    }
}
