#include "render/kramdownsyntax.h"

#include "render/kramdowndefinitionlists.h"
#include "render/kramdownfootnotes.h"
#include "render/kramdownmath.h"

KramdownSyntax::KramdownSyntax(cmark_node *document)
    : m_abbreviations(KramdownAbbreviations::collect(document)) {}

void KramdownSyntax::apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) const {
    // Math first: the other passes must not see its text.
    KramdownMath::apply(document, source, lines);
    KramdownDefinitionLists::apply(document);
    m_abbreviations.apply(document);
    KramdownFootnotes::apply(document);
}
