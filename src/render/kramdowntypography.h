#pragma once

#include <QByteArray>

class MarkdownDialect;
class SourceLines;
struct cmark_node;

// kramdown's typography on a document cmark-gfm parsed: smart quotes, `--`, `---`, `...`, `<<` and `>>`
// become the characters kramdown's HTML converter prints (Jekyll's `entity_output: as_char`), with kramdown's
// own rules (kramdown 2.4, parser/kramdown/smart_quotes.rb and typographic_symbol.rb). kramdown applies them
// while it scans a block's inline text from left to right; a quote's fate depends on the character before it
// (unless another span element, a code span, a link, emphasis, an escape or an entity, ended just before it)
// and on the raw source after it. So each leaf block's inline content is laid out again as the raw text
// kramdown would scan, the text cmark made marked as replaceable and the rest (code, raw HTML, autolinks,
// image alt text, escapes, entities, emphasis markers) only as context (KramdownRawText), and the scan is
// replayed on it. Liquid and `{: ...}` attribute lists the preview shows as written are left as written.
class KramdownTypography {
public:
    // Rewrites the text nodes of `document`, which cmark parsed from `source` (its lines in `lines`; the
    // source tells escaped and entity characters, which kramdown leaves alone, from plain ones). Does nothing
    // for a CommonMark dialect.
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines,
                      const MarkdownDialect &dialect);
};
