#include "window/savereview.h"

#include <QAction>
#include <QFile>
#include <QFileInfo>

#include "form/frontmatterform.h"
#include "post/postdocument.h"
#include "safety/comparedialog.h"
#include "window/actionicons.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

namespace {
// What the file holds now; empty when it is missing or unreadable (then every line shows as added).
QByteArray diskBytes(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
}  // namespace

SaveReview::SaveReview(PostDocument *document, FrontMatterForm *form, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_form(form)
    , m_window(window)
    , m_changesAction(new QAction(tr("C&hanges…"), this))
    , m_beforeSaveAction(new QAction(tr("Show Changes &Before Saving"), this)) {
    m_changesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_D));
    m_changesAction->setIcon(ActionIcons::icon(QStringLiteral("document-compare")));
    m_changesAction->setStatusTip(tr("Show the file on disk against what saving will write"));
    connect(m_changesAction, &QAction::triggered, this, &SaveReview::showChanges);
    m_beforeSaveAction->setCheckable(true);
    m_beforeSaveAction->setChecked(AppSettings::showChangesBeforeSave());
    m_beforeSaveAction->setStatusTip(tr("Before each save, show what it changes in the file and ask"));
    connect(m_beforeSaveAction, &QAction::toggled, this,
            [](bool on) { AppSettings::setShowChangesBeforeSave(on); });
    SettingsNotifier::keepChecked(m_beforeSaveAction, AppSettings::Key::ShowChangesBeforeSave,
                                  &AppSettings::showChangesBeforeSave);
}

CompareDialog *SaveReview::makeDialog(const QString &title, const QByteArray &disk,
                                      const QByteArray &writing) {
    auto *dialog = new CompareDialog(title, tr("On disk"), disk, tr("What saving writes"), writing, m_window);
    dialog->setObjectName(QStringLiteral("saveReviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addOption(m_beforeSaveAction);
    m_dialog = dialog;
    return dialog;
}

bool SaveReview::confirmSave(const QString &path) {
    if (!AppSettings::showChangesBeforeSave() || m_document->path().isEmpty() ||
        QFileInfo(path).absoluteFilePath() != m_document->path())
        return true;
    const QByteArray disk = diskBytes(path);
    const QByteArray writing = m_document->post().text();
    if (disk == writing)
        return true;  // the save writes nothing (PostFile leaves an unchanged file alone)
    CompareDialog *dialog = makeDialog(tr("Save %1?").arg(QFileInfo(path).fileName()), disk, writing);
    dialog->setAcceptText(tr("&Save"));
    return dialog->exec() == QDialog::Accepted;
}

void SaveReview::showChanges() {
    m_form->applyPendingEdits();  // a date or YAML row may still hold what was typed last
    const QString path = m_document->path();
    const QString name = path.isEmpty() ? tr("the new post") : QFileInfo(path).fileName();
    CompareDialog *dialog =
        makeDialog(tr("Changes to %1").arg(name), path.isEmpty() ? QByteArray() : diskBytes(path),
                   m_document->post().text());
    dialog->open();
}
