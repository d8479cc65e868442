#pragma once

#include <QByteArray>
#include <QVector>

struct cmark_node;

// kramdown's abbreviations: a line `*[HTML]: Hyper Text Markup Language` at the start of a block defines one
// for the whole document (the last definition wins) and prints nothing; every `HTML` in the text, as a word
// (no word character, ASCII, just before or after it), then prints as
// `<abbr title="Hyper Text Markup Language">HTML</abbr>` (`<abbr>` without a title when it is empty). Code,
// raw HTML and URLs are left alone. The definitions are taken out before the typography pass (the titles are
// not typeset) and the text is marked up after it.
class KramdownAbbreviations {
public:
    // Finds and removes the definitions: a paragraph's leading lines that are definitions, the paragraph
    // itself when nothing else is left of it.
    static KramdownAbbreviations collect(cmark_node *document);
    // Marks up the abbreviations in the text nodes of `document`.
    void apply(cmark_node *document) const;
    bool isEmpty() const { return m_abbreviations.isEmpty(); }

    // Whether `text` may hold a definition (the incremental renderer renders the whole body then).
    static bool mayDefine(const QByteArray &text);

private:
    struct Abbreviation {
        QByteArray text;
        QByteArray title;
    };
    QVector<Abbreviation> m_abbreviations;  // longest first, as kramdown tries them
};
