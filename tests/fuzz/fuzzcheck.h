#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <cstdlib>

// Invariant checks for the fuzz harnesses: a broken invariant prints what failed, where, and the operation's
// context (input and values, C-escaped), then aborts so libFuzzer saves the input and the replay test fails.
namespace FuzzCheck {

// `bytes` as a C string literal body, cut after `limit` bytes.
inline QByteArray escaped(const QByteArray &bytes, qsizetype limit = 4000) {
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size() && i < limit; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == '\\' || c == '"')
            out += '\\', out += char(c);
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c >= 0x7F)
            out += "\\x" + QByteArray::number(c, 16).rightJustified(2, '0') + "\"\"";
        else
            out += char(c);
    }
    if (bytes.size() > limit)
        out += "...(" + QByteArray::number(bytes.size()) + " bytes)";
    return '"' + out + '"';
}

inline QByteArray escaped(const QString &text) {
    return escaped(text.toUtf8());
}

// The operation being checked, printed when an invariant fails.
inline QByteArray &context() {
    static QByteArray text;
    return text;
}

[[noreturn]] inline void failed(const char *condition, const char *file, int line, const QByteArray &detail) {
    std::fprintf(stderr, "\nFUZZ INVARIANT FAILED at %s:%d\n  check: %s\n  context: %s\n  detail: %s\n", file,
                 line, condition, context().constData(), detail.constData());
    std::fflush(stderr);
    std::abort();
}

}  // namespace FuzzCheck

// `detail` is evaluated only when the check fails.
#define FUZZ_CHECK(condition, detail)                                              \
    do {                                                                           \
        if (!(condition))                                                          \
            FuzzCheck::failed(#condition, __FILE__, __LINE__, QByteArray(detail)); \
    } while (false)
