#pragma once

#include <QDateTime>
#include <QString>

// One image file the site publishes, as SiteImageCatalog lists it. Plain data, cheap to copy between
// threads; `size` and `modified` make the key under which a thumbnail is cached.
struct SiteImage {
    QString path;          // absolute
    QString relativePath;  // to the site root, '/'-separated
    qint64 size = 0;
    QDateTime modified;

    QString fileName() const { return relativePath.mid(relativePath.lastIndexOf(QLatin1Char('/')) + 1); }
    QString folder() const {
        const qsizetype slash = relativePath.lastIndexOf(QLatin1Char('/'));
        return slash < 0 ? QString() : relativePath.left(slash);
    }
};
