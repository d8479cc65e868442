#include "site/sitesourcewatcher.h"

#include <QDir>
#include <QDirIterator>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {

// Files and folders inside the watched folders are watched too (an editor may write a layout in place), up
// to this many in all: a theme rarely has more.
constexpr int kMaxPaths = 1000;
bool isStylesheet(const QFileInfo &file) {
    const QString suffix = file.suffix().toLower();
    return suffix == QLatin1String("css") || suffix == QLatin1String("scss") ||
           suffix == QLatin1String("sass");
}

const char *const kFolders[] = {"_layouts", "_includes", "_data", "_plugins", "_sass", "assets"};

}  // namespace

SiteSourceWatcher::SiteSourceWatcher(const QString &siteRoot, QObject *parent)
    : QObject(parent), m_root(siteRoot), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(kSettleMs);
    connect(m_settle, &QTimer::timeout, this, [this] {
        rearm();  // a folder may have appeared, a file been replaced by rename
        emit changed();
    });
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    rearm();
}

void SiteSourceWatcher::rearm() {
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (m_root.isEmpty())
        return;
    const QDir root(m_root);
    QStringList paths = {m_root};  // a configuration file or a folder above appearing or going away
    for (const char *name : {"_config.yml", "_config.yaml"}) {
        if (root.exists(QLatin1String(name)))
            paths.append(root.filePath(QLatin1String(name)));
    }
    for (const char *name : kFolders) {
        const QString folder = root.filePath(QLatin1String(name));
        if (!QFileInfo(folder).isDir())
            continue;
        paths.append(folder);
        // Under assets/ only the stylesheets matter (images are served as they are).
        const bool stylesOnly = qstrcmp(name, "assets") == 0;
        QDirIterator inside(folder, QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
        while (inside.hasNext() && paths.size() < kMaxPaths) {
            const QString path = inside.next();
            const QFileInfo info = inside.fileInfo();
            if (info.isDir() || !stylesOnly || isStylesheet(info))
                paths.append(path);
        }
    }
    m_watcher->addPaths(paths);
}
