#pragma once

#include <QSize>
#include <QtGlobal>

// The decisions about a new image's encoding and size, apart from the pixels (the encoding itself is Qt Gui's
// and lives in ui/). Pure functions of sizes and byte counts; any thread.
class ImageSizeRules {
public:
    // The writer's limits (AppSettings keeps them): an image wider, or with a file larger, is offered a
    // downscale.
    struct Limits {
        int maxWidth = 2400;                // pixels, as the image is shown (EXIF orientation applied)
        qint64 maxBytes = 2 * 1024 * 1024;  // of the file written
    };

    // A pasted bitmap is a photo, saved as JPEG rather than PNG, when it has no transparency and its PNG
    // encoding is over kPhotoPngBytes and takes at least kPhotoPngBytesPerPixel: screenshots and drawings
    // compress well as PNG (flat colours), camera pictures do not, and JPEG makes them several times smaller.
    static constexpr qint64 kPhotoPngBytes = 1024 * 1024;
    static constexpr double kPhotoPngBytesPerPixel = 1.0;
    static bool isPhoto(const QSize &size, qint64 pngBytes, bool hasTransparency);

    // The width to offer for an image of `size` whose file takes `bytes`: the limit's width when wider;
    // when only the file is too large, the width whose pixel count (which the bytes roughly follow) fits
    // the byte limit. 0 when the image is within both limits, so nothing is offered.
    static int downscaleWidth(const QSize &size, qint64 bytes, const Limits &limits);

    // Images are decoded (to downscale them) only up to this many pixels, 4 bytes each: a file whose header
    // claims more (a decompression bomb, or a photo far too large for a post) is refused before decoding.
    // The same figure is QImageReader's allocation limit.
    static constexpr qint64 kMaxDecodedPixels = 64 * 1024 * 1024;
    static constexpr int kAllocationLimitMb = int(kMaxDecodedPixels * 4 / (1024 * 1024));
    static bool decodable(const QSize &size);
};
