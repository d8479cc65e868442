#pragma once

#include <QSet>
#include <QString>

// Edits the Posts panel's filter text the way a facet click does: adds or removes one `tag:NAME` or
// `category:NAME` term, leaving the rest of what the writer typed as it was. Reads the text with
// PostFilter's rules (blanks outside double quotes separate; `tags:` and `categories:` are aliases).
class FilterTextTerms {
public:
    enum class Key { Tag, Category };

    // `text` with the term for `value` removed when present (not negated, any case), else appended.
    static QString toggled(const QString &text, Key key, const QString &value);
    // The values of the text's non-negated terms of `key`, lower case.
    static QSet<QString> values(const QString &text, Key key);
    // How the term is written: `tag:jekyll`, `category:"machine learning"`.
    static QString term(Key key, const QString &value);
};
