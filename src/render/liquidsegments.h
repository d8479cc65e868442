#pragma once

#include <QByteArray>
#include <QVector>

// A stretch of a post's body that Liquid outputs as written (text) or replaces with what it renders (a
// variable, a tag, or a block tag with everything up to its end tag).
struct LiquidSegment {
    qsizetype from = 0;
    qsizetype to = 0;  // exclusive
    bool liquid = false;

    qsizetype size() const { return to - from; }
};

// Cuts a body where Liquid's own parser (liquid 5.4, as Jekyll 4.3 runs it) puts its top-level nodes apart,
// so that rendering the whole body equals rendering it with any plain text put between the segments: the
// site's Jekyll renders the body once with markers between them (LiquidExpansion), and an edit that touches
// only text can be shown at once without asking it again.
// - Tokens as Liquid's tokenizer finds them: `{%` up to the first `%}`, `{{` up to the first `}` (or `}}`);
//   an opening with no end is text (Liquid refuses it; the site's Jekyll says so).
// - A tag is a block when its end tag (`endNAME`) follows, same-named blocks nesting; the block is one
//   segment up to that end tag. `raw` ends at the first `endraw` whatever lies between.
// - Whitespace control: the blanks a `{%-`/`{{-` strips before it and a `-%}`/`-}}` strips after it belong
//   to the segment, so that a marker put between segments survives the stripping.
// The segments cover the body in order, without gaps; text segments are never empty or adjacent. Pure
// function, linear in the body.
class LiquidSegments {
public:
    static QVector<LiquidSegment> split(const QByteArray &body);
    // Whether `body` holds anything Liquid could read (`{{` or `{%`): without it there is one text segment.
    static bool mayHoldLiquid(const QByteArray &body);
};
