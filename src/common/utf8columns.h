#pragma once

#include <QStringView>

// The core counts columns in UTF-8 bytes (what cmark-gfm and the Liquid scanner see); Qt's text classes count
// UTF-16 code units. These convert between the two for one line of text.
class Utf8Columns {
public:
    // The UTF-16 index in `line` of the character the byte at `byteOffset` (0-based) of its UTF-8 begins; an
    // offset inside a character rounds up to the next one, and one past the end gives line.size().
    static int utf16Index(QStringView line, int byteOffset);
    // How many bytes `line` takes in UTF-8 (a lone surrogate counts one byte: QString::toUtf8
    // writes '?' for it).
    static int byteLength(QStringView line);
};
