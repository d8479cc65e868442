#pragma once

#include "render/kramdownabbreviations.h"

#include <QByteArray>

class MarkdownDialect;
class SourceLines;
struct cmark_node;

// The kramdown syntaxes cmark-gfm does not read, as passes over the tree it parsed: tables (KramdownTables),
// `markdown="1"` in HTML blocks (KramdownHtmlMarkdown), definition lists
// (KramdownDefinitionLists), abbreviations (KramdownAbbreviations), `$$` math (KramdownMath), kramdown's
// footnote markup (KramdownFootnotes) and the `{::comment}`, `{::nomarkdown}` and `{::options}` extensions
// (KramdownExtensions). Constructed before the typography pass (it takes out or rewrites what must not be
// typeset: abbreviation definitions, extensions),
// applied after it and before KramdownCode::replace, which they leave code nodes for.
class KramdownSyntax {
public:
    KramdownSyntax(cmark_node *document, const QByteArray &source, const SourceLines &lines);
    void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
               const MarkdownDialect &dialect) const;

    // Whether `text` may hold kramdown syntax that changes blocks far from it: an abbreviation definition, or
    // the closing tag of an extension block that may take in blocks up from it.
    static bool mayReachOtherBlocks(const QByteArray &text);

private:
    KramdownAbbreviations m_abbreviations;
};
