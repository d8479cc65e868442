#include "site/sitefilechanges.h"

#include <QDir>

#include "post/postfile.h"

namespace {

Status writeExpecting(const QString &path, const QByteArray &expected, const QByteArray &bytes) {
    const Result<QByteArray> now = PostFile::readBytes(path);
    if (!now)
        return Status::failure(now.error());
    if (now.value() != expected)
        return Status::failure(
            SiteFileChanges::tr("%1 changed on disk since it was read; it was left as it is")
                .arg(QDir::toNativeSeparators(path)));
    return PostFile::writeBytes(path, bytes);
}

// Writes `to` over each file that still holds `from` (the change's before or after bytes).
SiteFileChanges::Outcome writeEach(const QVector<SiteFileChange> &changes, QByteArray SiteFileChange::*from,
                                   QByteArray SiteFileChange::*to) {
    SiteFileChanges::Outcome outcome;
    for (const SiteFileChange &change : changes) {
        if (const Status written = writeExpecting(change.path, change.*from, change.*to); written)
            outcome.written.append(change.path);
        else
            outcome.failures.append({change.path, written.error()});
    }
    return outcome;
}

}  // namespace

SiteFileChanges::Outcome SiteFileChanges::apply(const QVector<SiteFileChange> &changes) {
    return writeEach(changes, &SiteFileChange::before, &SiteFileChange::after);
}

SiteFileChanges::Outcome SiteFileChanges::undo(const QVector<SiteFileChange> &changes) {
    return writeEach(changes, &SiteFileChange::after, &SiteFileChange::before);
}
