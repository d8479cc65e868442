#include "render/liquidhighlight.h"

#include <cmark-gfm.h>

#include <QList>
#include <QRegularExpression>
#include <QVector>

namespace {

// Rouge's escape_special_html_chars: only these three.
QByteArray escaped(const QByteArray &text) {
    QByteArray html;
    html.reserve(text.size() + text.size() / 8);
    for (const char c : text) {
        if (c == '&')
            html.append("&amp;");
        else if (c == '<')
            html.append("&lt;");
        else if (c == '>')
            html.append("&gt;");
        else
            html.append(c);
    }
    return html;
}

// HighlightBlock::LEADING_OR_TRAILING_LINE_TERMINATORS: line breaks (not other blanks) at either end go.
QByteArray withoutOuterLineBreaks(const QByteArray &code) {
    qsizetype begin = 0;
    qsizetype end = code.size();
    while (begin < end && (code.at(begin) == '\n' || code.at(begin) == '\r'))
        ++begin;
    while (end > begin && (code.at(end - 1) == '\n' || code.at(end - 1) == '\r'))
        --end;
    return code.mid(begin, end - begin);
}

}  // namespace

std::optional<LiquidHighlight::Options> LiquidHighlight::parse(const QByteArray &markup) {
    // HighlightBlock::SYNTAX: a language, then options `name`, `name=value` or `name="1 2"`.
    static const QRegularExpression syntax(
        QStringLiteral("^([a-zA-Z0-9.+#_-]+)((\\s+\\w+(=(\\w+|\"([0-9]+\\s)*[0-9]+\"))?)*)$"));
    const QRegularExpressionMatch match = syntax.match(QString::fromUtf8(markup.trimmed()));
    if (!match.hasMatch())
        return std::nullopt;
    Options options;
    options.language = match.captured(1).toLower().toUtf8();
    static const QRegularExpression option(QStringLiteral("(?:\\w=\"[^\"]*\"|\\w=\\w|\\w)+"));
    for (auto it = option.globalMatch(match.captured(2)); it.hasNext();) {
        const QString text = it.next().captured(0);
        if (text.section(QLatin1Char('='), 0, 0) == QLatin1String("linenos"))
            options.lineNumbers = true;
    }
    return options;
}

QByteArray LiquidHighlight::fenceInfo(const Options &options) {
    QByteArray info;
    info.append(kMarker).append(options.language);
    if (options.lineNumbers)
        info.append(" linenos");
    return info;
}

std::optional<LiquidHighlight::Options> LiquidHighlight::fromFenceInfo(const QByteArray &info) {
    if (!info.startsWith(kMarker))
        return std::nullopt;
    const QList<QByteArray> words = info.mid(1).split(' ');
    Options options;
    options.language = words.value(0);
    options.lineNumbers = words.contains("linenos");
    return options;
}

QByteArray LiquidHighlight::figureHtml(const Options &options, const QByteArray &code) {
    const QByteArray text = withoutOuterLineBreaks(code);
    QByteArray language = options.language;
    QByteArray html = "<figure class=\"highlight\"><pre><code class=\"language-" +
                      escaped(language.replace('+', '-')) + "\" data-lang=\"" + escaped(options.language) +
                      "\">";
    if (options.lineNumbers) {
        // Rouge's HTMLTable: a gutter with one number per line, the code with a line break after each line.
        const qsizetype lines = text.count('\n') + 1;
        html.append("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">");
        for (qsizetype n = 1; n <= lines; ++n)
            html.append(QByteArray::number(n)).append('\n');
        html.append("</pre></td><td class=\"code\"><pre>");
        html.append(escaped(text)).append('\n');
        html.append("</pre></td></tr></tbody></table>");
    } else {
        html.append(escaped(text));
    }
    html.append("</code></pre></figure>\n");
    return html;
}

std::optional<QByteArray> LiquidHighlight::blockHtml(cmark_node *codeBlock) {
    if (cmark_node_get_type(codeBlock) != CMARK_NODE_CODE_BLOCK)
        return std::nullopt;
    const char *info = cmark_node_get_fence_info(codeBlock);
    const std::optional<Options> options = fromFenceInfo(info ? QByteArray(info) : QByteArray());
    if (!options)
        return std::nullopt;
    const char *literal = cmark_node_get_literal(codeBlock);
    return figureHtml(*options, literal ? QByteArray(literal) : QByteArray());
}

namespace {

void collectMarked(cmark_node *parent, bool topLevel, LiquidHighlight::Blocks blocks,
                   QVector<cmark_node *> &found) {
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_CODE_BLOCK) {
            if (!topLevel || blocks == LiquidHighlight::Blocks::All)
                found.append(node);
        } else if (cmark_node_first_child(node)) {
            collectMarked(node, false, blocks, found);
        }
    }
}

}  // namespace

void LiquidHighlight::replace(cmark_node *document, Blocks blocks) {
    QVector<cmark_node *> found;
    collectMarked(document, true, blocks, found);
    for (cmark_node *node : std::as_const(found)) {
        const std::optional<QByteArray> html = blockHtml(node);
        if (!html)
            continue;
        cmark_node *raw = cmark_node_new(CMARK_NODE_HTML_BLOCK);
        cmark_node_set_literal(raw, html->constData());
        cmark_node_replace(node, raw);
        cmark_node_free(node);
    }
}
