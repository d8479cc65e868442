#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// Watches one open post on disk and says when its *content* changed under us. Every event is checked by
// hashing the file and comparing with the content we know (what we last read or wrote), so a touch, our own
// save, or an editor rewriting the same bytes is silent. The watch is re-armed after every event (editors
// save by rename, which drops an inotify watch) and after our own saves; the folder is watched too, so a file
// that is deleted and comes back is seen. Events in a burst are checked once, after settleDelay(). GUI
// thread.
class DiskWatcher : public QObject {
    Q_OBJECT

public:
    enum class DiskState {
        Unchanged,  // the file holds the content we know (or one the user acknowledged)
        Changed,    // someone else changed it
        Deleted,    // it is gone
    };

    explicit DiskWatcher(QObject *parent = nullptr);

    // Starts watching `path`, whose content we know to be `knownContent` (the bytes just read). An empty path
    // stops watching.
    void watch(const QString &path, const QByteArray &knownContent);
    void stop();
    QString path() const { return m_path; }

    // The file now holds `bytes` because we wrote (or re-read) them: call after every save and reload.
    // Re-arms the watch; the events our own write causes emit nothing.
    void setKnownContent(const QByteArray &bytes);
    // "Keep mine": accepts what is on disk now as known, so it is not reported again and the next save writes
    // without asking. A later change is reported as usual.
    void acknowledgeDiskContent();

    // Reads the file now (no waiting for events): call right before saving, and ask before overwriting when
    // hasChangedSince() is true. A deleted file is not "changed": saving creates it again.
    DiskState diskState() const;
    bool hasChangedSince() const { return diskState() == DiskState::Changed; }

    // How long events must be quiet before the file is checked (ms).
    static constexpr int kDefaultSettleMs = 150;
    void setSettleDelay(int ms);

Q_SIGNALS:
    // The content on disk differs from what we know. Emitted once per distinct new content.
    void changedOnDisk();
    // The file disappeared (deleted, or its folder vanished).
    void deletedFromDisk();
    // A deleted file exists again; changedOnDisk() follows when its content is not what we know.
    void restoredOnDisk();

private:
    struct Stamp {
        bool exists = false;
        qint64 size = -1;
        QDateTime modified;
        bool operator==(const Stamp &other) const {
            return exists == other.exists && size == other.size && modified == other.modified;
        }
    };

    void onFileEvent();
    void onDirectoryEvent();
    void check();
    void rearm(bool renewFileWatch);
    Stamp stampNow() const;
    // The hash of the file's bytes, or empty when it cannot be read.
    QByteArray hashNow() const;

    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
    QTimer *m_poll;  // while the file is gone: its folder may be gone too, and then nothing else tells us
    QString m_path;
    QByteArray m_knownHash;
    QByteArray m_reportedHash;
    Stamp m_stamp;
    bool m_deleted = false;
    bool m_fileEventPending = false;
};
