#pragma once

#include "render/headingids.h"
#include "render/markdowndialect.h"
#include "render/renderedblock.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>

#include <functional>

class ElementAttributes;
struct cmark_node;

// Prints the elements kramdown gives attributes (NodeAttributes: attribute lists, heading ids) with them:
// each such node is rendered by cmark-gfm and its start tag rebuilt with the attributes, in kramdown's order
// (the tag's own first, then the list's; classes add up, others replace). Nested ones become raw HTML nodes
// (replace()), so that the block holding them prints them as is; a top-level one is printed by
// topLevelHtml(), which also reports the headings in it. A top-level list with `{:toc}` is a table of
// contents slot, filled in by DocumentWideBlocks. An element cmark prints without its tag (the
// paragraph of a tight list item) keeps no attributes, as in kramdown.
class AttributedHtml {
public:
    using Render = std::function<QByteArray(cmark_node *)>;

    AttributedHtml(const QVector<HeadingRecord> &headings, const MarkdownDialect &dialect, Render render);

    enum class Scope { Nested, All };
    // Run after every other pass: what it replaces is no longer a node they could read. With Scope::All the
    // document's children are replaced too, the table of contents filled in: the whole document prints as
    // the blocks together do (BlockRenderer::renderDocument).
    void replace(cmark_node *document, Scope scope);
    // The HTML of a child of the document, and its headings with their tags' offsets in that HTML.
    QByteArray topLevelHtml(cmark_node *node, QVector<RenderedHeading> *headings);
    // Whether `node` (a child of the document) is a `{:toc}` list; `slot` receives its list's tag and HTML.
    bool isTableOfContents(cmark_node *node, TocSlot *slot);

    // `html` with its first tag, which must be a `<tag` start tag, given `attributes` too; unchanged when it
    // starts otherwise.
    static QByteArray withAttributes(const QByteArray &html, const QByteArray &tag,
                                     const ElementAttributes &attributes);

    // A heading's start tag as printed: its attributes, then its automatic id.
    static QByteArray headingStartTag(const RenderedHeading &heading);

private:
    static void replaceByHtml(cmark_node *node, const QByteArray &html);
    QByteArray headingHtml(cmark_node *node);
    QByteArray tocEntryHtml(cmark_node *parent) const;

    MarkdownDialect m_dialect;
    Render m_render;
    QVector<HeadingRecord> m_records;
    QHash<cmark_node *, int> m_recordOf;
    QHash<cmark_node *, QVector<int>> m_recordsIn;   // by the document's child that holds them
    QHash<cmark_node *, RenderedHeading> m_printed;  // headings printed, by node
    cmark_node *m_toc = nullptr;                     // the first `{:toc}` list
    QSet<cmark_node *> m_tocLists;
};
