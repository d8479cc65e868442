#include "window/fileactions.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

#include "form/frontmatterform.h"
#include "post/diskwatcher.h"
#include "post/postdocument.h"
#include "post/saveproblem.h"
#include "site/newpost.h"
#include "site/siteposts.h"
#include "site/siteroot.h"
#include "window/actionicons.h"
#include "window/appsettings.h"
#include "window/editorwindows.h"
#include "window/externalchangehandler.h"
#include "window/newpostdialog.h"
#include "window/poststatusbar.h"
#include "window/savereview.h"

FileActions::FileActions(PostDocument *document, FrontMatterForm *form, ExternalChangeHandler *changes,
                         PostStatusBar *statusBar, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_form(form)
    , m_changes(changes)
    , m_statusBar(statusBar)
    , m_window(window)
    , m_newAction(new QAction(ActionIcons::icon(QStringLiteral("document-new")), tr("&New Post…"), this))
    , m_openAction(new QAction(ActionIcons::icon(QStringLiteral("document-open")), tr("&Open…"), this))
    , m_openSiteAction(new QAction(ActionIcons::icon(QStringLiteral("folder-open")), tr("Open S&ite…"), this))
    , m_saveAction(new QAction(ActionIcons::icon(QStringLiteral("document-save")), tr("&Save"), this))
    , m_saveAsAction(
          new QAction(ActionIcons::icon(QStringLiteral("document-save-as")), tr("Save &As…"), this))
    , m_recentMenu(new QMenu(tr("Open &Recent"), window))
    , m_recentSitesMenu(new QMenu(tr("Recent S&ites"), window))
    , m_review(new SaveReview(document, form, window)) {
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &FileActions::newPost);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &FileActions::chooseAndOpen);
    m_openSiteAction->setToolTip(
        tr("Open a Jekyll site's folder: its newest post, and its posts in the Posts panel"));
    connect(m_openSiteAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString start = m_document->siteRoot().isEmpty() ? QDir::homePath() : m_document->siteRoot();
        const QString folder =
            QFileDialog::getExistingDirectory(m_window, tr("Open Site (the folder with _config.yml)"), start);
        if (folder.isEmpty())
            return;
        if (const Status opened = openSite(folder); !opened) {
            QMessageBox box(QMessageBox::Critical, tr("Could not open the site"), opened.error(),
                            QMessageBox::Ok, m_window);
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    });
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &FileActions::save);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &FileActions::saveAs);
    updateRecentMenu();
}

Status FileActions::open(const QString &path) {
    if (raiseOtherEditor(path))
        return {};
    if (const Status loaded = m_document->load(path); !loaded)
        return loaded;
    AppSettings::addRecentFile(m_document->path());
    AppSettings::addRecentSite(m_document->siteRoot());
    updateRecentMenu();
    return {};
}

