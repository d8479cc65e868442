#pragma once

#include <QString>

// Turns what a person types into a search box into an FTS5 MATCH expression that can never be a syntax
// error nor mean more than the person typed.
//
//  - Words are ANDed: `jekyll theme` finds documents with both words, in any column.
//  - The last word is a prefix, for type-ahead (`jek` finds `jekyll`), unless the text ends with a space or
//    the word has a single letter (`t*` would match nearly everything, slowly).
//  - Text in double quotes is a phrase (`"static site"`); a quote left open runs to the end of the text.
//  - Everything else is literal: every word and phrase goes to FTS5 as a double-quoted string, so FTS5's
//    own syntax (`*`, `:`, `^`, `(`, `-`, `+`, `NEAR`, `AND`, `OR`, `NOT`, column names) means nothing.
//    Punctuation inside a word splits it as the index's tokenizer does (`foo-bar` is the phrase `foo bar`).
//  - Words with no letter or digit (`-`, `***`) are dropped: they can match nothing.
//
// The result is bound as a parameter, never pasted into SQL. Empty means "nothing to search for".
class SearchQuery {
public:
    static QString toMatchExpression(const QString &userText);
};
