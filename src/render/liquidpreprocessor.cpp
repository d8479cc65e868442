#include "render/liquidpreprocessor.h"

#include "render/liquidhighlight.h"
#include "render/liquidoutput.h"

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
    Scanner(const QByteArray &text, const LiquidContext &context, QVector<PreviewCaveat> *unrun)
        : m_text(text), m_context(context), m_unrun(unrun) {
        m_out.reserve(text.size());
    }

    QByteArray run() {
        scan(0, m_text.size());
        return m_out;
    }

private:
    // Writes the text [from, to) with its Liquid run; markup that would end after `to` counts as unclosed.
    void scan(qsizetype from, qsizetype to) {
        const qsizetype outerLimit = m_limit;
        m_limit = to;
        qsizetype pos = from;
        while (pos < to) {
            const qsizetype at = nextMarkup(pos, to);
            if (at < 0)
                break;
            appendSlice(m_out, m_text, pos, at);
            pos = m_text.at(at + 1) == '{' ? output(at) : tag(at);
        }
        appendSlice(m_out, m_text, pos, to);
        m_limit = outerLimit;
    }

    qsizetype nextMarkup(qsizetype from, qsizetype to) const {
        for (qsizetype at = m_text.indexOf('{', from); at >= 0 && at + 1 < to;
             at = m_text.indexOf('{', at + 1)) {
            if (m_text.at(at + 1) == '%' || m_text.at(at + 1) == '{')
                return at;
        }
        return -1;
    }

    qsizetype closing(ForwardFinder &finder, qsizetype from) {
        const qsizetype close = finder.next(from);
        return close >= 0 && close + 2 <= m_limit ? close : -1;
    }

    void report(qsizetype begin, qsizetype end, const QString &reason) {
        if (!m_unrun)
            return;
        if (begin < m_lineStart) {
            m_line = 1;
            m_lineStart = 0;
        }
        for (qsizetype i = m_lineStart; i < begin; ++i) {
            if (m_text.at(i) == '\n') {
                ++m_line;
                m_lineStart = i + 1;
            }
        }
        m_unrun->append(PreviewCaveat{m_line, int(begin - m_lineStart + 1), int(end - begin), reason});
    }

    // `{{ expression }}`: evaluated when the context allows (LiquidOutput), else left as written.
    qsizetype output(qsizetype at) {
        const qsizetype close = closing(m_outputEnds, at + 2);
        if (close < 0) {
            report(at, at + 2, QStringLiteral("`{{` without `}}`"));
            m_out.append("{{");
            return at + 2;
        }
        const QByteArray raw = m_text.mid(at + 2, close - at - 2);
        // One spanning lines stays as it is: replacing it would take its line breaks with it.
        LiquidOutput::Result value;
        if (raw.contains('\n'))
            value.reason = QStringLiteral("an output over several lines is not run by the preview");
        else
            value = LiquidOutput::evaluate(innerMarkup(raw), m_context);
        if (value.text) {
            m_out.append(*value.text);
        } else {
            report(at, close + 2, value.reason);
            appendSlice(m_out, m_text, at, close + 2);
        }
        return close + 2;
    }

    qsizetype tag(qsizetype at) {
        const Tag open = parseTag(m_text, at, closing(m_tagEnds, at + 2));
        if (open.end < 0) {
            report(at, at + 2, QStringLiteral("`{%` without `%}`"));
            m_out.append("{%");
            return at + 2;
        }
        if (open.name == "raw")
            return raw(open);
        if (open.name == "comment")
            return comment(open);
        if (open.name == "highlight")
            return highlight(open);
        if (open.name == "post_url" || open.name == "link")
            return link(open);
        return keepVisible(
            open, QStringLiteral("the `%1` tag is run only by Jekyll").arg(QString::fromUtf8(open.name)));
    }

    qsizetype keepVisible(const Tag &open, const QString &reason) {
        report(open.begin, open.end, reason);
        appendSlice(m_out, m_text, open.begin, open.end);
        return open.end;
    }

    qsizetype unclosed(const Tag &open, const char *endName) {
        return keepVisible(open, QStringLiteral("no `{% %1 %}` closes it").arg(QLatin1String(endName)));
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
            return unclosed(open, "endraw");
        keepLineEndings(open.begin, open.end);
        appendSlice(m_out, m_text, open.end, close.begin);
        keepLineEndings(close.begin, close.end);
        return close.end;
    }

    // Hidden, but its line endings stay so the lines after it keep their numbers.
    qsizetype comment(const Tag &open) {
        const Tag close = findEndTag(open.end, "endcomment");
        if (close.begin < 0)
            return unclosed(open, "endcomment");
        keepLineEndings(open.begin, close.end);
        return close.end;
    }

    // `{% post_url name %}` and `{% link path %}`: the document's URL as relative_url makes it.
    qsizetype link(const Tag &open) {
        const bool post = open.name == "post_url";
        if (open.markup.contains("{{") || open.markup.contains("{%") || open.markup.contains('\n'))
            return keepVisible(open, QStringLiteral("a `%1` argument with Liquid in it is run only by Jekyll")
                                         .arg(QString::fromUtf8(open.name)));
        const QString target = QString::fromUtf8(open.markup);
        const std::optional<QString> url =
            post ? m_context.links().postUrl(target) : m_context.links().linkUrl(target);
        if (!url)
            return keepVisible(open, post ? QStringLiteral("no post `%1` in the site").arg(target)
                                          : QStringLiteral("no document `%1` in the site").arg(target));
        m_out.append(m_context.relativeUrl(*url).toUtf8());
        return open.end;
    }

    qsizetype highlight(const Tag &open) {
        const std::optional<LiquidHighlight::Options> options = LiquidHighlight::parse(open.markup);
        if (!options)
            return keepVisible(open,
                               QStringLiteral("Jekyll refuses this `highlight` tag: it needs a language"));
        const Tag close = findEndTag(open.end, "endhighlight");
        if (close.begin < 0 || close.end > m_limit)
            return unclosed(open, "endhighlight");
        // Jekyll runs the Liquid inside the block (a `{% raw %}` there is common), then highlights.
        QByteArray code;
        std::swap(code, m_out);
        scan(open.end, close.begin);
        std::swap(code, m_out);
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
            // The tag lines become fence lines, marked so that the code block is printed as Jekyll's figure;
            // a fence longer than any backtick run inside cannot close early.
            const QByteArray fence(std::max(3, longestBacktickRun(code) + 1), '`');
            m_out.append(fence).append(LiquidHighlight::fenceInfo(*options));
            m_out.append(code);
            m_out.append(fence);
        } else {
            // Tags sharing a line with code cannot become fence lines without adding lines: emit the HTML a
            // fence would give, as an HTML block when it starts the line and inline otherwise.
            const QByteArray classAttribute = " class=\"language-" + options->language + '"';
            m_out.append(openStartsLine ? "<pre><code" : "<code").append(classAttribute).append('>');
            m_out.append(escapeAsCharacterReferences(code));
            m_out.append(openStartsLine ? "</code></pre>" : "</code>");
        }
        keepLineEndings(close.begin, close.end);
        return close.end;
    }

    // The first `{% name %}` at or after `from` and ending within the limit; begin == -1 when there is none.
    Tag findEndTag(qsizetype from, const QByteArray &name) {
        auto found = m_endTags.find(name);
        if (found == m_endTags.end())
            found = m_endTags.insert(name, endTags(m_text, name));
        const auto after = std::lower_bound(found->cbegin(), found->cend(), from,
                                            [](const Tag &tag, qsizetype pos) { return tag.begin < pos; });
        return after == found->cend() || after->end > m_limit ? Tag() : *after;
    }

    const QByteArray &m_text;
    const LiquidContext &m_context;
    QVector<PreviewCaveat> *m_unrun;
    QByteArray m_out;
    qsizetype m_limit = 0;
    int m_line = 1;             // the line of m_lineStart, for report()
    qsizetype m_lineStart = 0;  // a line's first byte at or before the last reported span
    ForwardFinder m_tagEnds{m_text, "%}"};
    ForwardFinder m_outputEnds{m_text, "}}"};
    QHash<QByteArray, QVector<Tag>> m_endTags;
};

}  // namespace

QByteArray LiquidPreprocessor::process(const QByteArray &markdownUtf8, const LiquidContext &context,
                                       QVector<PreviewCaveat> *unrun) {
    const bool marker = markdownUtf8.contains(LiquidHighlight::kMarker);
    if (!marker && !markdownUtf8.contains("{%") && !markdownUtf8.contains("{{"))
        return markdownUtf8;
    QByteArray text = markdownUtf8;
    // The highlight marker is ours alone: one in the text (a control character nobody means) is shown as
    // the replacement character.
    if (marker)
        text.replace(LiquidHighlight::kMarker, "\xEF\xBF\xBD");
    // A lone CR ends a line as LF does. Written as LF first, it cannot join an LF into one CRLF once the
    // markup between them is removed, which would lose a line.
    if (text.contains('\r')) {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == '\r' && (i + 1 == text.size() || text.at(i + 1) != '\n'))
                text[i] = '\n';
        }
    }
    return Scanner(text, context, unrun).run();
}
