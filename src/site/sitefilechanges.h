#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

// One file of a change made across a site (a tag renamed, a text replaced): the bytes read when the change
// was planned and the bytes to write.
struct SiteFileChange {
    QString path;  // absolute
    QByteArray before;
    QByteArray after;
};

// Something said about one file: why it was left, or what could not be changed there. Names the file.
struct SiteFileNotice {
    QString path;
    QString message;
};

// Writes a planned set of file changes, each atomically (PostFile) and only where the file still holds what
// was planned on: a file changed since (by the writer's editor, git, a sync) is reported and left as it is,
// so a change shown as a diff is exactly the change written. Undo is the same write the other way round.
// Plain functions, any thread.
class SiteFileChanges {
    Q_DECLARE_TR_FUNCTIONS(SiteFileChanges)

public:
    struct Outcome {
        QStringList written;               // files changed
        QVector<SiteFileNotice> failures;  // files left as they were, with why
    };

    // Writes each change's `after` where the file still holds its `before`.
    static Outcome apply(const QVector<SiteFileChange> &changes);
    // Writes `before` back where the file still holds `after`.
    static Outcome undo(const QVector<SiteFileChange> &changes);
};
