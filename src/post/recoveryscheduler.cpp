#include "recoveryscheduler.h"

#include <QTimer>

#include "post/recoverystore.h"

RecoveryScheduler::RecoveryScheduler(PostDocument *document, RecoveryStore *store, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_store(store)
    , m_timer(new QTimer(this))
    , m_untitledId(RecoveryStore::newUntitledId()) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &RecoveryScheduler::writeNow);
    connect(document, &PostDocument::frontMatterChanged, this, &RecoveryScheduler::onEdited);
    connect(document, &PostDocument::bodyChanged, this, &RecoveryScheduler::onEdited);
    // Only "no longer modified" matters here: a post that merely starts out unsaved (a new post's template)
    // gets a copy once it is edited, not before.
    connect(document, &PostDocument::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            onEdited();
    });
    connect(document, &PostDocument::saved, this, &RecoveryScheduler::onSaved);
    connect(document, &PostDocument::loaded, this, &RecoveryScheduler::onLoaded);
}

void RecoveryScheduler::setDelay(int ms) {
    m_timer->setInterval(ms);
}

int RecoveryScheduler::delay() const {
    return m_timer->interval();
}

bool RecoveryScheduler::isPending() const {
    return m_timer->isActive();
}

void RecoveryScheduler::onEdited() {
    if (!m_document)
        return;
    if (!m_document->isModified()) {
        // Edited back to the saved text (or saved): there is nothing to recover.
        m_timer->stop();
        discardCopy();
        return;
    }
    if (!m_timer->isActive())
        m_sinceFirstUnwritten.start();
    // Debounced, but someone typing without a pause still gets a copy every maxInterval().
    if (m_sinceFirstUnwritten.elapsed() >= m_maxIntervalMs)
        writeNow();
    else
        m_timer->start();
}

void RecoveryScheduler::onSaved() {
    m_timer->stop();
    discardCopy();  // the copy of the old path (or of the untitled post) too, after Save As
}

void RecoveryScheduler::onLoaded() {
    // Another post (or the same one reloaded) replaced the text: the previous edits were saved or dropped.
    m_timer->stop();
    discardCopy();
}

void RecoveryScheduler::writeNow() {
    m_timer->stop();
    if (!m_document || !m_document->isModified())
        return;
    const QString path = m_document->path();
    if (m_hasCopy && path != m_copyPath)
        discardCopy();
    const QByteArray &text = m_document->post().text();
    const Status status =
        path.isEmpty() ? m_store->saveUntitled(m_untitledId, text)
                       : m_store->save(path, text, RecoveryStore::contentHash(m_document->savedText()));
    if (!status) {
        Q_EMIT failed(status.error());
        return;
    }
    m_hasCopy = true;
    m_copyPath = path;
    Q_EMIT written(path);
}

void RecoveryScheduler::takeOver(const RecoveryEntry &entry) {
    if (m_store->isOwn(entry))
        return;
    writeNow();
    // Keep the pending copy unless ours is on disk (or the file already holds the text): a failed write must
    // not cost the only copy.
    const bool safe =
        m_document && (m_hasCopy || (!m_document->isModified() && m_document->post().text() == entry.text));
    if (safe)
        m_store->discard(entry);
}

void RecoveryScheduler::discard() {
    m_timer->stop();
    discardCopy();
}

void RecoveryScheduler::discardCopy() {
    if (!m_hasCopy)
        return;
    if (m_copyPath.isEmpty())
        m_store->discardUntitled(m_untitledId);
    else
        m_store->discard(m_copyPath);
    m_hasCopy = false;
}
