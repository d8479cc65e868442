#include "post/saveproblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>

#include <cerrno>
#endif

namespace {

// A save writes about this much more than the file holds (a new copy beside the old one).
constexpr qint64 kSpareBytes = 4096;

// Gone, as opposed to merely out of reach: a folder we may not look into is not a folder that vanished.
bool isMissing(const QString &path) {
#ifdef Q_OS_UNIX
    struct stat status;
    return ::stat(QFile::encodeName(path).constData(), &status) != 0 && (errno == ENOENT || errno == ENOTDIR);
#else
    return !QFileInfo::exists(path);
#endif
}

}  // namespace

QString SaveProblem::readOnlyMessage(const QString &path) {
    if (path.isEmpty())
        return {};
    const QFileInfo file(path);
    const QString name = file.fileName();
    const QFileInfo folder(file.absolutePath());
    if (!folder.exists())
        return {};  // gone (the external-change bar says so) or out of reach: nothing to say yet
    const QStorageInfo storage(folder.absoluteFilePath());
    if ((storage.isValid() && storage.isReadOnly()) || (file.exists() && !file.isWritable()))
        return tr("%1 is read-only on disk; use Save As to keep your edits").arg(name);
    if (!folder.isWritable())
        return tr("%1 is in a folder that cannot be written to (%2); use Save As to keep your edits")
            .arg(name, QDir::toNativeSeparators(folder.absoluteFilePath()));
    return {};
}

QString SaveProblem::explain(const QString &path) {
    const QFileInfo file(path);
    const QFileInfo folder(file.absolutePath());
    if (isMissing(folder.absoluteFilePath()))
        return tr("The folder %1 no longer exists.").arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    const QStorageInfo storage(folder.absoluteFilePath());
    if (storage.isValid() && storage.isReadOnly())
        return tr("The disk holding %1 is read-only (Read-only file system).")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if (storage.isValid() && storage.bytesAvailable() < file.size() + kSpareBytes)
        return tr("The disk holding %1 is full (disk full).")
            .arg(QDir::toNativeSeparators(folder.absoluteFilePath()));
    if ((file.exists() && !file.isWritable()) || !folder.isWritable())
        return tr("You do not have permission to write there (Permission denied).");
    return {};
}
