#include "site/siteroot.h"

#include <QDir>
#include <QFileInfo>

bool SiteRoot::isSiteRoot(const QString &folder) {
    const QDir dir(folder);
    for (const char *config : {"_config.yml", "_config.yaml", "_config.toml"}) {
        if (QFileInfo(dir.filePath(QLatin1String(config))).isFile())
            return true;
    }
    return QFileInfo(dir.filePath(QStringLiteral("_posts"))).isDir();
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
        if (isSiteRoot(folder))
            return folder;
        QDir dir(folder);
        if (!dir.cdUp())
            return {};
        folder = dir.canonicalPath();
    }
    return {};
}
