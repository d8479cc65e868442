#pragma once

#include <QCoreApplication>
#include <QString>

// Why a post cannot be written where it is, in the writer's words, found by looking at the disk now. The
// window uses it for the read-only banner when a post opens and to explain a failed save; nothing here needs
// widgets, so the command line can say the same.
class SaveProblem {
    Q_DECLARE_TR_FUNCTIONS(SaveProblem)

public:
    // Empty when saving `path` in place can work; otherwise e.g. "post.md is read-only on disk; use Save As
    // to keep your edits". A save replaces the file through a new one beside it, so the folder must be
    // writable too.
    static QString readOnlyMessage(const QString &path);

    // One sentence on what stands in the way of writing `path` (its disk is read-only or full, its folder is
    // gone or may not be written to), or empty when nothing visible does.
    static QString explain(const QString &path);
};
