#pragma once

#include "common/diagnostic.h"

#include <QByteArray>
#include <QVector>

class MarkdownDialect;

// What `postwright check` says about the kramdown syntax of a post the preview does not render as kramdown
// will (KramdownCaveats): one warning each, at its line and column in the file. Only in the kramdown dialect.
class KramdownWarnings {
public:
    // `fileBytes`: the whole file (UTF-8), front matter included.
    static QVector<Diagnostic> check(const QByteArray &fileBytes, const MarkdownDialect &dialect);
};
