#include "site/filemove.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include "post/postfile.h"

namespace {

// Writes `bytes` to a new file `path`, failing when `path` exists. QSaveFile would replace an existing
// file; QFile::rename never does (renameat2 with RENAME_NOREPLACE, or link + unlink), so the bytes are
// written to a temporary file in the same folder and renamed into place.
Status writeNewFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions) {
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return Status::failure(QCoreApplication::translate("FileMove", "Could not create the folder %1")
                                   .arg(info.absolutePath()));
    QTemporaryFile temp(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                        QStringLiteral(".XXXXXX"));
    if (!temp.open())
        return Status::failure(
            QCoreApplication::translate("FileMove", "Could not write %1: %2").arg(path, temp.errorString()));
    if (temp.write(bytes) != bytes.size() || !temp.flush()) {
        const QString reason = temp.error() == QFileDevice::ResourceError
                                   ? QCoreApplication::translate("FileMove", "disk full")
                                   : temp.errorString();
        return Status::failure(
            QCoreApplication::translate("FileMove", "Could not write %1: %2").arg(path, reason));
    }
    // On disk before the rename and before the source goes: after a power cut the post exists whole in one
    // of its two places, never as an empty file where the draft was.
    if (::fsync(temp.handle()) != 0)
        return Status::failure(QCoreApplication::translate("FileMove", "Could not write %1: %2")
                                   .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    temp.close();
    // A temporary file is created 0600; the moved post keeps the permissions the old file had.
    temp.setPermissions(permissions);
    const QString tempPath = temp.fileName();
    temp.setAutoRemove(false);  // removed by hand below: after the rename it names the post
    if (!QFile::rename(tempPath, path)) {
        QFile::remove(tempPath);
        if (QFileInfo::exists(path))
            return Status::failure(
                QCoreApplication::translate("FileMove", "%1 already exists; not overwriting it").arg(path));
        return Status::failure(QCoreApplication::translate("FileMove", "Could not write %1").arg(path));
    }
    // The new name itself on disk before the old file is removed.
    const int folder = ::open(QFile::encodeName(info.absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    if (folder >= 0) {
        ::fsync(folder);
        ::close(folder);
    }
    return {};
}

}  // namespace

Status FileMove::apply() const {
    if (QFileInfo::exists(m_to) || QFileInfo(m_to).isSymLink())
        return Status::failure(
            QCoreApplication::translate("FileMove", "%1 already exists; not overwriting it").arg(m_to));
    const Result<QByteArray> current = PostFile::readBytes(m_from);
    if (!current)
        return Status::failureFrom(current);
    if (current.value() != m_oldBytes)
        return Status::failure(
            QCoreApplication::translate("FileMove", "%1 changed on disk since it was read; not moving it")
                .arg(m_from));
    if (const Status written = writeNewFile(m_to, m_newBytes, QFileInfo(m_from).permissions()); !written)
        return written;
    QFile old(m_from);
    if (!old.remove()) {
        const QString reason = old.errorString();
        QFile::remove(m_to);
        return Status::failure(
            QCoreApplication::translate("FileMove", "Could not remove %1 (%2); %3 was not kept")
                .arg(m_from, reason, m_to));
    }
    return {};
}

Status FileMove::undo() const {
    const Result<QByteArray> current = PostFile::readBytes(m_to);
    if (!current)
        return Status::failureFrom(current);
    if (current.value() != m_newBytes)
        return Status::failure(
            QCoreApplication::translate("FileMove", "%1 changed since it was moved there; not moving it back")
                .arg(m_to));
    return reversed().apply();
}
