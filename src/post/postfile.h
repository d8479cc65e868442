#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include "common/result.h"
#include "post/post.h"

// Reading and writing post files. Reads check the encoding (a post that cannot be kept faithfully is refused
// with the reason); writes are atomic (QSaveFile: every write and the commit checked), so on failure the
// original file is untouched. Messages name the file and the reason, "disk full" included.
class PostFile {
    Q_DECLARE_TR_FUNCTIONS(PostFile)

public:
    static Result<QByteArray> readBytes(const QString &path);
    static Result<Post> load(const QString &path);
    static Status writeBytes(const QString &path, const QByteArray &bytes);
    // Writes only when the file's content differs, so a no-op save leaves the file and its mtime alone.
    // `changed` (optional) says whether it wrote.
    static Status writeIfChanged(const QString &path, const QByteArray &bytes, bool *changed = nullptr);
};
