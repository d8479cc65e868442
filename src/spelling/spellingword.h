#pragma once

#include <QString>

// A word of a post to check for spelling, and where it is. `offset` and `length` count UTF-16 code units of
// the text that was scanned (a line, a body or a whole file: see SpellingTokenizer), as QTextCursor does;
// `line` and `column` are 1-based and the column counts UTF-8 bytes of its line, as Diagnostic does.
struct SpellingWord {
    QString text;
    int offset = 0;
    int length = 0;
    int line = 0;
    int column = 0;

    friend bool operator==(const SpellingWord &a, const SpellingWord &b) {
        return a.text == b.text && a.offset == b.offset && a.length == b.length && a.line == b.line &&
               a.column == b.column;
    }
};
