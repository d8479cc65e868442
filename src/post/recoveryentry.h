#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

// One recovery copy: the unsaved text of a post as RecoveryStore kept it. Plain value type.
struct RecoveryEntry {
    // How the file on disk relates to the text the edits started from.
    enum class DiskState {
        Unchanged,  // the file still holds the text the edits were based on: restoring loses nothing
        Changed,    // the file changed since (another program, or a save after the copy): compare first
        Missing,    // the file is gone (or unreadable)
        Untitled,   // a new post that was never saved: there is no file
    };

    QString id;           // the store's name for this copy; RecoveryStore::discard(entry) takes it
    QString postPath;     // absolute path of the post; empty for an untitled post
    QString untitledId;   // for an untitled post, the id its window gave it (RecoveryStore::newUntitledId())
    QDateTime savedAt;    // when the copy was written (UTC)
    QByteArray text;      // the post's full text with the unsaved edits, byte-exact
    QByteArray baseHash;  // RecoveryStore::contentHash() of the text the edits started from (empty if none)
    DiskState diskState = DiskState::Untitled;

    bool isUntitled() const { return postPath.isEmpty(); }
};
