#pragma once

#include <QObject>

#include <memory>

class PostDocument;
class RecoveryScheduler;
class RecoveryStore;
class QWidget;

// Keeps a recovery copy of the window's unsaved edits (in the application's data folder, a few seconds after
// typing stops) and, at start-up, offers the copies a crashed session left behind.
class RecoveryController : public QObject {
    Q_OBJECT

public:
    RecoveryController(PostDocument *document, QWidget *dialogParent);
    ~RecoveryController() override;

    // Shows the recovery dialog when copies were left behind; true when one was restored into the document.
    bool offerPending();
    // The writer closed the window without keeping the edits: the copy goes too.
    void discard();
    RecoveryScheduler *scheduler() const { return m_scheduler; }

Q_SIGNALS:
    void failed(const QString &message);

private:
    // Gives the scheduler the interval the writer chose (AppSettings::recoveryInterval).
    void applyInterval();

    PostDocument *m_document;
    QWidget *m_dialogParent;
    std::unique_ptr<RecoveryStore> m_store;
    RecoveryScheduler *m_scheduler;
};
