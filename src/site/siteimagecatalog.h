#pragma once

#include "site/siteimage.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

class SiteConfig;

// The image files a Jekyll site publishes as static files, for the image picker: what SiteFolderWalker
// finds in the folders Jekyll reads (so `_site`, `_drafts`, `_posts`, `.git`, `node_modules`, underscore and
// dot folders and the `exclude:` list are left out, `include:` is honoured), plus the files of collections
// written with `output: true`, whose names end in an image extension. Reads the disk now; any thread.
class SiteImageCatalog {
    Q_DECLARE_TR_FUNCTIONS(SiteImageCatalog)

public:
    enum class Order {
        Newest,    // latest modification first, then by path
        ByFolder,  // by folder, then file name (case-insensitive)
    };

    // The lower-case extensions counted as images, without dots.
    static const QStringList &extensions();
    static bool isImageName(const QString &fileName);

    // The images of the site at `root`, read with its `_config.yml` (a broken one is named in `problems`
    // and the defaults are used, as the walk still finds the images).
    static QVector<SiteImage> list(const QString &root, Order order, QStringList *problems = nullptr);
    static QVector<SiteImage> list(const QString &root, const SiteConfig &config, Order order,
                                   QStringList *problems = nullptr);
    static void sort(QVector<SiteImage> &images, Order order);
    // Whether the image's relative path contains every space-separated word of `text` (case-insensitive).
    static bool matches(const SiteImage &image, const QString &text);
};
