#include "render/kramdownlistparagraphs.h"

#include "render/cmarknodes.h"
#include "render/sourcelines.h"

#include <QVector>

#include <cmark-gfm.h>

namespace {

bool blankLineAfter(cmark_node *node, const QByteArray &source, const SourceLines &lines) {
    const int next = cmark_node_get_end_line(node) + 1;
    return next <= lines.lineCount() && lines.start(next) < source.size() && lines.isBlank(next);
}

void settleList(cmark_node *list, const QByteArray &source, const SourceLines &lines) {
    QVector<cmark_node *> items;
    for (cmark_node *item = cmark_node_first_child(list); item; item = cmark_node_next(item))
        items.append(item);
    // Whether an earlier item starts with something other than a paragraph printed as such.
    bool earlierNotWrapped = false;
    QVector<cmark_node *> bare;
    for (qsizetype i = 0; i < items.size(); ++i) {
        cmark_node *first = cmark_node_first_child(items[i]);
        if (!first || cmark_node_get_type(first) != CMARK_NODE_PARAGRAPH) {
            earlierNotWrapped = true;
            continue;
        }
        const bool last = i == items.size() - 1;
        const bool blankAfter = blankLineAfter(first, source, lines);
        const bool alone = !cmark_node_next(first);
        const bool noBlankOrLastAlone = !blankAfter || (last && alone);
        const bool bareAllowed = !last || items.size() == 1 || earlierNotWrapped;
        if (noBlankOrLastAlone && bareAllowed && !cmark_node_get_user_data(first)) {
            bare.append(first);
            earlierNotWrapped = true;
        }
    }
    for (cmark_node *paragraph : bare)
        CmarkNodes::makeCustomBlock(paragraph, QByteArray(), QByteArray());
}

}  // namespace

void KramdownListParagraphs::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) {
    for (cmark_node *list : CmarkNodes::descendants(document, CMARK_NODE_LIST)) {
        if (!cmark_node_get_list_tight(list))
            settleList(list, source, lines);
    }
}
