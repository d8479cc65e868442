#pragma once

#include <QByteArray>

struct cmark_node;

// Code as Jekyll's kramdown prints it with its default highlighter, Rouge, so that a site's CSS for
// `.highlighter-rouge` and `.highlight` applies in the preview. A code block in a language Rouge knows (or in
// none: Jekyll's default language is `plaintext`) is wrapped as
// `<div class="language-x highlighter-rouge"><div class="highlight"><pre class="highlight"><code>`; one in a
// language Rouge does not know is a bare `<pre><code class="language-x">`; a code span is
// `<code class="language-plaintext highlighter-rouge">`. Only `&`, `<` and `>` are escaped, as kramdown and
// Rouge do. Rouge's token spans (the colours) are not produced: the text is the same without them.
class KramdownCode {
public:
    enum class Blocks { Nested, All };

    // The HTML of a CMARK_NODE_CODE_BLOCK, ending in a newline (Jekyll's figure for a `{% highlight %}` block
    // the Liquid preprocessor marked: LiquidHighlight).
    static QByteArray blockHtml(cmark_node *codeBlock);
    // The HTML of a CMARK_NODE_CODE (a code span).
    static QByteArray spanHtml(cmark_node *codeSpan);
    // Replaces, under `document`, every code span and every code block (with Blocks::Nested, only those
    // inside another block: a top-level one keeps its source lines, which a new node would not have, and is
    // rendered with blockHtml()) by a raw HTML node holding the markup above, so that cmark prints it as is.
    // Run it after every pass that reads the code nodes' text.
    static void replace(cmark_node *document, Blocks blocks);
};
