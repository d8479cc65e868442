#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include "common/diagnostic.h"

// What `postwright check` reports for a post: encoding problems, front-matter errors and warnings, each
// placed at a line and column of the file.
class PostLinter {
public:
    static QVector<Diagnostic> check(const QByteArray &bytes);
    // Whether a file found while walking a folder is a post to check (Markdown and HTML extensions Jekyll
    // renders).
    static bool isPostFileName(const QString &fileName);
};
