#pragma once

#include <QByteArray>
#include <QVector>

class SourceLines;
struct cmark_node;

// Small operations on cmark-gfm's node tree that the kramdown passes share: new raw and custom nodes,
// finding nodes, a paragraph's raw source, and the line range a rewritten block covers.
class CmarkNodes {
public:
    // A node of `type` (CMARK_NODE_HTML_INLINE or CMARK_NODE_HTML_BLOCK) that cmark prints as `html`.
    static cmark_node *raw(int type, const QByteArray &html);
    // A CMARK_NODE_CUSTOM_BLOCK or CMARK_NODE_CUSTOM_INLINE printed as `onEnter`, its children, `onExit`.
    static cmark_node *custom(int type, const QByteArray &onEnter, const QByteArray &onExit);
    // Turns `node` into a custom block in place, so that it keeps its source lines.
    static bool makeCustomBlock(cmark_node *node, const QByteArray &onEnter, const QByteArray &onExit);
    static bool isCustomBlock(cmark_node *node, const QByteArray &onEnter);
    // Lets a rewritten block cover the lines of the blocks it took in.
    static void setEndLine(cmark_node *node, int line);
    static void setLines(cmark_node *node, int firstLine, int lastLine);
    // Every node under `root` (not `root` itself) of `type`, depth first, in document order.
    static QVector<cmark_node *> descendants(cmark_node *root, int type);
    static void freeChildren(cmark_node *node);
    // cmark's text nodes read their text from their paragraph's buffer: before a paragraph whose inline nodes
    // moved elsewhere is freed, the nodes under `node` are given copies of their own.
    static void ownTexts(cmark_node *node);
    // The text of the TEXT, CODE and break nodes under `node`, as cmark read it (escapes already taken).
    static QByteArray plainText(cmark_node *node);
    // A paragraph's content as written in `source`: its lines, without the container markers (`>`, list
    // indentation) before its first column and the leading spaces cmark drops, joined by "\n".
    static QByteArray paragraphSource(cmark_node *paragraph, const QByteArray &source,
                                      const SourceLines &lines);
    // Whether `text` holds `needle` (memchr-fast: the passes look for their syntax in the whole body before
    // walking the tree).
    static bool contains(const QByteArray &text, const char *needle);
    // `text` with `&`, `<` and `>` escaped (and `"` too when `attribute`), as kramdown escapes it.
    static QByteArray escaped(const QByteArray &text, bool attribute = false);
};
