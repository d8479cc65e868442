#include "render/attributedhtml.h"

#include "render/documentwideblocks.h"
#include "render/elementattributes.h"
#include "render/nodeattributes.h"

#include <cmark-gfm.h>

namespace {

// The tag cmark-gfm starts a node's HTML with, when it has one attributes can go on.
QByteArray tagOf(cmark_node *node) {
    switch (cmark_node_get_type(node)) {
        case CMARK_NODE_PARAGRAPH:
            return "p";
        case CMARK_NODE_BLOCK_QUOTE:
            return "blockquote";
        case CMARK_NODE_LIST:
            return cmark_node_get_list_type(node) == CMARK_ORDERED_LIST ? "ol" : "ul";
        case CMARK_NODE_THEMATIC_BREAK:
            return "hr";
        case CMARK_NODE_HEADING:
            return "h" + QByteArray::number(cmark_node_get_heading_level(node));
        case CMARK_NODE_EMPH:
            return "em";
        case CMARK_NODE_STRONG:
            return "strong";
        case CMARK_NODE_LINK:
            return "a";
        case CMARK_NODE_IMAGE:
            return "img";
        default:
            break;
    }
    const char *name = cmark_node_get_type_string(node);
    if (qstrcmp(name, "table") == 0)
        return "table";
    if (qstrcmp(name, "strikethrough") == 0)
        return "del";
    return {};
}

bool isBlock(cmark_node *node) {
    const cmark_node_type type = cmark_node_get_type(node);
    return (type & CMARK_NODE_TYPE_MASK) == CMARK_NODE_TYPE_BLOCK;
}

bool hasTocRef(const ElementAttributes *attributes) {
    return attributes && attributes->refs().contains("toc");
}

bool hasClass(const QByteArray &classes, const QByteArray &name) {
    for (const QByteArray &each : classes.split(' ')) {
        if (each == name)
            return true;
    }
    return false;
}

}  // namespace

AttributedHtml::AttributedHtml(const QVector<HeadingRecord> &headings, const MarkdownDialect &dialect,
                               Render render)
    : m_dialect(dialect), m_render(std::move(render)), m_records(headings) {
    for (int i = 0; i < m_records.size(); ++i) {
        m_recordOf.insert(m_records.at(i).node, i);
        m_recordsIn[m_records.at(i).topLevel].append(i);
    }
}

QByteArray AttributedHtml::withAttributes(const QByteArray &html, const QByteArray &tag,
                                          const ElementAttributes &attributes) {
    const qsizetype nameEnd = 1 + tag.size();
    if (tag.isEmpty() || !html.startsWith('<' + tag) || nameEnd >= html.size() ||
        !(html.at(nameEnd) == ' ' || html.at(nameEnd) == '>' || html.at(nameEnd) == '/'))
        return html;
    const qsizetype close = html.indexOf('>', nameEnd);
    if (close < 0)
        return html;
    // cmark-gfm writes its attributes as ` name="value"` (values escaped), a void tag ending in ` /`.
    QVector<QPair<QByteArray, QByteArray>> items;
    qsizetype at = nameEnd;
    bool selfClosing = false;
    while (at < close) {
        while (at < close && html.at(at) == ' ')
            ++at;
        if (at >= close)
            break;
        if (html.at(at) == '/') {
            selfClosing = true;
            break;
        }
        const qsizetype equals = html.indexOf("=\"", at);
        const qsizetype valueEnd = equals < 0 ? -1 : html.indexOf('"', equals + 2);
        if (equals < 0 || valueEnd < 0 || valueEnd > close)
            return html;
        items.append({html.mid(at, equals - at), html.mid(equals + 2, valueEnd - equals - 2)});
        at = valueEnd + 1;
    }
    for (const auto &item : attributes.items()) {
        const QByteArray value = ElementAttributes::escaped(item.second);
        bool found = false;
        for (auto &existing : items) {
            if (existing.first == item.first) {
                existing.second = item.first == "class" ? existing.second + ' ' + value : value;
                found = true;
                break;
            }
        }
        if (!found)
            items.append({item.first, value});
    }
    QByteArray start = '<' + tag;
    for (const auto &item : std::as_const(items)) {
        if (item.first == "id" && item.second.trimmed().isEmpty())
            continue;
        start += ' ' + item.first + "=\"" + item.second + '"';
    }
    start += selfClosing ? " />" : ">";
    return start + html.mid(close + 1);
}

void AttributedHtml::replace(cmark_node *document, Scope scope) {
    QVector<cmark_node *> nodes;
    cmark_iter *iter = cmark_iter_new(document);
    for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
        cmark_node *node = cmark_iter_get_node(iter);
        if (event != CMARK_EVENT_ENTER || node == document)
            continue;
        if (cmark_node_parent(node) == document) {
            // The top-level `{:toc}` lists are table of contents slots; DocumentWideBlocks fills the body's
            // first, as kramdown fills only the first.
            if (cmark_node_get_type(node) == CMARK_NODE_LIST && hasTocRef(NodeAttributes::of(node))) {
                if (!m_toc)
                    m_toc = node;
                m_tocLists.insert(node);
            }
            if (scope == Scope::Nested || node == m_toc)
                continue;
        }
        if (NodeAttributes::of(node) || m_recordOf.contains(node))
            nodes.append(node);
    }
    cmark_iter_free(iter);
    // Innermost first: a node's HTML then holds its descendants' attributes.
    for (auto it = nodes.crbegin(); it != nodes.crend(); ++it) {
        cmark_node *node = *it;
        QByteArray html;
        if (m_recordOf.contains(node)) {
            html = headingHtml(node);
        } else {
            const QByteArray tag = tagOf(node);
            if (tag.isEmpty())
                continue;
            const QByteArray plain = m_render(node);
            html = withAttributes(plain, tag, *NodeAttributes::of(node));
            // Printed without its tag (the paragraph of a tight list item): the node stays as cmark prints
            // it.
            if (html == plain)
                continue;
        }
        replaceByHtml(node, html);
    }
    if (scope == Scope::All && m_toc) {
        TocSlot slot;
        isTableOfContents(m_toc, &slot);
        QVector<const RenderedHeading *> headings;
        for (const HeadingRecord &record : std::as_const(m_records)) {
            const auto printed = m_printed.constFind(record.node);
            if (printed != m_printed.cend())
                headings.append(&printed.value());
        }
        replaceByHtml(m_toc, DocumentWideBlocks::tableOfContents(headings, slot));
    }
}

