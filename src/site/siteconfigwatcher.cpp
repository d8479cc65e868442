#include "site/siteconfigwatcher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {

// SiteConfig::load's files, in its order.
const char *const kConfigNames[] = {"_config.yml", "_config.yaml"};

}  // namespace

SiteConfigWatcher::SiteConfigWatcher(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_settle(new QTimer(this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(kDefaultSettleMs);
    connect(m_settle, &QTimer::timeout, this, &SiteConfigWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this] { m_settle->start(); });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] { m_settle->start(); });
}

void SiteConfigWatcher::watch(const QString &siteRoot) {
    const QString root = siteRoot.isEmpty() ? QString() : QDir::cleanPath(siteRoot);
    if (root == m_root)
        return;
    m_root = root;
    m_settle->stop();
    m_known = readState();
    rearm();
}

void SiteConfigWatcher::setSettleDelay(int ms) {
    m_settle->setInterval(ms);
}

QByteArray SiteConfigWatcher::readState() const {
    if (m_root.isEmpty())
        return {};
    QByteArray state;
    for (const char *name : kConfigNames) {
        QFile file(QDir(m_root).filePath(QLatin1String(name)));
        // The length goes first, so the two files' bytes cannot run into each other.
        if (file.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = file.readAll();
            state += QByteArray::number(bytes.size()) + ':' + bytes;
        } else {
            state += "-:";
        }
    }
    return state;
}

void SiteConfigWatcher::rearm() {
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    if (m_root.isEmpty())
        return;
    QStringList paths{m_root};
    for (const char *name : kConfigNames) {
        const QString path = QDir(m_root).filePath(QLatin1String(name));
        if (QFileInfo::exists(path))
            paths << path;
    }
    m_watcher->addPaths(paths);
}

void SiteConfigWatcher::check() {
    // A file replaced by rename is a new file: its watch must be added again, whatever it holds.
    rearm();
    const QByteArray state = readState();
    if (state == m_known)
        return;
    m_known = state;
    emit configChanged();
}
