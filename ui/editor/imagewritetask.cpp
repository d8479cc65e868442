#include "editor/imagewritetask.h"

#include "site/imagefilewriter.h"
#include "site/photometadata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

ImageWriteTask::Outcome ImageWriteTask::run(const Request &request) {
    Outcome outcome;
    outcome.placement = ImagePlacement::forSite(request.siteRoot, request.postPath);
    if (!request.folder.isNull())
        outcome.placement = outcome.placement.withFolder(request.folder);
    const QString base = ImagePlacement::baseName(request.postPath);
    auto fail = [&outcome](const QString &error) {
        for (const QString &path : std::as_const(outcome.written))
            QFile::remove(path);
        outcome.written.clear();
        outcome.relativePaths.clear();
        outcome.error = error;
        return outcome;
    };
    if (!request.image.isNull()) {
        const Result<QString> written = writePasted(request, outcome.placement, base);
        if (!written)
            return fail(written.error());
        outcome.written.append(written.value());
        outcome.relativePaths.append(outcome.placement.pathInFolder(QFileInfo(written.value()).fileName()));
    }
    for (const Dropped &file : request.files) {
        const QString inPlace = outcome.placement.relativeInSite(file.path);
        if (!inPlace.isEmpty()) {
            outcome.relativePaths.append(inPlace);
            continue;
        }
        const Result<QString> written = writeDropped(request, file, outcome.placement, base);
        if (!written)
            return fail(written.error());
        outcome.written.append(written.value());
        outcome.relativePaths.append(outcome.placement.pathInFolder(QFileInfo(written.value()).fileName()));
    }
    return outcome;
}

Result<QString> ImageWriteTask::writePasted(const Request &request, const ImagePlacement &placement,
                                            const QString &base) {
    QByteArray bytes = request.encoded.bytes;
    if (request.width > 0) {
        const Result<QByteArray> smaller = ImageEncoding::encode(
            ImageEncoding::downscaled(request.image, request.width), request.encoded.format);
        if (!smaller)
            return Result<QString>::failure(smaller.error());
        bytes = smaller.value();
    }
    return ImageFileWriter::writeNew(placement, base, QString::fromLatin1(request.encoded.format), bytes);
}

Result<QString> ImageWriteTask::writeDropped(const Request &request, const Dropped &file,
                                             const ImagePlacement &placement, const QString &base) {
    if (file.width > 0) {
        // Re-encoding drops the metadata (location included) and bakes the orientation into the pixels.
        const Result<QImage> image = ImageEncoding::readShown(file.path);
        if (!image)
            return Result<QString>::failure(image.error());
        QImageReader reader(file.path);
        reader.setDecideFormatFromContent(true);
        const Result<QByteArray> bytes =
            ImageEncoding::encode(ImageEncoding::downscaled(image.value(), file.width), reader.format());
        if (!bytes)
            return Result<QString>::failure(bytes.error());
        return ImageFileWriter::writeNew(placement, base, QFileInfo(file.path).suffix(), bytes.value());
    }
    const Result<QString> copy = ImageFileWriter::copyNew(placement, base, file.path);
    if (!copy || request.keepLocation)
        return copy;
    if (const Status removed = PhotoMetadata::removeLocation(copy.value()); !removed) {
        QFile::remove(copy.value());
        return Result<QString>::failure(
            tr("%1 was not added: %2").arg(QDir::toNativeSeparators(file.path), removed.error()));
    }
    return copy;
}
