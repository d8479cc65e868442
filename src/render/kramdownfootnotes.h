#pragma once

struct cmark_node;

// Footnotes in kramdown's markup, which sites' CSS styles (cmark-gfm finds and numbers them the same way: in
// the order they are first referenced, unreferenced ones left out). A reference is
// `<sup id="fnref:NAME" role="doc-noteref"><a href="#fn:NAME" class="footnote" rel="footnote">N</a></sup>`
// (`fnref:NAME:1`, `:2`... for the later references to the same note); the notes are
// `<div class="footnotes" role="doc-endnotes"><ol><li id="fn:NAME" role="doc-endnote">…</li></ol></div>`,
// each ending in a back-link per reference, `&#8617;`, then `&#8617;<sup>2</sup>`... (after a no-break
// space, in the note's last paragraph; in a paragraph of their own when the note ends in another block).
// The definitions stay where cmark moved them, at the end of the document, with their source lines.
class KramdownFootnotes {
public:
    static void apply(cmark_node *document);
    // Whether `node` is a footnote definition this pass rewrote (the block renderer renders them together).
    static bool isNote(cmark_node *node);
};
