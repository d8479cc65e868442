#include "render/headingids.h"

#include "render/markdowndialect.h"
#include "render/nodeattributes.h"

#include <cmark-gfm.h>

#include <QString>

namespace {

// Ruby's \p{Word}: letters, marks, decimal and letter numbers, connector punctuation.
bool isWordCharacter(char32_t c) {
    switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Punctuation_Connector:
            return true;
        default:
            return false;
    }
}

// The text kramdown's GFM parser gathers for a heading's id (update_raw_text).
void appendRawText(cmark_node *node, QByteArray &text) {
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += cmark_node_get_literal(child);
                break;
            case CMARK_NODE_IMAGE:
            case CMARK_NODE_HTML_INLINE:
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                break;
            default:
                appendRawText(child, text);
        }
    }
}

}  // namespace

QByteArray HeadingIds::baseId(const QByteArray &rawText) {
    const QString lower = QString::fromUtf8(rawText).toLower();
    QString id;
    id.reserve(lower.size());
    for (const char32_t c : lower.toUcs4()) {
        if (c == ' ' || c == '\t')
            id += QLatin1Char('-');
        else if (c == '-' || isWordCharacter(c))
            id += QString::fromUcs4(&c, 1);
    }
    return id.toUtf8();
}

QByteArray HeadingIds::numbered(const QByteArray &base, int occurrence, const QByteArray &prefix) {
    return occurrence > 0 ? prefix + base + '-' + QByteArray::number(occurrence) : prefix + base;
}

QVector<HeadingRecord> HeadingIds::assign(cmark_node *document, NodeAttributes &attributes,
                                          const MarkdownDialect &dialect) {
    QVector<HeadingRecord> headings;
    QHash<QByteArray, int> occurrences;
    cmark_node *topLevel = nullptr;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER)
            continue;
        if (cmark_node_parent(node) == document)
            topLevel = node;
        if (cmark_node_get_type(node) != CMARK_NODE_HEADING)
            continue;
        HeadingRecord heading;
        heading.node = node;
        heading.topLevel = topLevel;
        heading.level = cmark_node_get_heading_level(node);
        const ElementAttributes *own = NodeAttributes::of(node);
        if (dialect.autoIds() && !(own && own->contains("id"))) {
            QByteArray raw;
            appendRawText(node, raw);
            heading.autoId = true;
            heading.autoBase = baseId(raw);
            const int occurrence = occurrences[heading.autoBase]++;
            attributes.ensure(node).set("id", numbered(heading.autoBase, occurrence, dialect.autoIdPrefix()));
        }
        headings.append(heading);
    }
    cmark_iter_free(iter);
    return headings;
}
