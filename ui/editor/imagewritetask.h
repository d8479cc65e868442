#pragma once

#include "editor/imageencoding.h"
#include "site/imageplacement.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>
#include <QStringList>
#include <QVector>

// The part of adding images that touches pixels and disk, run on a worker thread: learns where the site keeps
// images, encodes or downscales, writes new files (never overwriting) or copies dropped ones, and removes
// their location data. All or nothing: when one file fails, the files this task wrote are removed again.
// Takes and returns values only.
class ImageWriteTask {
    Q_DECLARE_TR_FUNCTIONS(ImageWriteTask)

public:
    struct Dropped {
        QString path;
        int width = 0;  // > 0: re-encoded this wide in its own format (orientation baked in, metadata gone)
    };
    struct Request {
        QString siteRoot;
        QString postPath;
        QString folder;  // the writer's image folder for the site; null to learn it from the posts
        bool keepLocation = false;
        // A pasted bitmap (when not null), already encoded; re-encoded `width` wide when width > 0.
        QImage image;
        ImageEncoding::Encoded encoded;
        int width = 0;
        // Dropped files: linked in place when inside the site, else copied (or downscaled) into it.
        QVector<Dropped> files;
    };
    struct Outcome {
        ImagePlacement placement;
        QStringList relativePaths;  // of each image to link, relative to the site root, in order
        QStringList written;        // absolute paths of the files written
        QString error;              // empty on success
    };

    static Outcome run(const Request &request);

private:
    static Result<QString> writePasted(const Request &request, const ImagePlacement &placement,
                                       const QString &base);
    static Result<QString> writeDropped(const Request &request, const Dropped &file,
                                        const ImagePlacement &placement, const QString &base);
};
