#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QVector>

#include "common/diagnostic.h"

// Where the front matter of a post is, found the way Jekyll finds it: a first line `---` (trailing white
// space allowed), closed by the next line that is `---` or `...`. A `+++` block (Hugo TOML) is found the same
// way. All offsets are bytes into the whole file; nothing is copied or changed.
struct FrontMatterSplit {
    Q_DECLARE_TR_FUNCTIONS(FrontMatterSplit)

public:
    enum class Kind { None, Yaml, Toml };

    Kind kind = Kind::None;
    qsizetype openFenceBegin = 0;  // after a BOM, if any
    qsizetype blockBegin = 0;      // first byte after the opening fence line
    qsizetype blockEnd = 0;        // first byte of the closing fence line
    qsizetype bodyBegin = 0;  // first byte after the closing fence line (== size when the file ends there)
    int blockFirstLine = 0;   // 1-based file line of blockBegin
    int bodyFirstLine = 1;    // 1-based file line of bodyBegin
    QVector<Diagnostic> diagnostics;  // unclosed fence, BOM before the fence

    static FrontMatterSplit of(const QByteArray &bytes);
};
