#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

// Location data in a photo's metadata (EXIF GPS, XMP exif:GPS*), read and removed in place without
// re-encoding the picture (exiv2): everything else, the orientation tag included, stays as it was. Any
// thread, one file per call.
class PhotoMetadata {
    Q_DECLARE_TR_FUNCTIONS(PhotoMetadata)

public:
    // Whether the file at `path` carries a location; false for a format exiv2 does not read metadata of.
    static Result<bool> hasLocation(const QString &path);
    // Removes the location from the file at `path`, which is rewritten only when it had one; a message
    // naming the file and the reason when the file has a location that could not be removed.
    static Status removeLocation(const QString &path);
};
