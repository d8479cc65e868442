#include "render/liquidpreprocessor.h"

#include <QChar>
#include <QHash>
#include <QList>
#include <QVector>

#include <algorithm>
#include <optional>

namespace {

bool isSpaceOrTab(char c) {
    return c == ' ' || c == '\t';
}
// CommonMark ends a line at \n, \r or \r\n; the preprocessor never adds or drops one (lone CRs become LF).
bool isLineEnd(char c) {
    return c == '\n' || c == '\r';
}

qsizetype lineStartBefore(const QByteArray &text, qsizetype pos) {
    while (pos > 0 && !isLineEnd(text.at(pos - 1)))
        --pos;
    return pos;
}

qsizetype lineEndAfter(const QByteArray &text, qsizetype pos) {
    while (pos < text.size() && !isLineEnd(text.at(pos)))
        ++pos;
    return pos;
}

bool onlySpacesBetween(const QByteArray &text, qsizetype from, qsizetype to) {
    for (qsizetype i = from; i < to; ++i) {
        if (!isSpaceOrTab(text.at(i)))
            return false;
    }
    return true;
}

void appendSlice(QByteArray &out, const QByteArray &text, qsizetype from, qsizetype to) {
    out.append(text.constData() + from, to - from);
}

// Strips Liquid's whitespace-control dashes (`{%-`, `-}}`) and the blanks around the markup.
QByteArray innerMarkup(QByteArray inner) {
    inner = inner.trimmed();
    if (inner.startsWith('-'))
        inner.remove(0, 1);
    if (inner.endsWith('-'))
        inner.chop(1);
    return inner.trimmed();
}

struct Tag {
    qsizetype begin = -1;  // at "{%"
    qsizetype end = -1;    // just after "%}"; -1 when the tag is never closed
    QByteArray name;
    QByteArray markup;  // what follows the name
};

// `close` is the position of the "%}" that ends the tag started at `at`, or -1.
Tag parseTag(const QByteArray &text, qsizetype at, qsizetype close) {
    Tag tag;
    tag.begin = at;
    if (close < 0)
        return tag;
    tag.end = close + 2;
    const QByteArray inner = innerMarkup(text.mid(at + 2, close - at - 2));
    qsizetype nameEnd = 0;
    while (nameEnd < inner.size() && !QChar::isSpace(uchar(inner.at(nameEnd))))
        ++nameEnd;
    tag.name = inner.left(nameEnd);
    tag.markup = inner.mid(nameEnd).trimmed();
    return tag;
}

// Every `{%-? name -?%}` in the text, matched like Liquid's own raw/comment scanners: whatever sits between
// (even a stray `{%`) does not hide one.
QVector<Tag> endTags(const QByteArray &text, const QByteArray &name) {
    QVector<Tag> tags;
    for (qsizetype at = text.indexOf("{%"); at >= 0; at = text.indexOf("{%", at + 2)) {
        qsizetype i = at + 2;
        if (i < text.size() && text.at(i) == '-')
            ++i;
        while (i < text.size() && QChar::isSpace(uchar(text.at(i))))
            ++i;
        if (text.mid(i, name.size()) != name)
            continue;
        i += name.size();
        while (i < text.size() && QChar::isSpace(uchar(text.at(i))))
            ++i;
        if (i < text.size() && text.at(i) == '-')
            ++i;
        if (text.mid(i, 2) != "%}")
            continue;
        Tag tag;
        tag.begin = at;
        tag.end = i + 2;
        tag.name = name;
        tags.append(tag);
    }
    return tags;
}

// indexOf for a needle looked up at increasing positions, scanning each byte once however many tags are left
// open: typing `{%` a thousand times must not make the preview quadratic.
class ForwardFinder {
public:
    ForwardFinder(const QByteArray &text, const char *needle) : m_text(text), m_needle(needle) {}

