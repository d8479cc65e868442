#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

#include <memory>
#include <optional>

#include "common/result.h"
#include "post/recoveryentry.h"

class QLockFile;

// Recovery copies of unsaved edits, one file per post in the application's data folder (never next to the
// post, where Jekyll would publish it). A copy is keyed by a hash of the post's canonical absolute path plus
// the session (this store object) that wrote it, so two running instances never overwrite each other's copies
// and a crashed session's copies survive until the user decides.
//
// Each store holds a session lock while it has written anything; copies whose session lock is no longer held
// (the process crashed or quit without discarding them) are pending(): the next start offers them.
// Not thread-safe; lives on one thread. Writes are atomic (QSaveFile), the text is kept byte-exact.
class RecoveryStore {
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)

public:
    // `folder` defaults to defaultFolder(); tests pass a temporary folder. Nothing is created until a save.
    explicit RecoveryStore(const QString &folder = defaultFolder());
    // Releases the session: copies not discarded become pending() for the next store.
    ~RecoveryStore();
    RecoveryStore(const RecoveryStore &) = delete;
    RecoveryStore &operator=(const RecoveryStore &) = delete;

    // QStandardPaths::AppDataLocation + "/recovery".
    static QString defaultFolder();
    QString folder() const { return m_folder; }
    // The hash compared everywhere a "same content?" question is asked (hex SHA-256).
    static QByteArray contentHash(const QByteArray &bytes);
    // A fresh id for a post without a file yet; the window keeps it for the post's life.
    static QString newUntitledId();

    // Writes (replaces) this session's copy for the post at `postPath`. `savedTextHash` is contentHash() of
    // the text the edits started from (PostDocument::savedText()). Fails with a message naming the post and
    // the recovery folder and the reason; nothing is ever written next to the post.
    Status save(const QString &postPath, const QByteArray &text, const QByteArray &savedTextHash);
    Status saveUntitled(const QString &untitledId, const QByteArray &text);

    // Removes this session's copy for the post (after a save, or when the user dropped the edits).
    void discard(const QString &postPath);
    void discardUntitled(const QString &untitledId);
    // Removes any copy, e.g. a pending one the user chose to discard.
    Status discard(const RecoveryEntry &entry);

    // Copies left behind by sessions that ended without discarding them, newest first. Copies whose text is
    // already what the file holds (nothing to recover) are removed instead of listed.
    QVector<RecoveryEntry> pending();
    // Whether the entry is this store's own copy (not a pending one).
    bool isOwn(const RecoveryEntry &entry) const;
    // This session's copy for the post, else the newest pending one for it.
    std::optional<RecoveryEntry> find(const QString &postPath);

private:
    Status write(const QString &key, const QString &postPath, const QString &untitledId,
                 const QByteArray &text, const QByteArray &baseHash);
    Status ensureSession();
    QString fileFor(const QString &key, const QString &session) const;
    bool isSessionAlive(const QString &session) const;
    QVector<RecoveryEntry> entries(const QString &key = QString());

    QString m_folder;
    QString m_session;
    std::unique_ptr<QLockFile> m_lock;
};
