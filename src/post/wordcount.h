#pragma once

#include <QByteArray>
#include <QStringView>

// How many words a post's body holds, as the status bar shows it: a word is a run of letters or digits, and
// an apostrophe (' or ’) inside a word does not split it ("don't" is one word). Markdown punctuation counts
// for nothing. Pure function; any thread.
class WordCount {
public:
    static int count(QStringView text);
    // The same for UTF-8 text (a body as PostDocument::bodyLf() holds it).
    static int count(const QByteArray &utf8);
    // How many characters `text` holds as the writer sees them: code points (a surrogate pair is one, as is
    // a non-breaking space), line breaks not counted.
    static int characters(QStringView text);
};
