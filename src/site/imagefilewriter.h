#pragma once

#include "common/result.h"
#include "site/imageplacement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// Writes a post's new image into the site where ImagePlacement says, as a new file only: a name that exists
// (even one that appeared since it was chosen) is never opened for writing; the next free name is taken.
// A failed write removes what it began, so nothing half-written is left. Any thread.
class ImageFileWriter {
    Q_DECLARE_TR_FUNCTIONS(ImageFileWriter)

public:
    // Writes `bytes` as `<base>-N.<extension>` in the placement's folder (created when missing); the absolute
    // path written, or a message naming the file and the reason.
    static Result<QString> writeNew(const ImagePlacement &placement, const QString &base,
                                    const QString &extension, const QByteArray &bytes);
    // Copies the file at `source` as it is, under `<base>-N` with its own extension.
    static Result<QString> copyNew(const ImagePlacement &placement, const QString &base,
                                   const QString &source);
};
