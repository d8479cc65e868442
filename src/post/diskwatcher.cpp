#include "diskwatcher.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {

QByteArray hashOf(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

constexpr int kPollWhileDeletedMs = 1000;

}  // namespace

DiskWatcher::DiskWatcher(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
    , m_poll(new QTimer(this)) {
    m_settle->setSingleShot(true);
    m_settle->setInterval(kDefaultSettleMs);
    m_poll->setInterval(kPollWhileDeletedMs);
    connect(m_settle, &QTimer::timeout, this, &DiskWatcher::check);
    connect(m_poll, &QTimer::timeout, this, &DiskWatcher::check);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &DiskWatcher::onFileEvent);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, &DiskWatcher::onDirectoryEvent);
}

void DiskWatcher::setSettleDelay(int ms) {
    m_settle->setInterval(ms);
}

void DiskWatcher::watch(const QString &path, const QByteArray &knownContent) {
    stop();
    if (path.isEmpty())
        return;
    m_path = QFileInfo(path).absoluteFilePath();
    setKnownContent(knownContent);
}

void DiskWatcher::stop() {
    m_settle->stop();
    m_poll->stop();
    const QStringList watched = m_watcher->files() + m_watcher->directories();
    if (!watched.isEmpty())
        m_watcher->removePaths(watched);
    m_path.clear();
    m_knownHash.clear();
    m_reportedHash.clear();
    m_stamp = Stamp();
    m_deleted = false;
    m_fileEventPending = false;
}

void DiskWatcher::setKnownContent(const QByteArray &bytes) {
    if (m_path.isEmpty())
        return;
    m_knownHash = hashOf(bytes);
    m_reportedHash.clear();
    m_stamp = stampNow();
    m_deleted = !m_stamp.exists;
    if (m_deleted)
        m_poll->start();
    else
        m_poll->stop();
    rearm(true);
}

void DiskWatcher::acknowledgeDiskContent() {
    if (m_path.isEmpty())
        return;
    const QByteArray hash = hashNow();
    if (!hash.isEmpty())
        m_knownHash = hash;
    m_reportedHash.clear();
    m_stamp = stampNow();
}

DiskWatcher::DiskState DiskWatcher::diskState() const {
    if (m_path.isEmpty())
        return DiskState::Unchanged;
    if (!QFileInfo::exists(m_path))
        return DiskState::Deleted;
    const QByteArray hash = hashNow();
    // Unreadable: nothing says it changed; the save reports its own error if it cannot write either.
    return hash.isEmpty() || hash == m_knownHash ? DiskState::Unchanged : DiskState::Changed;
}

void DiskWatcher::onFileEvent() {
    // The event may be the last one this inotify watch delivers (the file was replaced or removed): renew it
    // now, not after the settle delay, so a change in between is not missed.
    rearm(true);
    m_fileEventPending = true;
    m_settle->start();
}

void DiskWatcher::onDirectoryEvent() {
    rearm(false);
    m_settle->start();
}

void DiskWatcher::rearm(bool renewFileWatch) {
    if (m_path.isEmpty())
        return;
    const QFileInfo info(m_path);
    if (renewFileWatch && m_watcher->files().contains(m_path))
        m_watcher->removePath(m_path);
    if (info.exists() && !m_watcher->files().contains(m_path))
        m_watcher->addPath(m_path);
    const QString folder = info.absolutePath();
    if (QFileInfo(folder).isDir() && !m_watcher->directories().contains(folder))
        m_watcher->addPath(folder);
}

void DiskWatcher::check() {
    if (m_path.isEmpty())
        return;
    rearm(false);
    const Stamp stamp = stampNow();
    const bool forced = m_fileEventPending;
    m_fileEventPending = false;
    if (!stamp.exists) {
        m_stamp = stamp;
        if (!m_deleted) {
            m_deleted = true;
            m_reportedHash.clear();
            m_poll->start();
            Q_EMIT deletedFromDisk();
        }
        return;
    }
    bool mustHash = forced || !(stamp == m_stamp);
    if (m_deleted) {
        m_deleted = false;
        m_poll->stop();
        mustHash = true;
        Q_EMIT restoredOnDisk();
    }
    m_stamp = stamp;
    // A folder event about another file leaves our file's size and time alone: no need to read it.
    if (!mustHash)
        return;
    const QByteArray hash = hashNow();
    if (hash.isEmpty())
        return;
    if (hash == m_knownHash) {
        m_reportedHash.clear();  // back to what we know; a later change is news again
        return;
    }
    if (hash == m_reportedHash)
        return;
    m_reportedHash = hash;
    Q_EMIT changedOnDisk();
}

DiskWatcher::Stamp DiskWatcher::stampNow() const {
    const QFileInfo info(m_path);
    Stamp stamp;
    stamp.exists = info.exists();
    if (stamp.exists) {
        stamp.size = info.size();
        stamp.modified = info.lastModified();
    }
    return stamp;
}

QByteArray DiskWatcher::hashNow() const {
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return hash.result();
}
