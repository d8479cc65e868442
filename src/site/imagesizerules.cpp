#include "site/imagesizerules.h"

#include <cmath>

bool ImageSizeRules::isPhoto(const QSize &size, qint64 pngBytes, bool hasTransparency) {
    const qint64 pixels = qint64(size.width()) * size.height();
    return !hasTransparency && pixels > 0 && pngBytes > kPhotoPngBytes &&
           double(pngBytes) / double(pixels) >= kPhotoPngBytesPerPixel;
}

int ImageSizeRules::downscaleWidth(const QSize &size, qint64 bytes, const Limits &limits) {
    if (size.width() <= 1 || size.height() <= 0)
        return 0;
    if (limits.maxWidth > 0 && size.width() > limits.maxWidth)
        return limits.maxWidth;
    if (limits.maxBytes > 0 && bytes > limits.maxBytes) {
        const int width = int(std::floor(size.width() * std::sqrt(double(limits.maxBytes) / double(bytes))));
        return qBound(1, width, size.width() - 1);
    }
    return 0;
}

bool ImageSizeRules::decodable(const QSize &size) {
    return size.isValid() && qint64(size.width()) * size.height() <= kMaxDecodedPixels;
}
