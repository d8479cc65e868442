#include "render/documentwideblocks.h"

#include "render/attributedhtml.h"
#include "render/elementattributes.h"
#include "render/headingids.h"
#include "render/markdowndialect.h"

#include <QHash>

#include <memory>
#include <vector>

namespace {

struct TocEntry {
    const RenderedHeading *heading = nullptr;
    std::vector<std::unique_ptr<TocEntry>> children;
};

void printEntries(const std::vector<std::unique_ptr<TocEntry>> &entries, const TocSlot &slot, int indent,
                  QByteArray &html) {
    const QByteArray pad(indent, ' ');
    for (const auto &entry : entries) {
        const QByteArray id = ElementAttributes::escaped(entry->heading->id);
        html += pad + "<li><a href=\"#" + id + "\" id=\"" + ElementAttributes::escaped(slot.id) + '-' + id +
                "\">" + entry->heading->tocHtml + "</a>";
        if (!entry->children.empty()) {
            const QByteArray inner(indent + 2, ' ');
            html += inner + '<' + slot.tag + ">\n";
            printEntries(entry->children, slot, indent + 4, html);
            html += inner + "</" + slot.tag + ">\n" + pad;
        }
        html += "</li>\n";
    }
}

}  // namespace

QByteArray DocumentWideBlocks::tableOfContents(const QVector<const RenderedHeading *> &headings,
                                               const TocSlot &slot) {
    std::vector<std::unique_ptr<TocEntry>> roots;
    std::vector<TocEntry *> stack;
    for (const RenderedHeading *heading : headings) {
        if (!heading->inToc)
            continue;
        while (!stack.empty() && stack.back()->heading->level >= heading->level)
            stack.pop_back();
        auto entry = std::make_unique<TocEntry>();
        entry->heading = heading;
        TocEntry *raw = entry.get();
        (stack.empty() ? roots : stack.back()->children).push_back(std::move(entry));
        stack.push_back(raw);
    }
    if (roots.empty())
        return {};
    QByteArray html = '<' + slot.tag + slot.attributesHtml + ">\n";
    printEntries(roots, slot, 2, html);
    return html + "</" + slot.tag + ">\n";
}

void DocumentWideBlocks::settle(RenderedBlocks &blocks, const MarkdownDialect &dialect) {
    // Read first, write only what differs: most calls change nothing and must not copy the list.
    QHash<QByteArray, int> occurrences;
    int tocBlock = -1;
    bool anyHeading = false;
    for (int b = 0; b < blocks.size(); ++b) {
        const RenderedBlock &block = std::as_const(blocks)[b];
        if (block.toc.isSet()) {
            if (tocBlock < 0)
                tocBlock = b;
            else if (block.html != block.toc.listHtml)
                blocks[b].html = block.toc.listHtml;  // a later one is the plain list, as in kramdown
        }
        for (int h = 0; h < block.headings.size(); ++h) {
            anyHeading = true;
            const RenderedHeading &heading = block.headings.at(h);
            if (!heading.autoId)
                continue;
            const QByteArray id = HeadingIds::numbered(heading.autoBase, occurrences[heading.autoBase]++,
                                                       dialect.autoIdPrefix());
            if (id == heading.id)
                continue;
            RenderedBlock &changed = blocks[b];
            RenderedHeading &renamed = changed.headings[h];
            renamed.id = id;
            const QByteArray tag = AttributedHtml::headingStartTag(renamed);
            changed.html.replace(renamed.tagOffset, renamed.tagLength, tag);
            const int shift = int(tag.size()) - renamed.tagLength;
            renamed.tagLength = int(tag.size());
            for (int later = h + 1; later < changed.headings.size(); ++later)
                changed.headings[later].tagOffset += shift;
        }
    }
    if (tocBlock < 0)
        return;
    QVector<const RenderedHeading *> headings;
    if (anyHeading) {
        for (const RenderedBlock &block : std::as_const(blocks)) {
            for (const RenderedHeading &heading : block.headings)
                headings.append(&heading);
        }
    }
    const QByteArray toc = tableOfContents(headings, blocks.at(tocBlock).toc);
    if (toc != blocks.at(tocBlock).html)
        blocks[tocBlock].html = toc;
}
