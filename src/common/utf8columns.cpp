#include "common/utf8columns.h"

namespace {

// Bytes the character starting at `i` takes in UTF-8, and how many UTF-16 units it spans.
struct Character {
    int bytes;
    int units;
};

Character characterAt(QStringView line, qsizetype i) {
    const char16_t unit = line[i].unicode();
    if (unit < 0x80)
        return {1, 1};
    if (unit < 0x800)
        return {2, 1};
    if (QChar::isHighSurrogate(unit) && i + 1 < line.size() && QChar::isLowSurrogate(line[i + 1].unicode()))
        return {4, 2};
    if (QChar::isSurrogate(unit))
        return {1, 1};  // a lone surrogate: QString::toUtf8 writes '?' for it
    return {3, 1};
}

}  // namespace

int Utf8Columns::utf16Index(QStringView line, int byteOffset) {
    qsizetype i = 0;
    int bytes = 0;
    while (i < line.size() && bytes < byteOffset) {
        const Character c = characterAt(line, i);
        bytes += c.bytes;
        i += c.units;
    }
    return int(i);
}

int Utf8Columns::byteLength(QStringView line) {
    int bytes = 0;
    for (qsizetype i = 0; i < line.size();) {
        const Character c = characterAt(line, i);
        bytes += c.bytes;
        i += c.units;
    }
    return bytes;
}
