#pragma once

#include "htmloutline.h"

#include <QString>

// How our render of a post differs from Jekyll's, on the outlines of both (HtmlOutline), and a guess at why.
// The guess looks only at the first differing spot, so that the next thing to build shows first.
class RenderDifference {
public:
    // Ordered as the report lists them.
    enum class Cause {
        None,
        Typography,
        HeadingId,
        AttributeList,
        Toc,
        DefinitionList,
        Footnote,
        Abbreviation,
        Math,
        Table,
        Emphasis,
        RawHtml,
        CodeBlockMarkup,
        Liquid,
        Other
    };

    static RenderDifference between(const HtmlOutline &ours, const HtmlOutline &jekyll, bool postHasLiquid);
    // The text with kramdown's typography undone: curly quotes straight, – -- , — ---, … ..., « <<, » >>,
    // U+00A0 a space (kramdown writes "<< " as "«&nbsp;"), whitespace collapsed again.
    static QString withoutTypography(const QString &text);
    static QString causeName(Cause cause);

    bool textEqual = false;
    bool textEqualWithoutTypography = false;
    bool structureEqual = false;
    // The structure with Rouge's wrappers around code blocks (a <div> or <figure> whose class holds
    // "highlight") left out: what differs in structure beyond code-block markup.
    bool structureEqualWithoutCodeWrappers = false;
    bool headingIdsEqual = false;
    Cause cause = Cause::None;
    QString spot;  // the first differing spot, both sides, one line

    bool same() const { return cause == Cause::None; }
};
