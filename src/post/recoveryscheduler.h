#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

#include "post/postdocument.h"

class QTimer;
class RecoveryStore;
struct RecoveryEntry;

// Keeps a recovery copy of one document's unsaved edits: written `delay()` (2 s) after the last edit, so
// always within 3 s after typing stops, and at least every `maxInterval()` (10 s) while typing goes on;
// removed when the document is saved, edited back to its saved text, or replaced by another post.
// Follows the document's signals only; the window calls discard() when the user drops the edits (closing
// with "Discard"). The store must outlive the scheduler. GUI thread.
class RecoveryScheduler : public QObject {
    Q_OBJECT

public:
    RecoveryScheduler(PostDocument *document, RecoveryStore *store, QObject *parent = nullptr);

    static constexpr int kDefaultDelayMs = 2000;
    static constexpr int kDefaultMaxIntervalMs = 10000;
    void setDelay(int ms);
    int delay() const;
    void setMaxInterval(int ms) { m_maxIntervalMs = ms; }
    int maxInterval() const { return m_maxIntervalMs; }

    // A copy is due (edits not yet written).
    bool isPending() const;
    // Writes the copy now when there are unsaved edits (e.g. before quitting without an answer).
    void writeNow();
    // Removes this document's copy; the user chose to drop the edits.
    void discard();
    // For an untitled document: the id its copy is stored under (RecoveryEntry::untitledId).
    QString untitledId() const { return m_untitledId; }
    // After the window put a pending copy's text into the document: writes this session's copy at once, then
    // removes the pending one, so the edits are never without a copy on disk.
    void takeOver(const RecoveryEntry &entry);

Q_SIGNALS:
    // A copy was written for the document (postPath empty for an untitled post).
    void written(const QString &postPath);
    // A copy could not be written; the message names the post, the folder and the reason.
    void failed(const QString &message);

private:
    void onEdited();
    void onSaved();
    void onLoaded();
    void discardCopy();

    QPointer<PostDocument> m_document;
    RecoveryStore *m_store;
    QTimer *m_timer;
    QElapsedTimer m_sinceFirstUnwritten;
    int m_maxIntervalMs = kDefaultMaxIntervalMs;
    // Where the copy written so far lives: the path, or the untitled id when the path is empty.
    QString m_copyPath;
    QString m_untitledId;
    bool m_hasCopy = false;
};
