#pragma once

#include <QByteArray>
#include <QHash>
#include <QVector>

class MarkdownDialect;
class NodeAttributes;
struct cmark_node;

// A heading of a parsed document, as the kramdown dialect prints it.
struct HeadingRecord {
    cmark_node *node = nullptr;
    cmark_node *topLevel = nullptr;  // the document's child that holds it (itself when top-level)
    int level = 0;
    bool autoId = false;  // its id is made from its text (no `{#id}` or id in an attribute list)
    QByteArray autoBase;  // that id before numbering and prefix
};

// Heading ids as Jekyll's kramdown makes them (the GFM parser's, as Jekyll reads GFM input): the heading's
// text as kramdown holds it (code included, smart quotes and symbols as characters, images and markup left
// out), lower-cased, with everything but letters, marks, digits, connector punctuation, `-`, spaces and tabs
// removed and spaces and tabs turned into `-`; a repeated id gets `-1`, `-2`… in document order, counted over
// the generated ids only; then the site's `auto_id_prefix`. An id given in the text wins. A heading whose id
// comes out empty prints none.
class HeadingIds {
public:
    // kramdown's id for a heading text before numbering (UTF-8 in, UTF-8 out).
    static QByteArray baseId(const QByteArray &rawText);
    // The id the `occurrence`-th (0-based) heading with `base` gets.
    static QByteArray numbered(const QByteArray &base, int occurrence, const QByteArray &prefix);

    // Gives every heading under `document` its id (an `id` attribute, after its other attributes, as kramdown
    // adds it) unless the dialect turns ids off; returns the headings in document order. Run it after the
    // typography pass and before the code spans become raw HTML.
    static QVector<HeadingRecord> assign(cmark_node *document, NodeAttributes &attributes,
                                         const MarkdownDialect &dialect);
};
