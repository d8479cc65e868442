#include "render/kramdownfootnotes.h"

#include "render/cmarknodes.h"

#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <cmark-gfm/node.h>

#include <QByteArray>
#include <QVector>

#include <cstring>

namespace {

QByteArray chunkText(const cmark_chunk &chunk) {
    return QByteArray(reinterpret_cast<const char *>(chunk.data), chunk.len);
}

QByteArray noteName(cmark_node *definition) {
    return CmarkNodes::escaped(chunkText(definition->as.literal), true);
}

QByteArray referenceHtml(cmark_node *reference) {
    cmark_node *definition = reference->parent_footnote_def;
    const QByteArray name = noteName(definition);
    const QByteArray repeat = reference->footnote.ref_ix > 1
                                  ? ":" + QByteArray::number(reference->footnote.ref_ix - 1)
                                  : QByteArray();
    return "<sup id=\"fnref:" + name + repeat + "\" role=\"doc-noteref\"><a href=\"#fn:" + name +
           "\" class=\"footnote\" rel=\"footnote\">" + chunkText(reference->as.literal) + "</a></sup>";
}

QByteArray backLinks(const QByteArray &name, int references, bool afterText) {
    const QByteArray nbsp = QByteArrayLiteral("\xc2\xa0");
    const QByteArray format = "<a href=\"#fnref:%1\" class=\"reversefootnote\" role=\"doc-backlink\">%2</a>";
    QByteArray html = afterText ? nbsp : QByteArray();
    html += QByteArray(format).replace("%1", name).replace("%2", "&#8617;");
    for (int index = 1; index < references; ++index) {
        html += nbsp + QByteArray(format)
                           .replace("%1", name + ":" + QByteArray::number(index))
                           .replace("%2", "&#8617;<sup>" + QByteArray::number(index + 1) + "</sup>");
    }
    return html;
}

void rewriteNote(cmark_node *definition, bool first, bool last) {
    const QByteArray name = noteName(definition);
    const int references = definition->footnote.def_count;
    cmark_node *paragraph = cmark_node_last_child(definition);
    const bool endsInParagraph = paragraph && cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH;
    if (!endsInParagraph) {
        paragraph = cmark_node_new(CMARK_NODE_PARAGRAPH);
        cmark_node_append_child(definition, paragraph);
    }
    cmark_node_append_child(
        paragraph, CmarkNodes::raw(CMARK_NODE_HTML_INLINE, backLinks(name, references, endsInParagraph)));
    QByteArray open = "    <li id=\"fn:" + name + "\" role=\"doc-endnote\">";
    if (first)
        open.prepend("<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n");
    QByteArray close = "    </li>";
    if (last)
        close.append("\n  </ol>\n</div>");
    // The reference nodes point at the definition: it is rewritten only once they are.
    CmarkNodes::makeCustomBlock(definition, open, close);
}

}  // namespace

void KramdownFootnotes::apply(cmark_node *document) {
    const QVector<cmark_node *> references = CmarkNodes::descendants(document, CMARK_NODE_FOOTNOTE_REFERENCE);
    for (cmark_node *reference : references) {
        if (!reference->parent_footnote_def)
            continue;
        cmark_node *raw = CmarkNodes::raw(CMARK_NODE_HTML_INLINE, referenceHtml(reference));
        cmark_node_replace(reference, raw);
        cmark_node_free(reference);
    }
    QVector<cmark_node *> notes;
    for (cmark_node *node = cmark_node_first_child(document); node; node = cmark_node_next(node)) {
        if (cmark_node_get_type(node) == CMARK_NODE_FOOTNOTE_DEFINITION)
            notes.append(node);
    }
    for (qsizetype i = 0; i < notes.size(); ++i)
        rewriteNote(notes.at(i), i == 0, i + 1 == notes.size());
}

bool KramdownFootnotes::isNote(cmark_node *node) {
    // Known by the start tag rewriteNote() gave it (user data belongs to NodeAttributes); the text cannot
    // make custom blocks.
    if (cmark_node_get_type(node) != CMARK_NODE_CUSTOM_BLOCK)
        return false;
    const char *onEnter = cmark_node_get_on_enter(node);
    return onEnter && std::strstr(onEnter, "\" role=\"doc-endnote\">");
}
