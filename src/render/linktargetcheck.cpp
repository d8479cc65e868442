#include "render/linktargetcheck.h"

#include "render/linktargetresolver.h"
#include "site/jekyllfrontmatter.h"
#include "site/sitepublishedpaths.h"

#include <QRegularExpression>
#include <QSet>

#include <cmark-gfm.h>

#include <algorithm>
#include <memory>
#include <tuple>

namespace {

// Byte offsets of the body's lines (1-based numbers, as cmark counts them).
class LineTable {
public:
    explicit LineTable(const QByteArray &text) : m_size(text.size()) {
        m_starts.append(0);
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text[i] == '\n')
                m_starts.append(i + 1);
        }
    }
    int count() const { return int(m_starts.size()); }
    qsizetype start(int line) const { return m_starts.value(qBound(1, line, count()) - 1); }
    qsizetype end(int line) const { return line < count() ? m_starts[line] - 1 : m_size; }
    int lineOf(qsizetype offset) const {
        return int(std::upper_bound(m_starts.cbegin(), m_starts.cend(), offset) - m_starts.cbegin());
    }

private:
    QVector<qsizetype> m_starts;
    qsizetype m_size;
};

// The body as cmark is given it: each Liquid tag and output replaced by as many `x` (its line ends kept),
// so `{{ site.baseurl }}/a.png` is one link destination of the same length, and the blocks whose content
// is no Markdown (`highlight`, `comment`) blanked. Offsets stay those of the body.
QByteArray maskedLiquid(const QByteArray &body) {
    QByteArray masked = body;
    static const QRegularExpression blocks(
        QStringLiteral("\\{%-?\\s*(highlight|comment)\\b.*?%\\}.*?\\{%-?\\s*end\\1\\s*-?%\\}"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("\\{\\{.*?\\}\\}|\\{%.*?%\\}"),
                                         QRegularExpression::DotMatchesEverythingOption);
    const auto fill = [&masked](qsizetype from, qsizetype to, char with) {
        for (qsizetype i = from; i < to; ++i) {
            if (masked[i] != '\n')
                masked[i] = with;
        }
    };
    // Regular expressions work on QString: Latin-1 keeps one character per byte.
    const QString text = QString::fromLatin1(body);
    for (auto it = blocks.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        fill(match.capturedStart(), match.capturedEnd(), ' ');
    }
    for (auto it = tags.globalMatch(QString::fromLatin1(masked)); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        fill(match.capturedStart(), match.capturedEnd(), 'x');
    }
    return masked;
}

const QRegularExpression &definitionLine() {
    static const QRegularExpression pattern(
        QStringLiteral("^[ \\t>]*\\[(?!\\^)[^\\]]+\\]:[ \\t]*(<[^>\\n]*>|\\S+)"));
    return pattern;
}

struct NodeDeleter {
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};

class Checker {
public:
    Checker(const QByteArray &body, const SitePublishedPaths &site, const QString &pageUrl)
        : m_body(body)
        , m_masked(maskedLiquid(body))
        , m_latin(QString::fromLatin1(m_masked))
        , m_lines(m_masked)
        , m_site(site)
        , m_resolver(site.baseurl(), pageUrl) {}

    QVector<LinkTargetProblem> run() {
        std::unique_ptr<cmark_node, NodeDeleter> document(
            cmark_parse_document(m_masked.constData(), size_t(m_masked.size()), CMARK_OPT_FOOTNOTES));
        QVector<bool> covered(m_lines.count() + 2, false);
        int shift = 0;  // reference definition lines the current paragraph's inlines are not counted from
        cmark_iter *iter = cmark_iter_new(document.get());
        for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
            cmark_node *node = cmark_iter_get_node(iter);
            const cmark_node_type type = cmark_node_get_type(node);
            if (event == CMARK_EVENT_EXIT) {
                if (type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE)
                    linkOrImage(node, shift);
                continue;
            }
            const int first = cmark_node_get_start_line(node);
            const int last = cmark_node_get_end_line(node);
            switch (type) {
                case CMARK_NODE_PARAGRAPH:
                    shift = definitionLines(first, last);
                    cover(covered, first + shift, last);
                    break;
                case CMARK_NODE_HTML_BLOCK:
                    cover(covered, first, last);
                    html(m_lines.start(first), m_lines.end(last));
                    break;
                case CMARK_NODE_HTML_INLINE:
                    htmlInline(node, shift);
                    break;
                case CMARK_NODE_CODE_BLOCK:
                case CMARK_NODE_HEADING:
                case CMARK_NODE_THEMATIC_BREAK:
                    cover(covered, first, last);
                    break;
                default:
                    break;
            }
        }
        cmark_iter_free(iter);
        definitions(covered);
        std::sort(m_problems.begin(), m_problems.end(),
                  [](const LinkTargetProblem &a, const LinkTargetProblem &b) {
                      return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                  });
        return m_problems;
    }

private:
    static void cover(QVector<bool> &covered, int first, int last) {
        for (int line = qMax(1, first); line <= last && line < covered.size(); ++line)
            covered[line] = true;
    }

    QString lineText(int line) const {
        return m_latin.mid(m_lines.start(line), m_lines.end(line) - m_lines.start(line));
    }

    // cmark counts the inlines of a paragraph that starts with reference definitions from the first
    // definition's line; the definitions are single lines almost always.
    int definitionLines(int first, int last) const {
        int lines = 0;
        while (first + lines < last && definitionLine().match(lineText(first + lines)).hasMatch())
            ++lines;
        return lines;
    }

    // Where cmark's (line, column) really is: never before it on that line (only dropped blanks move it).
    qsizetype at(int line, int column) const {
        return qMin(m_lines.start(line) + qMax(0, column - 1), m_lines.end(line));
    }

    void linkOrImage(cmark_node *node, int shift) {
        const bool image = cmark_node_get_type(node) == CMARK_NODE_IMAGE;
        const int startLine = cmark_node_get_start_line(node) + shift;
        const qsizetype from = at(startLine, cmark_node_get_start_column(node));
        const qsizetype lineEnd = m_lines.end(cmark_node_get_end_line(node) + shift);
        qsizetype begin = from;
        if (image) {
            begin = m_masked.indexOf("![", from);
            if (begin < 0 || begin > lineEnd)
                return;
            if (QByteArray(plainText(node)).trimmed().isEmpty())
                addProblem(begin, nodeEnd(begin, lineEnd), QStringLiteral("Image without alt text"));
        }
        const QByteArray url = cmark_node_get_url(node);
        if (url.isEmpty())
            return;
        // An inline target, written after `(` (or `(<`), and after the targets of the images and links
        // inside this one's text; a reference's target is checked at its definition.
        for (qsizetype found = m_masked.indexOf(url, qMax(begin, m_lastTargetEnd));
             found >= 0 && found + url.size() <= lineEnd; found = m_masked.indexOf(url, found + 1)) {
            qsizetype before = found - 1;
            if (before >= 0 && m_masked[before] == '<')
                --before;
            while (before >= 0 && (m_masked[before] == ' ' || m_masked[before] == '\t'))
                --before;
            if (before >= 0 && m_masked[before] == '(') {
                m_lastTargetEnd = found + url.size();
                target(found, url.size(), image);
                return;
            }
        }
    }

    // The end of the inline `![..](..)` starting at `begin`: its last `)` on the line is a fair bound.
    qsizetype nodeEnd(qsizetype begin, qsizetype lineEnd) const {
        const qsizetype close = m_masked.indexOf(')', begin);
        const qsizetype bracket = m_masked.indexOf(']', begin);
        if (close >= 0 && close < lineEnd)
            return close + 1;
        return bracket >= 0 && bracket < lineEnd ? bracket + 1 : lineEnd;
    }

    static QByteArray plainText(cmark_node *node) {
        QByteArray text;
        for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
            if (const char *literal = cmark_node_get_literal(child))
                text += literal;
            text += plainText(child);
        }
        return text;
    }

    void htmlInline(cmark_node *node, int shift) {
        const QByteArray literal = cmark_node_get_literal(node);
        const QByteArray firstLine = literal.left(literal.indexOf('\n'));
        const int line = cmark_node_get_start_line(node) + shift;
        const qsizetype found = m_masked.indexOf(firstLine, at(line, cmark_node_get_start_column(node)));
        if (found < 0 || found > m_lines.end(line))
            return;
        const qsizetype close = m_masked.indexOf('>', found);
        html(found, close < 0 ? m_masked.size() : close + 1);
    }

    // The `<img>` and `<a>` tags in [from, to) of the body.
    void html(qsizetype from, qsizetype to) {
        static const QRegularExpression tag(QStringLiteral("<(img|a)\\b([^>]*)>"),
                                            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression attribute(
            QStringLiteral("\\b(src|href|alt)\\b(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?"),
            QRegularExpression::CaseInsensitiveOption);
        const QString region = m_latin.mid(from, to - from);
        for (auto tags = tag.globalMatch(region); tags.hasNext();) {
            const QRegularExpressionMatch found = tags.next();
            const bool image = found.captured(1).compare(QLatin1String("img"), Qt::CaseInsensitive) == 0;
            bool alt = false;
            for (auto attributes = attribute.globalMatch(found.captured(2)); attributes.hasNext();) {
                const QRegularExpressionMatch a = attributes.next();
                const QString name = a.captured(1).toLower();
                alt = alt || name == QLatin1String("alt");
                const bool wanted = image ? name == QLatin1String("src") : name == QLatin1String("href");
                for (int group = 2; wanted && group <= 4; ++group) {
                    if (a.capturedStart(group) >= 0) {
                        target(from + found.capturedStart(2) + a.capturedStart(group),
                               a.capturedLength(group), image);
                    }
                }
            }
            if (image && !alt)
                addProblem(from + found.capturedStart(), from + found.capturedEnd(),
                           QStringLiteral("Image without alt text"));
        }
    }

    void definitions(const QVector<bool> &covered) {
        for (int line = 1; line <= m_lines.count(); ++line) {
            if (covered.value(line))
                continue;
            const QRegularExpressionMatch match = definitionLine().match(lineText(line));
            if (!match.hasMatch())
                continue;
            qsizetype begin = m_lines.start(line) + match.capturedStart(1);
            qsizetype length = match.capturedLength(1);
            if (m_masked[begin] == '<') {
                ++begin;
                length -= 2;
            }
            target(begin, length, false);
        }
    }

    void target(qsizetype offset, qsizetype length, bool image) {
        const QString written = QString::fromUtf8(m_body.mid(offset, length));
        const LinkTargetResolver::Target resolved = m_resolver.resolve(written);
        if (resolved.state != LinkTargetResolver::Target::State::InSite ||
            (!resolved.missesBaseurl && m_site.serves(resolved.path)))
            return;
        if (resolved.missesBaseurl && m_site.serves(resolved.path)) {
            addProblem(offset, offset + length,
                       QStringLiteral("%1 lacks the site's baseurl %2: it leads nowhere once published")
                           .arg(resolved.path, m_site.baseurl()));
            return;
        }
        addProblem(offset, offset + length,
                   image ? QStringLiteral("No file at %1 in the site").arg(resolved.path)
                         : QStringLiteral("No page or file at %1 in the site").arg(resolved.path));
    }

    void addProblem(qsizetype begin, qsizetype end, const QString &message) {
        const int line = m_lines.lineOf(begin);
        LinkTargetProblem problem{line, int(begin - m_lines.start(line)) + 1, int(end - begin), message};
        for (const LinkTargetProblem &known : std::as_const(m_problems)) {
            if (known.line == problem.line && known.column == problem.column && known.message == message)
                return;  // a link around an image with the same target finds it twice
        }
        m_problems.append(problem);
    }

    const QByteArray &m_body;
    const QByteArray m_masked;
    const QString m_latin;  // m_masked, one character per byte, for the regular expressions
    const LineTable m_lines;
    const SitePublishedPaths &m_site;
    const LinkTargetResolver m_resolver;
    QVector<LinkTargetProblem> m_problems;
    qsizetype m_lastTargetEnd = 0;  // the end of the last inline target found (they come in text order)
};

}  // namespace

