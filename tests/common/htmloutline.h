#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// What a reader gets from a fragment of HTML, normalised so that two renderers of the same post can be
// compared (the rules are those of tst_renderagreement's header comment):
// - text: every text node outside <script>, <style>, <template> and comments, character references decoded, a
//   space at each block-level element's start and end and at <br>, runs of ASCII whitespace collapsed to one
//   space, trimmed. U+00A0 stays as it is (a reader sees it hold words together). Attribute values (alt,
//   title) are not text.
// - elements: the name of every element, in document order of its start tag, lower case, attributes ignored;
//   <span> is left out (Rouge wraps each code token in one: highlighting, not the document's structure).
// - hints: for each element of `elements`, its id and class attribute values, used only to guess why two
//   renders differ.
// - headingIds: the id of each h1-h6 in order ("" for a heading without one).
// A small tolerant tokenizer, not an HTML5 parser: both renderers emit well-formed fragments.
class HtmlOutline {
public:
    static HtmlOutline of(const QByteArray &htmlUtf8);

    QString text;
    QStringList elements;
    QStringList hints;
    QStringList headingIds;
};