bool FileActions::openFile(const QString &path) {
    const Status opened = open(path);
    if (!opened) {
        // Plain text: a file name is never markup.
        QMessageBox box(QMessageBox::Critical, tr("Could not open the post"), opened.error(), QMessageBox::Ok,
                        m_window);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return opened.ok();
}

Status FileActions::openSite(const QString &folder) {
    const QString found = SiteRoot::find(folder);
    const QString root = found.isEmpty() ? folder : found;
    if (const QString post = SitePosts::startingPost(root); !post.isEmpty())
        return open(post);
    AppSettings::addRecentSite(QFileInfo(root).canonicalFilePath());
    updateRecentMenu();
    m_document->reset(Post::fromText("---\nlayout: post\ntitle: \n---\n\n"));
    m_statusBar->setPathNote(tr("%1 has no posts yet: File > New Post creates one").arg(root));
    return {};
}

void FileActions::chooseAndOpen() {
    if (!maybeSave())
        return;
    const QString start = m_document->siteRoot().isEmpty() ? QDir::homePath() : m_document->siteRoot();
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Post"), start,
        tr("Posts (*.md *.markdown *.mkdown *.mkdn *.mkd *.html);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool FileActions::save() {
    if (m_document->path().isEmpty())
        return saveAs();
    return saveInteractively(m_document->path());
}

bool FileActions::saveAs() {
    QString start = m_document->path();
    if (start.isEmpty())
        start = m_document->siteRoot().isEmpty() ? QDir::homePath()
                                                 : m_document->siteRoot() + QStringLiteral("/_posts");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Save Post As"), start,
                                                      tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveInteractively(path);
}

bool FileActions::raiseOtherEditor(const QString &path) const {
    QWidget *other = m_otherEditor ? m_otherEditor(path) : nullptr;
    if (!other)
        return false;
    EditorWindows::bringForward(other);
    return true;
}

Status FileActions::saveTo(const QString &path) {
    if (path != m_document->path() && m_otherEditor && m_otherEditor(path))
        return Status::failure(tr("%1 is open in another window: save it there, or close it there first.")
                                   .arg(QDir::toNativeSeparators(path)));
    m_form->applyPendingEdits();  // a date or YAML row may still hold what was typed last
    // The editor's text is already in the document (every edit goes there); saving writes the document's
    // bytes.
    const Status saved = path == m_document->path() ? m_document->save() : m_document->saveAs(path);
    if (saved) {
        AppSettings::addRecentFile(m_document->path());
        updateRecentMenu();
        m_statusBar->showMessage(tr("Saved %1").arg(QFileInfo(m_document->path()).fileName()), 3000);
    }
    return saved;
}

bool FileActions::saveInteractively(const QString &path) {
    if (path == m_document->path() && !m_changes->confirmOverwrite())
        return false;
    m_form->applyPendingEdits();  // the changes shown are the ones written
    if (!m_review->confirmSave(path))
        return false;
    const Status saved = saveTo(path);
    if (saved)
        return true;
    // Every path goes in the plain-text part: a file name is never markup. What the disk looks like now
    // (read-only, full, folder gone) adds to the reason the save itself gave.
    const QString why = SaveProblem::explain(QFileInfo(path).absoluteFilePath());
    QMessageBox box(QMessageBox::Critical, tr("Could not save the post"),
                    why.isEmpty() ? saved.error() : saved.error() + QStringLiteral("\n\n") + why,
                    QMessageBox::Cancel, m_window);
    box.setObjectName(QStringLiteral("saveFailedBox"));
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(
        tr("The file on disk was not changed and your edits are still here: you can save them elsewhere."));
    QPushButton *saveElsewhere = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    saveElsewhere->setObjectName(QStringLiteral("saveAsButton"));
    box.setDefaultButton(saveElsewhere);
    box.exec();
    if (box.clickedButton() == saveElsewhere)
        return saveAs();
    return false;
}

QString FileActions::siteRootForNewPost() {
    if (!m_document->siteRoot().isEmpty())
        return m_document->siteRoot();
    return QFileDialog::getExistingDirectory(
        m_window, tr("Choose the site folder (the one with _config.yml)"), QDir::homePath());
}

void FileActions::newPost() {
    if (!maybeSave())
        return;
    const QString root = siteRootForNewPost();
    if (root.isEmpty())
        return;
    NewPostDialog dialog(root, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewPost::Options options;
    options.title = dialog.title();
    options.draft = dialog.isDraft();
    const Result<QString> path = NewPost::create(root, options);
    if (!path) {
        QMessageBox::critical(m_window, tr("Could not create the post"), path.error());
        return;
    }
    openFile(path.value());
}

bool FileActions::maybeSave() {
    const bool deleted =
        !m_document->path().isEmpty() && m_changes->watcher()->diskState() == DiskWatcher::DiskState::Deleted;
    if (!m_document->isModified() && !deleted)
        return true;
    const QString name =
        m_document->path().isEmpty() ? tr("The new post") : QFileInfo(m_document->path()).fileName();
    const QString question =
        m_document->isModified()
            ? tr("%1 has unsaved changes. Save them?").arg(name)
            : tr("%1 was deleted on disk; only this window still has it. Save it again?").arg(name);
    const QMessageBox::StandardButton answer = QMessageBox::warning(
        m_window, tr("Unsaved changes"), question,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileActions::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] {
            if (file != m_document->path() && !raiseOtherEditor(file) && maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    m_recentSitesMenu->clear();
    const QStringList sites = AppSettings::recentSites();
    for (const QString &site : sites) {
        m_recentSitesMenu->addAction(QDir::toNativeSeparators(site), this, [this, site] {
            if (!maybeSave())
                return;
            if (const Status opened = openSite(site); !opened) {
                QMessageBox box(QMessageBox::Critical, tr("Could not open the site"), opened.error(),
                                QMessageBox::Ok, m_window);
                box.setTextFormat(Qt::PlainText);
                box.exec();
            }
        });
    }
    m_recentSitesMenu->setEnabled(!sites.isEmpty());
}
