#include "site/siteimagecatalog.h"

#include "site/siteconfig.h"
#include "site/sitefolderwalker.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

const QStringList &SiteImageCatalog::extensions() {
    static const QStringList list{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                  QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                  QStringLiteral("avif")};
    return list;
}

bool SiteImageCatalog::isImageName(const QString &fileName) {
    const qsizetype dot = fileName.lastIndexOf(QLatin1Char('.'));
    return dot > 0 && extensions().contains(fileName.mid(dot + 1).toLower());
}

QVector<SiteImage> SiteImageCatalog::list(const QString &root, Order order, QStringList *problems) {
    const Result<SiteConfig> config = SiteConfig::load(root);
    if (config)
        return list(root, config.value(), order, problems);
    if (problems)
        problems->append(config.error());
    return list(root, SiteConfig(), order, problems);
}

QVector<SiteImage> SiteImageCatalog::list(const QString &root, const SiteConfig &config, Order order,
                                          QStringList *problems) {
    QSet<QString> writtenCollections;
    for (const SiteCollection &collection : config.collections()) {
        if (collection.output)
            writtenCollections.insert(collection.label);
    }
    QVector<SiteImage> images;
    const QVector<SiteCandidate> candidates = SiteFolderWalker(root, config).walk(problems);
    for (const SiteCandidate &candidate : candidates) {
        // Posts and drafts are documents, never static files; a collection's other files are written only
        // when the collection is (Jekyll's StaticFile#write?).
        const bool published =
            candidate.kind == SitePost::Kind::Page || (candidate.kind == SitePost::Kind::CollectionDocument &&
                                                       writtenCollections.contains(candidate.collection));
        if (!published || candidate.nameNotUtf8 || !isImageName(candidate.relativePath))
            continue;
        const QFileInfo info(candidate.path);
        if (!info.isFile())
            continue;
        images.append({candidate.path, candidate.relativePath, info.size(), info.lastModified()});
    }
    sort(images, order);
    return images;
}

void SiteImageCatalog::sort(QVector<SiteImage> &images, Order order) {
    if (order == Order::Newest) {
        std::sort(images.begin(), images.end(), [](const SiteImage &a, const SiteImage &b) {
            if (a.modified != b.modified)
                return a.modified > b.modified;
            return a.relativePath < b.relativePath;
        });
        return;
    }
    std::sort(images.begin(), images.end(), [](const SiteImage &a, const SiteImage &b) {
        const int byFolder = QString::compare(a.folder(), b.folder(), Qt::CaseInsensitive);
        if (byFolder != 0)
            return byFolder < 0;
        const int byName = QString::compare(a.fileName(), b.fileName(), Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.relativePath < b.relativePath;
    });
}

bool SiteImageCatalog::matches(const SiteImage &image, const QString &text) {
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!image.relativePath.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}
