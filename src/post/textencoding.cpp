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

std::optional<Diagnostic> TextEncoding::findProblem(const QByteArray &bytes) {
    const auto problemAt = [&](qsizetype offset, const QString &message) {
        Diagnostic d{Diagnostic::Severity::Error, 1, 1, message};
        lineColumnOf(bytes, offset, &d.line, &d.column);
        return d;
    };
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        return problemAt(0, tr("the file is UTF-16; Postwright reads and writes UTF-8 only (convert it "
                               "with: iconv -f UTF-16 -t UTF-8)"));
    for (qsizetype i = 0; i < bytes.size();) {
        if (bytes.at(i) == '\0') {
            const bool looksUtf16 = (i + 2 < bytes.size() && bytes.at(i + 2) == '\0');
            return problemAt(i, looksUtf16 ? tr("the file looks like UTF-16 without a byte-order mark; "
                                                "Postwright reads and writes UTF-8 only")
                                           : tr("the file contains a NUL byte; Postwright will not edit "
                                                "it, as its text could not be kept exactly"));
        }
        const int length = utf8SequenceLength(bytes, i);
        if (length == 0)
            return problemAt(i, tr("invalid UTF-8 (byte 0x%1); Postwright will not guess the encoding "
                                   "and rewrite the file")
                                    .arg(static_cast<unsigned char>(bytes.at(i)), 2, 16, QLatin1Char('0')));
        i += length;
    }
    return std::nullopt;
}

Status TextEncoding::checkUtf8(const QByteArray &bytes, const QString &fileName) {
    if (const std::optional<Diagnostic> problem = findProblem(bytes))
        return Status::failure(QStringLiteral("%1:%2:%3: %4")
                                   .arg(fileName)
                                   .arg(problem->line)
                                   .arg(problem->column)
                                   .arg(problem->message));
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
