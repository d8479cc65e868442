#include "post/textencoding.h"

namespace {

// Length of the valid UTF-8 sequence at bytes[i], or 0 when it is invalid (overlong, surrogate, > U+10FFFF,
// truncated).
int utf8SequenceLength(const QByteArray &bytes, qsizetype i) {
    const auto at = [&](qsizetype k) { return static_cast<unsigned char>(bytes.at(k)); };
    const unsigned char c = at(i);
    const qsizetype left = bytes.size() - i;
    const auto cont = [&](qsizetype k) { return k < bytes.size() && (at(k) & 0xC0) == 0x80; };
    if (c < 0x80)
        return 1;
    if (c >= 0xC2 && c <= 0xDF)
        return left >= 2 && cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (left < 3 || !cont(i + 1) || !cont(i + 2))
            return 0;
        const unsigned char c1 = at(i + 1);
        if (c == 0xE0 && c1 < 0xA0)
            return 0;  // overlong
        if (c == 0xED && c1 >= 0xA0)
            return 0;  // UTF-16 surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (left < 4 || !cont(i + 1) || !cont(i + 2) || !cont(i + 3))
            return 0;
        const unsigned char c1 = at(i + 1);
        if (c == 0xF0 && c1 < 0x90)
            return 0;  // overlong
        if (c == 0xF4 && c1 >= 0x90)
            return 0;  // beyond U+10FFFF
        return 4;
    }
    return 0;
}

}  // namespace

Status TextEncoding::checkUtf8(const QByteArray &bytes, const QString &fileName) {
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return Status::failure(
            QStringLiteral("%1 is encoded as UTF-16; Postwright reads and writes UTF-8 only "
                           "(convert it with: iconv -f UTF-16 -t UTF-8)")
                .arg(fileName));
    for (qsizetype i = 0; i < bytes.size();) {
        if (bytes.at(i) == '\0') {
            int line = 0, column = 0;
            lineColumnOf(bytes, i, &line, &column);
            const bool looksUtf16 = i + 2 < bytes.size() && bytes.at(i + 2) == '\0';
            return Status::failure(
                looksUtf16 ? QStringLiteral("%1 looks like UTF-16 text without a byte-order mark; "
                                            "Postwright reads and writes UTF-8 only")
                                 .arg(fileName)
                           : QStringLiteral("%1:%2:%3: contains a NUL byte; it is not a text "
                                            "file Postwright can edit without losing bytes")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(column));
        }
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0) {
            int line = 0, column = 0;
            lineColumnOf(bytes, i, &line, &column);
            return Status::failure(
                QStringLiteral("%1:%2:%3: is not valid UTF-8 (byte 0x%4); Postwright will not "
                               "guess the encoding and rewrite it")
                    .arg(fileName)
                    .arg(line)
                    .arg(column)
                    .arg(static_cast<unsigned char>(bytes.at(i)), 2, 16, QLatin1Char('0')));
        }
        i += length;
    }
    return {};
}

QByteArray TextEncoding::dominantLineEnding(const QByteArray &bytes) {
    qsizetype lf = 0, crlf = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            if (i > 0 && bytes.at(i - 1) == '\r')
                ++crlf;
            else
                ++lf;
        }
    }
    return crlf > lf ? QByteArray("\r\n") : QByteArray("\n");
}

void TextEncoding::lineColumnOf(const QByteArray &bytes, qsizetype offset, int *line, int *column) {
    int l = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes.at(i) == '\n') {
            ++l;
            lineStart = i + 1;
        }
    }
    *line = l;
    *column = static_cast<int>(offset - lineStart) + 1;
}
