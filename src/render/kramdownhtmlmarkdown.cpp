#include "render/kramdownhtmlmarkdown.h"

#include "render/cmarknodes.h"
#include "render/kramdownsnippet.h"

#include <cmark-gfm.h>

#include <QByteArray>
#include <QRegularExpression>

#include <cstring>
#include <optional>

namespace {

struct OpeningTag {
    QByteArray name;
    QByteArray withoutAttribute;  // the tag as kramdown prints it
};

// `<name … markdown="1" …>` alone on `line` (kramdown also takes `markdown=1` and `markdown='1'`, and
// `markdown="block"`).
std::optional<OpeningTag> openingTag(const QByteArray &line) {
    static const QRegularExpression tag(
        QStringLiteral(
            R"(^<(div|section|article|aside|header|footer|nav|main|figure|details|blockquote|center)(\s[^<>]*)?>$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression attribute(
        QStringLiteral(R"re(\s+markdown\s*=\s*(?:"(?:1|block)"|'(?:1|block)'|1)(?=[\s>/]))re"));
    const QString text = QString::fromUtf8(line.trimmed());
    const QRegularExpressionMatch match = tag.match(text);
    if (!match.hasMatch() || !attribute.match(text).hasMatch())
        return std::nullopt;
    return OpeningTag{match.captured(1).toUtf8(), QString(text).remove(attribute).toUtf8()};
}

void applyToBlock(cmark_node *block, const MarkdownDialect &dialect) {
    const QByteArray literal(cmark_node_get_literal(block));
    const qsizetype firstEnd = literal.indexOf('\n');
    const std::optional<OpeningTag> open = openingTag(literal.left(firstEnd < 0 ? literal.size() : firstEnd));
    if (!open)
        return;
    QByteArray content = firstEnd < 0 ? QByteArray() : literal.mid(firstEnd + 1);
    if (content.trimmed().isEmpty()) {
        cmark_node_set_literal(block, (open->withoutAttribute + "\n").constData());
        return;
    }
    QByteArray close;
    const QByteArray closingTag = "</" + open->name + ">";
    QByteArray trimmed = content.trimmed();
    if (trimmed.toLower().endsWith(closingTag.toLower())) {
        const qsizetype lineStart = trimmed.lastIndexOf('\n') + 1;
        if (trimmed.mid(lineStart).trimmed().toLower() == closingTag.toLower()) {
            close = trimmed.mid(lineStart).trimmed();
            content = trimmed.left(lineStart);
        }
    }
    const KramdownSnippet::Document parsed = KramdownSnippet::parse(content, dialect);
    if (!CmarkNodes::makeCustomBlock(block, open->withoutAttribute, close))
        return;
    while (cmark_node *child = cmark_node_first_child(parsed.get()))
        cmark_node_append_child(block, child);
}

}  // namespace

void KramdownHtmlMarkdown::apply(cmark_node *document, const MarkdownDialect &dialect) {
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) != CMARK_NODE_HTML_BLOCK)
            continue;
        const char *literal = cmark_node_get_literal(node);
        if (literal && std::strstr(literal, "markdown"))
            applyToBlock(node, dialect);
    }
}
