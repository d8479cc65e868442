#include "site/siteroot.h"

#include <QDir>
#include <QFileInfo>

namespace {

bool hasConfig(const QDir &dir) {
    for (const char *config : {"_config.yml", "_config.yaml", "_config.toml"}) {
        if (QFileInfo(dir.filePath(QLatin1String(config))).isFile())
            return true;
    }
    return false;
}

bool hasPosts(const QDir &dir) {
    return QFileInfo(dir.filePath(QStringLiteral("_posts"))).isDir();
}

// Whether a folder with a config holds what only a Jekyll site holds: its own posts, drafts, layouts,
// includes, data, Sass or built output. A home folder with a stray `_config.yml` holds none of them.
bool looksLikeSite(const QDir &dir) {
    for (const char *folder : {"_posts", "_drafts", "_layouts", "_includes", "_data", "_sass", "_site"}) {
        if (QFileInfo(dir.filePath(QLatin1String(folder))).isDir())
            return true;
    }
    return false;
}

// The site a folder holding `_posts/` but no config belongs to: the nearest folder above with a config,
// when that folder looks like a Jekyll site (Jekyll reads `news/_posts/` as posts of the site, in the
// category `news`, even when the root has no `_posts/` of its own); else the folder itself, a site without
// a config (an unrelated `_config.yml` higher up, say in the home folder, does not make it part of another
// site).
QString siteOfPostsFolder(const QString &folder) {
    QDir dir(folder);
    while (dir.cdUp()) {
        if (hasConfig(dir))
            return looksLikeSite(dir) ? dir.canonicalPath() : folder;
    }
    return folder;
}

}  // namespace

bool SiteRoot::isSiteRoot(const QString &folder) {
    const QDir dir(folder);
    return hasConfig(dir) || hasPosts(dir);
}

QString SiteRoot::find(const QString &fileOrFolder) {
    if (fileOrFolder.isEmpty())
        return {};
    QFileInfo info(QDir::cleanPath(QDir(fileOrFolder).absolutePath()));
    // Climb to something that exists so canonicalFilePath() can resolve links.
    while (!info.exists()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            return {};
        info = QFileInfo(parent);
    }
    QString folder =
        info.isDir() ? info.canonicalFilePath() : QFileInfo(info.canonicalFilePath()).absolutePath();
    while (!folder.isEmpty()) {
        if (hasConfig(QDir(folder)))
            return folder;
        if (hasPosts(QDir(folder)))
            return siteOfPostsFolder(folder);
        QDir dir(folder);
        if (!dir.cdUp())
            return {};
        folder = dir.canonicalPath();
    }
    return {};
}