    qsizetype next(qsizetype pos) {
        if (m_searchedFrom >= 0 && pos >= m_searchedFrom && (m_found < 0 || m_found >= pos))
            return m_found;
        m_searchedFrom = pos;
        m_found = m_text.indexOf(m_needle, pos);
        return m_found;
    }

private:
    const QByteArray &m_text;
    const char *m_needle;
    qsizetype m_searchedFrom = -1;
    qsizetype m_found = -1;
};

bool hasUrlScheme(const QByteArray &url) {
    if (url.startsWith("//"))
        return true;
    for (qsizetype i = 0; i < url.size(); ++i) {
        const char c = url.at(i);
        if (c == ':')
            return i > 0;
        const bool schemeChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'));
        if (!schemeChar)
            return false;
    }
    return false;
}

// The value the preview should use for a `{{ ... }}` that only builds a site URL; nullopt for anything else.
// The preview serves the site root at "/", so site.url and site.baseurl are empty there.
std::optional<QByteArray> siteUrlOutput(const QByteArray &rawExpression) {
    // One spanning lines stays as it is: replacing it would take its line breaks with it.
    if (rawExpression.contains('\n') || rawExpression.contains('\r'))
        return std::nullopt;
    const QByteArray expression = innerMarkup(rawExpression);
    if (expression == "site.url" || expression == "site.baseurl")
        return QByteArray();
    if (expression.isEmpty() || (expression.at(0) != '\'' && expression.at(0) != '"'))
        return std::nullopt;
    const qsizetype closeQuote = expression.indexOf(expression.at(0), 1);
    if (closeQuote < 0)
        return std::nullopt;
    QByteArray path = expression.mid(1, closeQuote - 1);
    const QList<QByteArray> filters = expression.mid(closeQuote + 1).split('|');
    if (filters.size() < 2 || !filters.first().trimmed().isEmpty())
        return std::nullopt;
    bool siteRoot = false;
    for (qsizetype i = 1; i < filters.size(); ++i) {
        QByteArray filter = filters.at(i).simplified();
        filter.replace(" ", "");
        if (filter == "relative_url" || filter == "absolute_url")
            siteRoot = true;
        else if (filter != "prepend:site.baseurl")
            return std::nullopt;
    }
    // Jekyll's relative_url/absolute_url leave a full URL alone and root every other path.
    if (siteRoot && !hasUrlScheme(path) && !path.startsWith('/'))
        path.prepend('/');
    return path;
}

QByteArray codeLanguage(const QByteArray &markup) {
    QByteArray language;
    for (const char c : markup) {
        const bool allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                             c == '_' || c == '+' || c == '#' || c == '.' || c == '-';
        if (!allowed)
            break;
        language.append(c);
    }
    return language;
}

int longestBacktickRun(const QByteArray &code) {
    int longest = 0;
    int run = 0;
    for (const char c : code) {
        run = c == '`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}

// Every ASCII punctuation byte as a numeric character reference: literal in an HTML block, and never Markdown
// syntax inside a paragraph either. Line endings are kept.
QByteArray escapeAsCharacterReferences(const QByteArray &code) {
    QByteArray escaped;
    escaped.reserve(code.size() * 2);
    for (const char c : code) {
        const bool punctuation = (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
                                 (c >= '{' && c <= '~');
        if (punctuation)
            escaped.append("&#").append(QByteArray::number(int(c))).append(';');
        else
            escaped.append(c);
    }
    return escaped;
}

class Scanner {
public:
    explicit Scanner(const QByteArray &text) : m_text(text) { m_out.reserve(text.size()); }

    QByteArray run() {
        qsizetype pos = 0;
        while (pos < m_text.size()) {
            const qsizetype at = nextMarkup(pos);
            if (at < 0)
                break;
            appendSlice(m_out, m_text, pos, at);
            pos = m_text.at(at + 1) == '{' ? output(at) : tag(at);
        }
        appendSlice(m_out, m_text, pos, m_text.size());
        return m_out;
    }

private:
    qsizetype nextMarkup(qsizetype from) const {
        for (qsizetype at = m_text.indexOf('{', from); at >= 0 && at + 1 < m_text.size();
             at = m_text.indexOf('{', at + 1)) {
            if (m_text.at(at + 1) == '%' || m_text.at(at + 1) == '{')
                return at;
        }
        return -1;
    }

    // `{{ expression }}`: site URLs are resolved, anything else stays as written.
    qsizetype output(qsizetype at) {
        const qsizetype close = m_outputEnds.next(at + 2);
        if (close < 0) {
            m_out.append("{{");
            return at + 2;
        }
        const std::optional<QByteArray> value = siteUrlOutput(m_text.mid(at + 2, close - at - 2));
        if (value)
            m_out.append(*value);
        else
            appendSlice(m_out, m_text, at, close + 2);
        return close + 2;
    }

    qsizetype tag(qsizetype at) {
        const Tag open = parseTag(m_text, at, m_tagEnds.next(at + 2));
        if (open.end < 0) {
            m_out.append("{%");
            return at + 2;
        }
        if (open.name == "raw")
            return raw(open);
        if (open.name == "comment")
            return comment(open);
        if (open.name == "highlight")
            return highlight(open);
        appendSlice(m_out, m_text, open.begin, open.end);
        return open.end;
    }

    qsizetype keepVisible(const Tag &open) {
        appendSlice(m_out, m_text, open.begin, open.end);
        return open.end;
    }

    // A removed tag (which may span lines) leaves its line endings behind.
    void keepLineEndings(qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (isLineEnd(m_text.at(i)))
                m_out.append(m_text.at(i));
        }
    }

    qsizetype raw(const Tag &open) {
        const Tag close = findEndTag(open.end, "endraw");
        if (close.begin < 0)
            return keepVisible(open);
        keepLineEndings(open.begin, open.end);
        appendSlice(m_out, m_text, open.end, close.begin);
        keepLineEndings(close.begin, close.end);
        return close.end;
    }

    // Hidden, but its line endings stay so the lines after it keep their numbers.
    qsizetype comment(const Tag &open) {
        const Tag close = findEndTag(open.end, "endcomment");
        if (close.begin < 0)
            return keepVisible(open);
        keepLineEndings(open.begin, close.end);
        return close.end;
    }

    qsizetype highlight(const Tag &open) {
        const Tag close = findEndTag(open.end, "endhighlight");
        if (close.begin < 0)
            return keepVisible(open);
        const QByteArray language = codeLanguage(open.markup);
        const QByteArray code = m_text.mid(open.end, close.begin - open.end);
        const qsizetype openLineStart = lineStartBefore(m_text, open.begin);
        const bool openStartsLine = onlySpacesBetween(m_text, openLineStart, open.begin);
        const qsizetype openLineEnd = lineEndAfter(m_text, open.end);
        const bool openAlone =
            openStartsLine && onlySpacesBetween(m_text, open.end, openLineEnd) && openLineEnd < close.begin;
        const bool closeAlone =
            onlySpacesBetween(m_text, lineStartBefore(m_text, close.begin), close.begin) &&
            onlySpacesBetween(m_text, close.end, lineEndAfter(m_text, close.end));
        // The indentation before the tag is already written; a tag spread over several lines writes its line
        // endings first and repeats that indentation, so what follows sits on the tag's last line.
        const qsizetype written = m_out.size();
        keepLineEndings(open.begin, open.end);
        if (openStartsLine && m_out.size() > written)
            appendSlice(m_out, m_text, openLineStart, open.begin);
        if (openAlone && closeAlone) {
            // The tag lines become fence lines; a fence longer than any backtick run inside cannot close
            // early.
            const QByteArray fence(std::max(3, longestBacktickRun(code) + 1), '`');
            m_out.append(fence).append(language);
            m_out.append(code);
            m_out.append(fence);
        } else {
            // Tags sharing a line with code cannot become fence lines without adding lines: emit the HTML a
            // fence would give, as an HTML block when it starts the line and inline otherwise.
            const QByteArray classAttribute =
                language.isEmpty() ? QByteArray() : " class=\"language-" + language + '"';
            m_out.append(openStartsLine ? "<pre><code" : "<code").append(classAttribute).append('>');
            m_out.append(escapeAsCharacterReferences(code));
            m_out.append(openStartsLine ? "</code></pre>" : "</code>");
        }
        keepLineEndings(close.begin, close.end);
        return close.end;
    }

    // The first `{% name %}` at or after `from`; begin == -1 when there is none.
    Tag findEndTag(qsizetype from, const QByteArray &name) {
        auto found = m_endTags.find(name);
        if (found == m_endTags.end())
            found = m_endTags.insert(name, endTags(m_text, name));
        const auto after = std::lower_bound(found->cbegin(), found->cend(), from,
                                            [](const Tag &tag, qsizetype pos) { return tag.begin < pos; });
        return after == found->cend() ? Tag() : *after;
    }

    const QByteArray &m_text;
    QByteArray m_out;
    ForwardFinder m_tagEnds{m_text, "%}"};
    ForwardFinder m_outputEnds{m_text, "}}"};
    QHash<QByteArray, QVector<Tag>> m_endTags;
};

}  // namespace

QByteArray LiquidPreprocessor::process(const QByteArray &markdownUtf8) {
    if (!markdownUtf8.contains("{%") && !markdownUtf8.contains("{{"))
        return markdownUtf8;
    if (!markdownUtf8.contains('\r'))
        return Scanner(markdownUtf8).run();
    // A lone CR ends a line as LF does. Written as LF first, it cannot join an LF into one CRLF once the
    // markup between them is removed, which would lose a line.
    QByteArray text = markdownUtf8;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n'))
            text[i] = '\n';
    }
    return Scanner(text).run();
}
