#include "render/cmarknodes.h"

#include "render/sourcelines.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cmark-gfm/node.h>

#include <algorithm>
#include <string_view>

cmark_node *CmarkNodes::raw(int type, const QByteArray &html) {
    cmark_node *node = cmark_node_new(cmark_node_type(type));
    cmark_node_set_literal(node, html.constData());
    return node;
}

cmark_node *CmarkNodes::custom(int type, const QByteArray &onEnter, const QByteArray &onExit) {
    cmark_node *node = cmark_node_new(cmark_node_type(type));
    cmark_node_set_on_enter(node, onEnter.constData());
    cmark_node_set_on_exit(node, onExit.constData());
    return node;
}

bool CmarkNodes::makeCustomBlock(cmark_node *node, const QByteArray &onEnter, const QByteArray &onExit) {
    // cmark_node_set_type() answers 1 when it changed the type (its header says otherwise).
    if (cmark_node_get_type(node) != CMARK_NODE_CUSTOM_BLOCK &&
        (cmark_node_set_type(node, CMARK_NODE_CUSTOM_BLOCK) != 1 ||
         cmark_node_get_type(node) != CMARK_NODE_CUSTOM_BLOCK))
        return false;
    cmark_node_set_on_enter(node, onEnter.constData());
    cmark_node_set_on_exit(node, onExit.constData());
    return true;
}

bool CmarkNodes::isCustomBlock(cmark_node *node, const QByteArray &onEnter) {
    return node && cmark_node_get_type(node) == CMARK_NODE_CUSTOM_BLOCK &&
           onEnter == cmark_node_get_on_enter(node);
}

void CmarkNodes::setEndLine(cmark_node *node, int line) {
    // cmark offers no setter; the struct is part of its installed headers.
    node->end_line = line;
}

void CmarkNodes::setLines(cmark_node *node, int firstLine, int lastLine) {
    node->start_line = firstLine;
    node->end_line = lastLine;
}

namespace {

void collect(cmark_node *parent, int type, QVector<cmark_node *> &found) {
    for (cmark_node *node = cmark_node_first_child(parent); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == type)
            found.append(node);
        if (cmark_node_first_child(node))
            collect(node, type, found);
    }
}

}  // namespace

QVector<cmark_node *> CmarkNodes::descendants(cmark_node *root, int type) {
    QVector<cmark_node *> found;
    collect(root, type, found);
    return found;
}

void CmarkNodes::freeChildren(cmark_node *node) {
    while (cmark_node *child = cmark_node_first_child(node))
        cmark_node_free(child);
}

void CmarkNodes::ownTexts(cmark_node *node) {
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
            case CMARK_NODE_HTML_INLINE:
                // Getting the literal makes it a copy the node owns (cmark_chunk_to_cstr).
                cmark_node_get_literal(child);
                break;
            case CMARK_NODE_LINK:
            case CMARK_NODE_IMAGE:
                cmark_node_get_url(child);
                cmark_node_get_title(child);
                break;
            default:
                break;
        }
        ownTexts(child);
    }
}

QByteArray CmarkNodes::plainText(cmark_node *node) {
    QByteArray text;
    for (cmark_node *child = cmark_node_first_child(node); child; child = cmark_node_next(child)) {
        switch (cmark_node_get_type(child)) {
            case CMARK_NODE_TEXT:
            case CMARK_NODE_CODE:
                text += cmark_node_get_literal(child);
                break;
            case CMARK_NODE_SOFTBREAK:
            case CMARK_NODE_LINEBREAK:
                text += '\n';
                break;
            default:
                text += plainText(child);
        }
    }
    return text;
}

QByteArray CmarkNodes::paragraphSource(cmark_node *paragraph, const QByteArray &source,
                                       const SourceLines &lines) {
    const int first = cmark_node_get_start_line(paragraph);
    const int last = cmark_node_get_end_line(paragraph);
    const int prefix = cmark_node_get_start_column(paragraph) - 1;
    if (first <= 0 || last < first || last > lines.lineCount())
        return plainText(paragraph);
    QByteArray text;
    for (int line = first; line <= last; ++line) {
        QByteArray content = source.mid(lines.start(line), lines.start(line + 1) - lines.start(line));
        while (content.endsWith('\n') || content.endsWith('\r'))
            content.chop(1);
        int cut = 0;
        while (cut < prefix && cut < content.size() &&
               (content.at(cut) == ' ' || content.at(cut) == '\t' || content.at(cut) == '>'))
            ++cut;
        if (line == first)
            cut = std::min<int>(prefix, int(content.size()));
        content.remove(0, cut);
        int blank = 0;
        while (blank < content.size() && (content.at(blank) == ' ' || content.at(blank) == '\t'))
            ++blank;
        content.remove(0, blank);
        if (line > first)
            text += '\n';
        text += content;
    }
    return text;
}

bool CmarkNodes::contains(const QByteArray &text, const char *needle) {
    return std::string_view(text.constData(), size_t(text.size())).find(needle) != std::string_view::npos;
}

QByteArray CmarkNodes::escaped(const QByteArray &text, bool attribute) {
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += attribute ? "&quot;" : "\"";
                break;
            default:
                out += c;
        }
    }
    return out;
}
