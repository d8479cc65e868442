#include "editor/imageencoding.h"

#include "site/imagesizerules.h"

#include <QBuffer>
#include <QDir>
#include <QImageReader>
#include <QImageWriter>

Result<ImageEncoding::Encoded> ImageEncoding::encodePasted(const QImage &image) {
    const Result<QByteArray> png = encode(image, "png");
    if (!png)
        return Result<Encoded>::failure(png.error());
    if (!ImageSizeRules::isPhoto(image.size(), png->size(), hasTransparency(image)))
        return Encoded{png.value(), "png"};
    const Result<QByteArray> jpeg = encode(image, "jpg");
    if (!jpeg)
        return Result<Encoded>::failure(jpeg.error());
    return Encoded{jpeg.value(), "jpg"};
}

Result<QByteArray> ImageEncoding::encode(const QImage &image, const QByteArray &format) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    const bool jpeg = format == "jpg" || format == "jpeg";
    if (jpeg)
        writer.setQuality(kJpegQuality);
    if (!writer.write(jpeg ? image.convertToFormat(QImage::Format_RGB32) : image))
        return Result<QByteArray>::failure(
            tr("Could not encode the image as %1: %2")
                .arg(QString::fromLatin1(format).toUpper(), writer.errorString()));
    return bytes;
}

bool ImageEncoding::hasTransparency(const QImage &image) {
    if (!image.hasAlphaChannel())
        return false;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(argb.constScanLine(y));
        for (int x = 0; x < argb.width(); ++x) {
            if (qAlpha(line[x]) != 255)
                return true;
        }
    }
    return false;
}

QImage ImageEncoding::downscaled(const QImage &image, int width) {
    return image.scaledToWidth(width, Qt::SmoothTransformation);
}

QSize ImageEncoding::shownSize(QImageReader &reader) {
    const QSize size = reader.size();
    return reader.transformation().testFlag(QImageIOHandler::TransformationRotate90) ? size.transposed()
                                                                                     : size;
}

bool ImageEncoding::canReencode(QImageReader &reader) {
    const QByteArray format = reader.format();
    return !format.isEmpty() && format != "svg" && QImageWriter::supportedImageFormats().contains(format) &&
           !reader.supportsAnimation() && reader.imageCount() <= 1;
}

Result<QImage> ImageEncoding::readShown(const QString &path) {
    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);
    reader.setAllocationLimit(ImageSizeRules::kAllocationLimitMb);
    const QSize size = reader.size();
    if (!ImageSizeRules::decodable(size))
        return Result<QImage>::failure(
            tr("%1 is %2 × %3 pixels, more than Postwright opens (%4 million); nothing was added.")
                .arg(QDir::toNativeSeparators(path))
                .arg(size.width())
                .arg(size.height())
                .arg(ImageSizeRules::kMaxDecodedPixels / 1000000));
    QImage image = reader.read();
    if (image.isNull())
        return Result<QImage>::failure(
            tr("Could not read the image %1: %2").arg(QDir::toNativeSeparators(path), reader.errorString()));
    return image;
}
