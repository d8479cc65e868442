#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/diagnostic.h"
#include "common/result.h"

#include <optional>

// What a post's bytes are made of, found without changing them: BOM, line endings, strict UTF-8.
class TextEncoding {
    Q_DECLARE_TR_FUNCTIONS(TextEncoding)

public:
    static constexpr char kBom[] = "\xEF\xBB\xBF";

    // Fails, naming the file, for UTF-16/UTF-32 (a BOM or NUL-interleaved text), a NUL byte, or invalid UTF-8
    // (with its line and column). Never replaces anything: callers keep the original bytes.
    static Status checkUtf8(const QByteArray &bytes, const QString &fileName);
    // The same check as a diagnostic placed in the file (line 1 for UTF-16), or nullopt when the text is
    // fine.
    static std::optional<Diagnostic> findProblem(const QByteArray &bytes);

    static bool hasBom(const QByteArray &bytes) { return bytes.startsWith(kBom); }
    // The length in bytes of the UTF-8 sequence that starts with `lead` (1 for a byte that starts none).
    static int sequenceLength(uchar lead) {
        if (lead < 0xC0)
            return 1;
        if (lead < 0xE0)
            return 2;
        return lead < 0xF0 ? 3 : 4;
    }

    // The line ending most lines use ("\r\n" or "\n"); "\n" for a file without line breaks. Ties go to "\n".
    static QByteArray dominantLineEnding(const QByteArray &bytes);

    // 1-based line and column (in bytes) of a byte offset.
    static void lineColumnOf(const QByteArray &bytes, qsizetype offset, int *line, int *column);
};
