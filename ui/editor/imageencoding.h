#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QImageReader;

// A new image's pixels turned into file bytes with Qt's image classes (QImage, QImageReader, QImageWriter),
// by the rules of ImageSizeRules. Pure functions of their arguments, safe on any thread (the writes run on
// worker threads).
class ImageEncoding {
    Q_DECLARE_TR_FUNCTIONS(ImageEncoding)

public:
    static constexpr int kJpegQuality = 90;

    struct Encoded {
        QByteArray bytes;
        QByteArray format;  // "png" or "jpg": also the file's extension
    };

    // A pasted bitmap as PNG, or as JPEG when ImageSizeRules::isPhoto says it is a photo.
    static Result<Encoded> encodePasted(const QImage &image);
    // `image` in `format` (a QImageWriter format; JPEG at kJpegQuality, without transparency).
    static Result<QByteArray> encode(const QImage &image, const QByteArray &format);
    // Whether any pixel of `image` is not fully opaque.
    static bool hasTransparency(const QImage &image);
    // `image` `width` pixels wide, its aspect kept, smoothly scaled.
    static QImage downscaled(const QImage &image, int width);

    // The size the image `reader` reads is shown at: its EXIF orientation applied (a quarter turn swaps
    // width and height). Reads the header only.
    static QSize shownSize(QImageReader &reader);
    // Whether a file in `format` can be written again by Qt (to downscale it) and holds one still picture.
    static bool canReencode(QImageReader &reader);
    // The image in the file at `path`, its EXIF orientation baked into the pixels, decoded only when its
    // header's size is within ImageSizeRules::decodable (and under QImageReader's allocation limit).
    static Result<QImage> readShown(const QString &path);
};
