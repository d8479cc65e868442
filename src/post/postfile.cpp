#include "postfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStorageInfo>

namespace {

// QSaveFile reports a full disk as "Unknown error"; say what it is.
QString reasonFor(const QFileDevice &file, const QString &path, qsizetype bytesNeeded) {
    const QStorageInfo storage(QFileInfo(path).absolutePath());
    if (storage.isValid() && storage.isReadOnly())
        return QCoreApplication::translate("PostFile", "the disk is read-only");
    if (storage.isValid() && storage.bytesAvailable() < bytesNeeded + 4096)
        return QCoreApplication::translate("PostFile", "disk full");
    if (file.error() == QFileDevice::ResourceError)
        return QCoreApplication::translate("PostFile", "disk full");
    const QString reason = file.errorString();
    return reason.isEmpty() ? QCoreApplication::translate("PostFile", "unknown error") : reason;
}

}  // namespace

Result<QByteArray> PostFile::readBytes(const QString &path) {
    QFile file(path);
    if (QFileInfo(path).isDir())
        return Result<QByteArray>::failure(tr("Could not open %1: it is a folder").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(tr("Could not open %1: %2").arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<QByteArray>::failure(tr("Could not read %1: %2").arg(path, file.errorString()));
    return bytes;
}

Result<Post> PostFile::load(const QString &path) {
    const Result<QByteArray> bytes = readBytes(path);
    if (!bytes)
        return Result<Post>::failure(bytes.error());
    return Post::fromFileBytes(bytes.value(), path);
}

Status PostFile::writeBytes(const QString &path, const QByteArray &bytes) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Could not save %1: %2").arg(path, reasonFor(file, path, bytes.size())));
    const qint64 written = file.write(bytes);
    if (written != bytes.size()) {
        const QString reason = reasonFor(file, path, bytes.size());
        file.cancelWriting();
        return Status::failure(tr("Could not save %1: %2").arg(path, reason));
    }
    // QSaveFile buffers: a small post may reach the disk only in commit(), whose failure Qt 6.4 does not
    // report (on a full disk it renames an empty file over the original). Flushing first surfaces the error
    // here.
    if (!file.flush()) {
        const QString reason = reasonFor(file, path, bytes.size());
        file.cancelWriting();
        return Status::failure(tr("Could not save %1: %2").arg(path, reason));
    }
    if (!file.commit())
        return Status::failure(tr("Could not save %1: %2").arg(path, reasonFor(file, path, bytes.size())));
    return {};
}

Status PostFile::writeIfChanged(const QString &path, const QByteArray &bytes, bool *changed) {
    if (changed)
        *changed = false;
    QFile existing(path);
    if (existing.exists() && existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size() &&
        existing.readAll() == bytes)
        return {};
    if (const Status ok = writeBytes(path, bytes); !ok)
        return ok;
    if (changed)
        *changed = true;
    return {};
}
