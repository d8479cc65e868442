#include "render/kramdowncode.h"

#include "render/elementattributes.h"
#include "render/liquidhighlight.h"
#include "render/nodeattributes.h"
#include "render/rougelexernames.h"

#include <cmark-gfm.h>

#include <QVector>

namespace {

// kramdown's escape_html(text, :all) and Rouge's escape_special_html_chars: quotes stay as they are. Runs
// between the three characters are copied whole: a long post holds hundreds of kilobytes of code.
void appendEscaped(QByteArray &html, const char *text, qsizetype size) {
    qsizetype run = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        const char *entity = c == '&' ? "&amp;" : c == '<' ? "&lt;" : c == '>' ? "&gt;" : nullptr;
        if (!entity)
            continue;
        html.append(text + run, i - run);
        html.append(entity);
        run = i + 1;
    }
    html.append(text + run, size - run);
}

void appendEscaped(QByteArray &html, const QByteArray &text) {
    appendEscaped(html, text.constData(), text.size());
}

// A fence's language as kramdown's GFM parser reads it: the info string's first word, the name before any
// `?options` (`ruby?start_inline=1` is `ruby`). Empty for an indented block or a fence without one.
QByteArray fenceLanguage(const QByteArray &info) {
    qsizetype end = 0;
    while (end < info.size() && info.at(end) != ' ' && info.at(end) != '\t')
        ++end;
    const QByteArray word = info.left(end);
    const qsizetype question = word.indexOf('?', 1);
    return question < 0 ? word : word.left(question);
}

// Whether Rouge::Lexer.find_fancy finds a lexer for the fence's language (`guess` always yields one).
bool rougeHighlights(const QByteArray &language) {
    return language == "guess" || RougeLexerNames::contains(language);
}

cmark_node *rawNode(cmark_node_type type, const QByteArray &html) {
    cmark_node *node = cmark_node_new(type);
    cmark_node_set_literal(node, html.constData());
    return node;
}

}  // namespace

QByteArray KramdownCode::blockHtml(cmark_node *codeBlock) {
    if (std::optional<QByteArray> figure = LiquidHighlight::blockHtml(codeBlock))
        return *std::move(figure);
    const char *infoText = cmark_node_get_fence_info(codeBlock);
    const QByteArray info = infoText ? QByteArray(infoText).trimmed() : QByteArray();
    const char *literalText = cmark_node_get_literal(codeBlock);
    const QByteArray literal = literalText ? QByteArray(literalText) : QByteArray();

    // A block attribute list adds attributes; a `language-x` class names the language when the fence does
    // not.
    ElementAttributes attributes;
    if (const ElementAttributes *own = NodeAttributes::of(codeBlock))
        attributes = *own;
    QByteArray language = fenceLanguage(info);
    const bool fenced = !language.isEmpty();
    QByteArrayList others;
    for (const QByteArray &name : attributes.value("class").split(' ')) {
        if (name.startsWith("language-") && name.size() > 9 && language.isEmpty())
            language = name.mid(9);
        else if (!name.isEmpty() && !name.startsWith("language-"))
            others.append(name);
    }
    const bool highlighted = language.isEmpty() || rougeHighlights(language);
    if (language.isEmpty())
        language = QByteArrayLiteral("plaintext");

    QByteArray html;
    html.reserve(literal.size() + 160);
    if (highlighted) {
        // The fence's language is the element's first attribute in kramdown; a list's class keeps its place.
        ElementAttributes div;
        if (fenced)
            div.set("class", {});
        div.merge(attributes);
        others.append("highlighter-rouge");
        div.set("class", "language-" + language + ' ' + others.join(' '));
        html.append("<div" + div.html() + "><div class=\"highlight\"><pre class=\"highlight\"><code>");
        appendEscaped(html, literal);
        html.append("</code></pre></div></div>\n");
        return html;
    }
    if (others.isEmpty())
        attributes.remove("class");
    else
        attributes.set("class", others.join(' '));
    // kramdown's own markup: the text without its last line ending, then one.
    qsizetype size = literal.size();
    if (literal.endsWith("\r\n"))
        size -= 2;
    else if (literal.endsWith('\n') || literal.endsWith('\r'))
        size -= 1;
    html.append("<pre" + attributes.html() + "><code class=\"language-");
    appendEscaped(html, language);
    html.append("\">");
    appendEscaped(html, literal.constData(), size);
    html.append("\n</code></pre>\n");
    return html;
}

QByteArray KramdownCode::spanHtml(cmark_node *codeSpan) {
    // A span attribute list (`\`x\`{: .c}`) adds attributes; a `language-x` class names the language.
    // kramdown then prints the classes as `language-x <others> highlighter-rouge`.
    ElementAttributes attributes;
    if (const ElementAttributes *own = NodeAttributes::of(codeSpan))
        attributes = *own;
    QByteArray language = "plaintext";
    QByteArrayList others;
    for (const QByteArray &name : attributes.value("class").split(' ')) {
        if (name.startsWith("language-") && name.size() > 9 && language == "plaintext")
            language = name.mid(9);
        else if (!name.isEmpty() && !name.startsWith("language-"))
            others.append(name);
    }
    others.append("highlighter-rouge");
    attributes.set("class", "language-" + language + ' ' + others.join(' '));
    QByteArray html("<code" + attributes.html() + '>');
    const char *literal = cmark_node_get_literal(codeSpan);
    if (literal)
        appendEscaped(html, literal, qsizetype(qstrlen(literal)));
    html.append("</code>");
    return html;
}

namespace {

// Depth first, each node once (cmark's iterator visits each twice); code has no children to look into.
void collectCode(cmark_node *parent, bool topLevel, KramdownCode::Blocks blocks,
                 QVector<cmark_node *> &found) {
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        const cmark_node_type type = cmark_node_get_type(node);
        if (type == CMARK_NODE_CODE ||
            (type == CMARK_NODE_CODE_BLOCK && (!topLevel || blocks == KramdownCode::Blocks::All)))
            found.append(node);
        else if (cmark_node_first_child(node))
            collectCode(node, false, blocks, found);
    }
}

}  // namespace

void KramdownCode::replace(cmark_node *document, Blocks blocks) {
    // Collected first: a node is replaced and freed only once the walk no longer stands on it.
    QVector<cmark_node *> found;
    collectCode(document, true, blocks, found);
    for (cmark_node *node : found) {
        const bool span = cmark_node_get_type(node) == CMARK_NODE_CODE;
        cmark_node *raw = span ? rawNode(CMARK_NODE_HTML_INLINE, spanHtml(node))
                               : rawNode(CMARK_NODE_HTML_BLOCK, blockHtml(node));
        cmark_node_replace(node, raw);
        cmark_node_free(node);
    }
}
