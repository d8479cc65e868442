#pragma once

#include <QByteArray>

class SourceLines;
struct cmark_node;

// kramdown's emphasis rules on a document cmark-gfm parsed with CommonMark's. The two agree on most text;
// where they differ, kramdown's simpler rules win here, as Jekyll publishes them:
// - A `*`/`_` run cmark left as text (its flanking rules refuse runs next to punctuation, as CJK text puts
//   them: `这是**「重要」**的`) is paired again the way kramdown's parser pairs: an opener not followed by
//   white space (`_` not after a letter), a closer not after white space (`_` not before a letter or digit),
//   `**` tried as `*` when it finds no closer, never emphasis of a kind inside the same kind. Only runs found
//   written in the block's source are paired: an escaped `\*` stays text.
// - Emphasis inside emphasis of the same kind is text in kramdown (`*does _not_ work*`): the inner one is
//   printed with its delimiters.
// - `***x***` is strong around emphasis in kramdown, emphasis around strong in cmark.
// Runs first, on cmark's tree, before the passes that read text (attribute lists, typography).
class KramdownEmphasis {
public:
    static void apply(cmark_node *document, const QByteArray &source, const SourceLines &lines);
};
