#include "recoverycontroller.h"

#include <QFileInfo>

#include "post/postdocument.h"
#include "post/postfile.h"
#include "post/recoveryscheduler.h"
#include "post/recoverystore.h"
#include "safety/recoverydialog.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <algorithm>

RecoveryController::RecoveryController(PostDocument *document, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_dialogParent(dialogParent)
    , m_store(std::make_unique<RecoveryStore>())
    , m_scheduler(new RecoveryScheduler(document, m_store.get(), this)) {
    connect(m_scheduler, &RecoveryScheduler::failed, this, &RecoveryController::failed);
    applyInterval();
    connect(SettingsNotifier::instance(), &SettingsNotifier::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::RecoveryInterval)
            applyInterval();
    });
}

void RecoveryController::applyInterval() {
    const int ms = AppSettings::recoveryInterval() * 1000;
    m_scheduler->setMaxInterval(ms);
    // A copy is never due later after typing stops than while it goes on.
    m_scheduler->setDelay(std::min(RecoveryScheduler::kDefaultDelayMs, ms));
}

RecoveryController::~RecoveryController() {
    // The scheduler uses the store: it goes first.
    delete m_scheduler;
}

bool RecoveryController::offerPending() {
    const QVector<RecoveryEntry> pending = m_store->pending();
    if (pending.isEmpty())
        return false;
    bool restored = false;
    RecoveryDialog dialog(pending, m_dialogParent);
    connect(&dialog, &RecoveryDialog::restoreRequested, this, [&](const RecoveryEntry &entry) {
        QByteArray disk;
        if (!entry.postPath.isEmpty() && QFileInfo::exists(entry.postPath)) {
            const Result<QByteArray> bytes = PostFile::readBytes(entry.postPath);
            if (bytes)
                disk = bytes.value();
        }
        m_document->recover(entry.postPath, disk, entry.text);
        m_scheduler->takeOver(entry);
        restored = true;
        dialog.accept();  // one post per window
    });
    connect(&dialog, &RecoveryDialog::discardRequested, this,
            [this](const RecoveryEntry &entry) { m_store->discard(entry); });
    dialog.exec();
    return restored;
}

void RecoveryController::discard() {
    m_scheduler->discard();
}
