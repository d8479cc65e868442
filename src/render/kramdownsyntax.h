#pragma once

#include "render/kramdownabbreviations.h"

#include <QByteArray>

class SourceLines;
struct cmark_node;

// The kramdown syntaxes cmark-gfm does not read, as passes over the tree it parsed: definition lists
// (KramdownDefinitionLists), abbreviations (KramdownAbbreviations), `$$` math (KramdownMath), kramdown's
// footnote markup (KramdownFootnotes) and the `{::comment}`, `{::nomarkdown}` and `{::options}` extensions
// (KramdownExtensions). Constructed before the typography pass (it takes out what must not be typeset),
// applied after it and before KramdownCode::replace, which they leave code nodes for.
class KramdownSyntax {
public:
    explicit KramdownSyntax(cmark_node *document);
    void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines) const;

private:
    KramdownAbbreviations m_abbreviations;
};
