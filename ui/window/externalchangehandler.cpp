#include "externalchangehandler.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>

#include "editor/markdowneditor.h"
#include "post/diskwatcher.h"
#include "post/postdocument.h"
#include "post/postfile.h"
#include "safety/comparedialog.h"
#include "safety/externalchangebar.h"

ExternalChangeHandler::ExternalChangeHandler(PostDocument *document, MarkdownEditor *editor,
                                             ExternalChangeBar *bar, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_document(document)
    , m_editor(editor)
    , m_bar(bar)
    , m_dialogParent(dialogParent)
    , m_watcher(new DiskWatcher(this)) {
    connect(m_document, &PostDocument::loaded, this, &ExternalChangeHandler::onLoaded);
    connect(m_document, &PostDocument::saved, this, &ExternalChangeHandler::onSaved);
    connect(m_watcher, &DiskWatcher::changedOnDisk, this, &ExternalChangeHandler::onChangedOnDisk);
    connect(m_watcher, &DiskWatcher::deletedFromDisk, this,
            [this] { m_bar->showDeleted(m_document->path()); });
    connect(m_watcher, &DiskWatcher::restoredOnDisk, this, [this] {
        if (m_bar->mode() == ExternalChangeBar::Mode::Deleted)
            m_bar->dismiss();
    });
    connect(m_bar, &ExternalChangeBar::reloadRequested, this, &ExternalChangeHandler::reloadKeepingCursor);
    connect(m_bar, &ExternalChangeBar::keepMineRequested, m_watcher, &DiskWatcher::acknowledgeDiskContent);
    connect(m_bar, &ExternalChangeBar::compareRequested, this, &ExternalChangeHandler::compare);
    connect(m_bar, &ExternalChangeBar::saveRequested, this, &ExternalChangeHandler::saveRequested);
}

bool ExternalChangeHandler::confirmOverwrite() {
    if (m_document->path().isEmpty() || m_watcher->path() != m_document->path() ||
        !m_watcher->hasChangedSince())
        return true;
    QMessageBox box(
        QMessageBox::Warning, tr("The file changed on disk"),
        tr("%1 was changed by another program since Postwright read it. Saving now replaces those "
           "changes with yours.")
            .arg(m_document->path()),
        QMessageBox::Cancel, m_dialogParent);
    QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
    QPushButton *compareButton = box.addButton(tr("&Compare…"), QMessageBox::ActionRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() == compareButton) {
        compare();
        return false;
    }
    return box.clickedButton() == overwrite;
}

void ExternalChangeHandler::onLoaded() {
    m_bar->dismiss();
    m_watcher->watch(m_document->path(), m_document->savedText());
}

void ExternalChangeHandler::onSaved(const QString &path) {
    if (path != m_watcher->path())
        m_watcher->watch(path, m_document->savedText());
    else
        m_watcher->setKnownContent(m_document->savedText());
    m_bar->dismiss();
}

void ExternalChangeHandler::onChangedOnDisk() {
    if (m_document->isModified()) {
        m_bar->showChanged(m_document->path());
        return;
    }
    reloadKeepingCursor();
    m_bar->showReloaded(m_document->path());
}

void ExternalChangeHandler::reloadKeepingCursor() {
    const int line = m_editor->currentSourceLine();
    const int scroll = m_editor->verticalScrollBar()->value();
    const Status reloaded = m_document->load(m_document->path());
    if (!reloaded) {
        QMessageBox::warning(m_dialogParent, tr("Could not reload the post"), reloaded.error());
        return;
    }
    m_editor->goToLine(line);
    m_editor->verticalScrollBar()->setValue(scroll);
}

void ExternalChangeHandler::compare() {
    const Result<QByteArray> disk = PostFile::readBytes(m_document->path());
    auto *dialog = new CompareDialog(tr("Compare with the file on disk"), tr("On disk"),
                                     disk ? disk.value() : QByteArray(), tr("Your edits"),
                                     m_document->post().text(), m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}
