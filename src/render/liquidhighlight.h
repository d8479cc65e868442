#pragma once

#include <QByteArray>

#include <optional>

struct cmark_node;

// `{% highlight lang [linenos] %}` as Jekyll 4.3 prints it with Rouge (tags/highlight.rb):
// `<figure class="highlight"><pre><code class="language-x" data-lang="x">…</code></pre></figure>`, the code
// in Rouge's HTMLTable (`<table class="rouge-table">` with a line-number gutter) with `linenos`. The
// Liquid preprocessor turns the tag into a fenced code block whose info string starts with a marker
// (kMarker, a control character the preprocessor removes from any text it is given, so no post can contain
// it), and the code block renderer prints a marked block with figureHtml(). Rouge's token spans are not
// produced.
class LiquidHighlight {
public:
    static constexpr char kMarker = '\x1F';

    struct Options {
        QByteArray language;  // lower case, as Jekyll keeps it
        bool lineNumbers = false;
    };
    // The tag's markup (`ruby linenos`) read as Jekyll's SYNTAX does; nothing when Jekyll refuses it.
    static std::optional<Options> parse(const QByteArray &markup);
    // The fence info string that marks a code block as the highlight tag `options`.
    static QByteArray fenceInfo(const Options &options);
    // The options of a code block whose fence info is `info`, when it is marked.
    static std::optional<Options> fromFenceInfo(const QByteArray &info);
    // Jekyll's markup for `code` (the text between the tags).
    static QByteArray figureHtml(const Options &options, const QByteArray &code);
    // figureHtml() of a marked CMARK_NODE_CODE_BLOCK, nothing for any other node.
    static std::optional<QByteArray> blockHtml(cmark_node *codeBlock);
    // Replaces, under `document`, the marked code blocks (with Blocks::Nested, only those inside another
    // block, as KramdownCode::replace does) by raw HTML nodes holding their figure: for dialects without
    // KramdownCode's pass.
    enum class Blocks { Nested, All };
    static void replace(cmark_node *document, Blocks blocks);
};