QVector<LinkTargetProblem> LinkTargetCheck::checkBody(const QByteArray &body, const SitePublishedPaths &site,
                                                      const QString &pageUrl) {
    return Checker(body, site, pageUrl).run();
}

QVector<Diagnostic> LinkTargetCheck::check(const QByteArray &fileBytes, const SitePublishedPaths &site,
                                           const QString &pageUrl) {
    QVector<Diagnostic> warnings;
    const JekyllFrontMatter::Block block = JekyllFrontMatter::find(fileBytes);
    const qsizetype bodyBegin = block.found ? block.bodyBegin : 0;
    if (block.found) {
        // `image:` and `cover:` as plain values at the top level (jekyll-seo-tag, most themes).
        static const QRegularExpression field(
            QStringLiteral(
                "^(?:image|cover)[ \\t]*:[ \\t]*(?:\"([^\"\\n]*)\"|'([^'\\n]*)'|([^\\s#\"'][^#\\n]*?))[ "
                "\\t]*(?:#.*)?$"),
            QRegularExpression::MultilineOption);
        const QString yaml = QString::fromLatin1(fileBytes.left(block.yamlEnd));
        const LinkTargetResolver resolver(site.baseurl(), pageUrl);
        for (auto it = field.globalMatch(yaml); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            int group = 1;
            while (group < 3 && match.capturedStart(group) < 0)
                ++group;
            const qsizetype offset = match.capturedStart(group);
            const LinkTargetResolver::Target target =
                resolver.resolveField(QString::fromUtf8(fileBytes.mid(offset, match.capturedLength(group))));
            if (target.state != LinkTargetResolver::Target::State::InSite || site.serves(target.path))
                continue;
            const int line = int(fileBytes.left(offset).count('\n')) + 1;
            const int column = int(offset - (fileBytes.lastIndexOf('\n', offset - 1) + 1)) + 1;
            warnings.append({Diagnostic::Severity::Warning, line, column,
                             QStringLiteral("No file at %1 in the site").arg(target.path)});
        }
    }
    // The body starts at the beginning of a line: only its line numbers move.
    const int linesBefore = int(fileBytes.left(bodyBegin).count('\n'));
    for (const LinkTargetProblem &problem : checkBody(fileBytes.mid(bodyBegin), site, pageUrl))
        warnings.append(
            {Diagnostic::Severity::Warning, problem.line + linesBefore, problem.column, problem.message});
    return warnings;
}
