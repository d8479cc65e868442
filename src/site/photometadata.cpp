#include "site/photometadata.h"

#include <QDir>
#include <QFile>

#include <mutex>

// exiv2 0.27 still hands out std::auto_ptr, which C++17 deprecates.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
#include <exiv2/exiv2.hpp>

namespace {

// exiv2's XMP parser must be set up once before threads use it, and its warnings would go to stderr.
void initialise() {
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute);
        Exiv2::XmpParser::initialize();
    });
}

bool isLocationExif(const Exiv2::Exifdatum &datum) {
    return datum.groupName() == "GPSInfo" || datum.key() == "Exif.Image.GPSTag";
}

bool isLocationXmp(const Exiv2::Xmpdatum &datum) {
    return datum.groupName() == "exif" && datum.tagName().rfind("GPS", 0) == 0;
}

// The file opened with its metadata read, or null when exiv2 does not know the format.
Exiv2::Image::AutoPtr openRead(const QString &path) {
    initialise();
    const QByteArray local = QFile::encodeName(path);
    if (Exiv2::ImageFactory::getType(std::string(local.constData(), local.size())) == Exiv2::ImageType::none)
        return Exiv2::Image::AutoPtr();
    Exiv2::Image::AutoPtr image = Exiv2::ImageFactory::open(std::string(local.constData(), local.size()));
    image->readMetadata();
    return image;
}

bool hasAny(Exiv2::Image &image) {
    for (const Exiv2::Exifdatum &datum : image.exifData()) {
        if (isLocationExif(datum))
            return true;
    }
    for (const Exiv2::Xmpdatum &datum : image.xmpData()) {
        if (isLocationXmp(datum))
            return true;
    }
    return false;
}

QString explained(const Exiv2::AnyError &error) {
    return QString::fromLocal8Bit(error.what());
}

}  // namespace

Result<bool> PhotoMetadata::hasLocation(const QString &path) {
    try {
        Exiv2::Image::AutoPtr image = openRead(path);
        return image.get() && hasAny(*image);
    } catch (const Exiv2::AnyError &error) {
        return Result<bool>::failure(tr("Could not read the metadata of %1: %2")
                                         .arg(QDir::toNativeSeparators(path), explained(error)));
    }
}

Status PhotoMetadata::removeLocation(const QString &path) {
    try {
        Exiv2::Image::AutoPtr image = openRead(path);
        if (!image.get() || !hasAny(*image))
            return {};
        Exiv2::ExifData &exif = image->exifData();
        for (auto it = exif.begin(); it != exif.end();)
            it = isLocationExif(*it) ? exif.erase(it) : std::next(it);
        Exiv2::XmpData &xmp = image->xmpData();
        for (auto it = xmp.begin(); it != xmp.end();)
            it = isLocationXmp(*it) ? xmp.erase(it) : std::next(it);
        image->writeMetadata();
        return {};
    } catch (const Exiv2::AnyError &error) {
        return Status::failure(tr("Could not remove the location from %1: %2")
                                   .arg(QDir::toNativeSeparators(path), explained(error)));
    }
}

#pragma GCC diagnostic pop
