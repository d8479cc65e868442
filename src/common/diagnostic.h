#pragma once

#include <QString>

// A problem found in a post, placed at a 1-based line and column of the *file* (not of the front-matter
// block).
struct Diagnostic {
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    int line = 0;    // 1-based; 0 when the problem is not at one place
    int column = 0;  // 1-based, in bytes
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "PATH:LINE:COL: error: MESSAGE", the form compilers use, so editors can jump to it.
    QString format(const QString &path) const {
        return QStringLiteral("%1:%2:%3: %4: %5")
            .arg(path)
            .arg(line)
            .arg(column)
            .arg(isError() ? QStringLiteral("error") : QStringLiteral("warning"), message);
    }
};
