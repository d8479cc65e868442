#pragma once

#include <QtGlobal>

// What a character is, as the Markdown highlighter sees it. A character can be several things at once (a bold
// word inside a link), so these are bits. MarkdownHighlighter stores the bits of every highlighted character
// in its format under MarkdownHighlighter::StyleProperty, so tests and the editor can ask what a character is
// without comparing colours.
namespace MarkdownStyle {

enum Flag : quint32 {
    None = 0,
    Heading = 1u << 0,         // ATX or setext heading line
    Emphasis = 1u << 1,        // *text* or _text_
    Strong = 1u << 2,          // **text** or __text__
    Strikethrough = 1u << 3,   // ~~text~~ (GFM)
    Code = 1u << 4,            // code span, fenced or indented code block, {% highlight %} region
    Marker = 1u << 5,          // syntax punctuation: # ** ` [ ] ( ) > fences, table pipes, setext underlines
    LinkText = 1u << 6,        // [text] of a link, alt text of an image, label of a reference definition
    Url = 1u << 7,             // link destination, autolink, bare http(s) URL, reference label
    Html = 1u << 8,            // HTML tag or comment
    Liquid = 1u << 9,          // {% tag %} or {{ output }}
    ListMarker = 1u << 10,     // "- ", "* ", "+ ", "1. ", "1) "
    TaskMarker = 1u << 11,     // "[ ]" or "[x]" after a list marker
    Quote = 1u << 12,          // text of a block quote (its ">" markers are Marker)
    ThematicBreak = 1u << 13,  // --- *** ___
    FootnoteRef = 1u << 14,    // [^1] and the label of a footnote definition
};

}  // namespace MarkdownStyle
