#include "render/kramdownsyntax.h"

#include "render/cmarknodes.h"
#include "render/kramdowndefinitionlists.h"
#include "render/kramdownextensions.h"
#include "render/kramdownfootnotes.h"
#include "render/kramdownhtmlmarkdown.h"
#include "render/kramdownmath.h"
#include "render/kramdowntables.h"

KramdownSyntax::KramdownSyntax(cmark_node *document, const QByteArray &source, const SourceLines &lines)
    : m_abbreviations(KramdownAbbreviations::mayDefine(source) ? KramdownAbbreviations::collect(document)
                                                               : KramdownAbbreviations()) {
    // Comments and raw content are neither typeset nor read by the other passes.
    if (CmarkNodes::contains(source, "{::")) {
        KramdownExtensions::applyToBlocks(document, source, lines);
        KramdownExtensions::applyToSpans(document);
    }
}

void KramdownSyntax::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                           const MarkdownDialect &dialect) const {
    // Math first: the other passes must not see its text.
    KramdownMath::apply(document, source, lines);
    KramdownTables::apply(document, source, lines, dialect);
    if (CmarkNodes::contains(source, "markdown="))
        KramdownHtmlMarkdown::apply(document, dialect);
    KramdownDefinitionLists::apply(document, source);
    m_abbreviations.apply(document);
    if (CmarkNodes::contains(source, "[^"))
        KramdownFootnotes::apply(document);
}

bool KramdownSyntax::mayReachOtherBlocks(const QByteArray &text) {
    return KramdownAbbreviations::mayDefine(text) || CmarkNodes::contains(text, "{:/");
}
