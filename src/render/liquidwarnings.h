#pragma once

#include "common/diagnostic.h"
#include "render/liquidcontext.h"

#include <QByteArray>
#include <QVector>

// What `postwright check` says about the Liquid of a post: one warning per piece the preview shows as written
// because it could not run it (LiquidPreprocessor's spans), at its line and column in the file.
class LiquidWarnings {
public:
    // `fileBytes`: the whole file (UTF-8). A file without front matter has no Liquid for Jekyll: no warning.
    static QVector<Diagnostic> check(const QByteArray &fileBytes, const LiquidContext &context);
};
