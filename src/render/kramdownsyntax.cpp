#include "render/kramdownsyntax.h"

#include "render/kramdowndefinitionlists.h"
#include "render/kramdownextensions.h"
#include "render/kramdownfootnotes.h"
#include "render/kramdownmath.h"
#include "render/kramdowntables.h"

KramdownSyntax::KramdownSyntax(cmark_node *document, const QByteArray &source, const SourceLines &lines)
    : m_abbreviations(KramdownAbbreviations::collect(document)) {
    // Comments and raw content are neither typeset nor read by the other passes.
    KramdownExtensions::applyToBlocks(document, source, lines);
    KramdownExtensions::applyToSpans(document);
}

void KramdownSyntax::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                           const MarkdownDialect &dialect) const {
    // Math first: the other passes must not see its text.
    KramdownMath::apply(document, source, lines);
    KramdownTables::apply(document, source, lines, dialect);
    KramdownDefinitionLists::apply(document);
    m_abbreviations.apply(document);
    KramdownFootnotes::apply(document);
}

bool KramdownSyntax::mayReachOtherBlocks(const QByteArray &text) {
    return KramdownAbbreviations::mayDefine(text) || text.contains("{:/");
}
