#include "site/imagefilewriter.h"

#include "post/saveproblem.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

constexpr int kMaxRaces = 100;
constexpr qint64 kChunkBytes = 1024 * 1024;

// Why writing `path` failed: what the disk says when it says something, else the file's own error.
QString reason(const QString &path, const QFile &file) {
    const QString explained = SaveProblem::explain(path);
    return explained.isEmpty() ? file.errorString() : explained;
}

// Creates a new file under a free name and hands it to `fill`; an existing name is skipped, never opened.
template <typename Fill>
Result<QString> writeFresh(const ImagePlacement &placement, const QString &base, const QString &extension,
                           Fill fill) {
    const QString folder = placement.absoluteFolder();
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(
            ImageFileWriter::tr("Could not create the image folder %1: %2")
                .arg(QDir::toNativeSeparators(folder),
                     SaveProblem::explain(QDir(folder).filePath(QStringLiteral("x")))));
    for (int race = 0; race < kMaxRaces; ++race) {
        const QString path = placement.freeName(base, extension);
        if (path.isEmpty())
            break;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path) || QFileInfo(path).isSymLink())
                continue;  // someone took the name since it was chosen
            return Result<QString>::failure(ImageFileWriter::tr("Could not write the image %1: %2")
                                                .arg(QDir::toNativeSeparators(path), reason(path, file)));
        }
        const QString error = fill(file);
        if (error.isEmpty() && file.flush()) {
            file.close();
            if (file.error() == QFileDevice::NoError)
                return path;
        }
        const QString why = error.isEmpty() ? reason(path, file) : error;
        file.close();
        file.remove();
        return Result<QString>::failure(
            ImageFileWriter::tr("Could not write the image %1: %2").arg(QDir::toNativeSeparators(path), why));
    }
    return Result<QString>::failure(ImageFileWriter::tr("Could not find a free name for %1 in %2")
                                        .arg(base, QDir::toNativeSeparators(folder)));
}

}  // namespace

Result<QString> ImageFileWriter::writeNew(const ImagePlacement &placement, const QString &base,
                                          const QString &extension, const QByteArray &bytes) {
    return writeFresh(placement, base, extension, [&](QFile &file) -> QString {
        if (file.write(bytes) != bytes.size())
            return reason(file.fileName(), file);
        return {};
    });
}

Result<QString> ImageFileWriter::copyNew(const ImagePlacement &placement, const QString &base,
                                         const QString &source) {
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(source), in.errorString()));
    return writeFresh(placement, base, QFileInfo(source).suffix(), [&](QFile &file) -> QString {
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(kChunkBytes);
            if (in.error() != QFileDevice::NoError)
                return tr("reading %1 failed: %2").arg(QDir::toNativeSeparators(source), in.errorString());
            if (file.write(chunk) != chunk.size())
                return reason(file.fileName(), file);
        }
        return {};
    });
}