void AttributedHtml::replaceByHtml(cmark_node *node, const QByteArray &html) {
    cmark_node *raw = cmark_node_new(isBlock(node) ? CMARK_NODE_HTML_BLOCK : CMARK_NODE_HTML_INLINE);
    cmark_node_set_literal(raw, html.constData());
    cmark_node_insert_before(node, raw);
    cmark_node_free(node);
}

QByteArray AttributedHtml::topLevelHtml(cmark_node *node, QVector<RenderedHeading> *headings) {
    QByteArray html;
    if (m_recordOf.contains(node)) {
        html = headingHtml(node);
    } else if (const ElementAttributes *attributes = NodeAttributes::of(node)) {
        html = withAttributes(m_render(node), tagOf(node), *attributes);
    } else {
        html = m_render(node);
    }
    // The headings inside it were printed before it; each start tag is found after the previous one's.
    qsizetype from = 0;
    for (const int index : m_recordsIn.value(node)) {
        const HeadingRecord &record = m_records.at(index);
        if (!m_printed.contains(record.node))
            continue;
        RenderedHeading heading = m_printed.value(record.node);
        const qsizetype at = html.indexOf(headingStartTag(heading), from);
        if (at < 0)
            continue;
        heading.tagOffset = int(at);
        from = at + heading.tagLength;
        headings->append(heading);
    }
    return html;
}

bool AttributedHtml::isTableOfContents(cmark_node *node, TocSlot *slot) {
    if (!m_tocLists.contains(node))
        return false;
    slot->listHtml = withAttributes(m_render(node), tagOf(node), *NodeAttributes::of(node));
    ElementAttributes attributes = *NodeAttributes::of(node);
    if (attributes.value("id").isEmpty())
        attributes.set("id", "markdown-toc");
    slot->tag = tagOf(node);
    slot->attributesHtml = attributes.html();
    slot->id = attributes.value("id");
    return true;
}

QByteArray AttributedHtml::headingStartTag(const RenderedHeading &heading) {
    QByteArray tag = "<h" + QByteArray::number(heading.level) + heading.attributesHtml;
    if (heading.autoId && !heading.id.trimmed().isEmpty())
        tag += " id=\"" + ElementAttributes::escaped(heading.id) + '"';
    return tag + '>';
}

QByteArray AttributedHtml::headingHtml(cmark_node *node) {
    const HeadingRecord &record = m_records.at(m_recordOf.value(node));
    RenderedHeading heading;
    heading.level = record.level;
    heading.autoId = record.autoId;
    heading.autoBase = record.autoBase;
    ElementAttributes attributes;
    if (const ElementAttributes *own = NodeAttributes::of(node))
        attributes = *own;
    heading.id = attributes.value("id");
    if (heading.autoId)
        attributes.remove("id");
    heading.attributesHtml = attributes.html();
    heading.inToc = attributes.contains("id") || heading.autoId;
    heading.inToc = heading.inToc && m_dialect.listsLevelInToc(heading.level) &&
                    !hasClass(attributes.value("class"), "no_toc");
    if (heading.inToc)
        heading.tocHtml = tocEntryHtml(node);
    const QByteArray start = headingStartTag(heading);
    heading.tagLength = int(start.size());
    // cmark-gfm prints `<hN>content</hN>\n`.
    const QByteArray plain = m_render(node);
    const qsizetype contentStart = plain.indexOf('>') + 1;
    const QByteArray html = start + plain.mid(contentStart);
    m_printed.insert(node, heading);
    return html;
}

// kramdown's table of contents entry: the heading's content with links unwrapped and footnotes left out.
QByteArray AttributedHtml::tocEntryHtml(cmark_node *parent) const {
    QByteArray html;
    for (cmark_node *child = cmark_node_first_child(parent); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                break;
            case CMARK_NODE_HTML_INLINE:
                // A footnote reference KramdownFootnotes has printed.
                if (qstrncmp(cmark_node_get_literal(child), "<sup id=\"fnref:", 15) != 0)
                    html += m_render(child);
                break;
            case CMARK_NODE_LINK:
                html += tocEntryHtml(child);
                break;
            case CMARK_NODE_EMPH:
            case CMARK_NODE_STRONG: {
                const QByteArray tag = tagOf(child);
                html += '<' + tag + '>' + tocEntryHtml(child) + "</" + tag + '>';
                break;
            }
            default:
                html += m_render(child);
        }
    }
    return html;
}
