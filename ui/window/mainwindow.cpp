#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "editor/markdowneditor.h"
#include "form/frontmatterform.h"
#include "post/diskwatcher.h"
#include "post/postdocument.h"
#include "preview/previewview.h"
#include "safety/externalchangebar.h"
#include "safety/readonlybanner.h"
#include "site/newpost.h"
#include "site/siteposts.h"
#include "site/siteroot.h"
#include "window/appsettings.h"
#include "window/externalchangehandler.h"
#include "window/externallinkopener.h"
#include "window/newpostdialog.h"
#include "window/postheaderreader.h"
#include "window/recoverycontroller.h"
#include "window/saveproblem.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PostDocument(this))
    , m_form(new FrontMatterForm(m_document, this))
    , m_editor(new MarkdownEditor(this))
    , m_preview(new PreviewView(this))
    , m_changeBar(new ExternalChangeBar(this))
    , m_readOnlyBanner(new ReadOnlyBanner(this))
    , m_linkOpener(new ExternalLinkOpener(this))
    , m_changes(new ExternalChangeHandler(m_document, m_editor, m_changeBar, this))
    , m_recovery(new RecoveryController(m_document, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this))
    , m_pathLabel(new QLabel(this))
    , m_wordsLabel(new QLabel(this))
    , m_stateLabel(new QLabel(this))
    , m_wordCountTimer(new QTimer(this)) {
    // Left: the fields above the text; right: the post as it will read. At 1280x800 the preview gets a little
    // more than half, the fields about a third of the height.
    auto *editorPane = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_changeBar);
    editorLayout->addWidget(m_readOnlyBanner);
    editorLayout->addWidget(m_editor);
    m_sideSplitter->addWidget(m_form);
    m_sideSplitter->addWidget(editorPane);
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setSizes({260, 540});
    m_mainSplitter->addWidget(m_sideSplitter);
    m_mainSplitter->addWidget(m_preview);
    m_mainSplitter->setSizes({600, 680});
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);

    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addWidget(m_pathLabel, 1);
    statusBar()->addPermanentWidget(m_wordsLabel);
    statusBar()->addPermanentWidget(m_stateLabel);

    createActions();
    createMenus();
    m_form->setReservedMnemonics(QStringLiteral("FEVH"));  // the menu bar's File, Edit, View, Help

    m_wordCountTimer->setSingleShot(true);
    m_wordCountTimer->setInterval(300);
    connect(m_wordCountTimer, &QTimer::timeout, this, &MainWindow::updateWordCount);
    connect(m_editor, &MarkdownEditor::bodyEdited, this, &MainWindow::onBodyEdited);
    connect(m_changes, &ExternalChangeHandler::saveRequested, this, &MainWindow::save);
    connect(m_recovery, &RecoveryController::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_document, &PostDocument::loaded, this, &MainWindow::onDocumentLoaded);
    connect(m_document, &PostDocument::frontMatterChanged, this, &MainWindow::updateHeader);
    connect(m_document, &PostDocument::modifiedChanged, this, &MainWindow::updateTitleAndStatus);
    connect(m_document, &PostDocument::pathChanged, this, &MainWindow::onPathChanged);
    connect(m_document, &PostDocument::saved, this, &MainWindow::updateReadOnlyBanner);
    // Queued: the question is asked from the event loop, not from inside the web channel's delivery.
    connect(m_preview, &PreviewView::linkClicked, m_linkOpener, &ExternalLinkOpener::open,
            Qt::QueuedConnection);
    connect(m_linkOpener, &ExternalLinkOpener::refused, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_preview, &PreviewView::remoteContentAllowRequested, this,
            [this] { setRemoteContentAllowedForSite(true); });

    resize(1280, 800);
    restoreGeometry(AppSettings::windowGeometry());
    m_mainSplitter->restoreState(AppSettings::mainSplitterState());
    m_sideSplitter->restoreState(AppSettings::sideSplitterState());
    updateTitleAndStatus();
    updateRecentMenu();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Post…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newPost);
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, [this] {
        if (!maybeSave())
            return;
        const QString start = m_document->siteRoot().isEmpty() ? QDir::homePath() : m_document->siteRoot();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Open Post"), start,
            tr("Posts (*.md *.markdown *.mkdown *.mkdn *.mkd *.html);;All files (*)"));
        if (!path.isEmpty())
            openFile(path);
    });
    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    m_togglePreviewAction = new QAction(tr("Show &Preview"), this);
    m_togglePreviewAction->setCheckable(true);
    m_togglePreviewAction->setChecked(true);
    m_togglePreviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_togglePreviewAction, &QAction::toggled, m_preview, &QWidget::setVisible);
    m_toggleFormAction = new QAction(tr("Show &Fields"), this);
    m_toggleFormAction->setCheckable(true);
    m_toggleFormAction->setChecked(true);
    m_toggleFormAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(m_toggleFormAction, &QAction::toggled, m_form, &QWidget::setVisible);
    m_allowRemoteAction = new QAction(tr("Allow &Remote Content for This Site"), this);
    m_allowRemoteAction->setCheckable(true);
    m_allowRemoteAction->setToolTip(
        tr("Let the preview load images, media, stylesheets and fonts from other "
           "hosts for this site's posts"));
    connect(m_allowRemoteAction, &QAction::triggered, this, &MainWindow::setRemoteContentAllowedForSite);
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::redoAvailable, redo, &QAction::setEnabled);
    // Undo and redo act on the editor; their shortcuts stay the editor's own so the form's fields keep
    // theirs.
    undo->setShortcutContext(Qt::WidgetShortcut);
    redo->setShortcutContext(Qt::WidgetShortcut);
    edit->addSeparator();
    edit->addAction(m_editor->boldAction());
    edit->addAction(m_editor->italicAction());
    edit->addAction(m_editor->linkAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_toggleFormAction);
    view->addAction(m_togglePreviewAction);
    view->addSeparator();
    view->addAction(m_allowRemoteAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Postwright"), this, [this] {
        QMessageBox::about(
            this, tr("About Postwright"),
            tr("<p><b>Postwright</b> %1</p><p>An editor for static-site blog posts: a form for the "
               "front matter, Markdown for the body, and a live preview.</p>")
                .arg(QStringLiteral(POSTWRIGHT_VERSION)));
    });

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_newAction);
    tools->addAction(m_openAction);
    tools->addAction(m_saveAction);
    tools->addSeparator();
    tools->addAction(m_editor->boldAction());
    tools->addAction(m_editor->italicAction());
    tools->addAction(m_editor->linkAction());
}

Status MainWindow::open(const QString &path) {
    if (const Status loaded = m_document->load(path); !loaded)
        return loaded;
    AppSettings::addRecentFile(m_document->path());
    updateRecentMenu();
    return {};
}

bool MainWindow::openFile(const QString &path) {
    const Status opened = open(path);
    if (!opened) {
        // Plain text: a file name is never markup.
        QMessageBox box(QMessageBox::Critical, tr("Could not open the post"), opened.error(), QMessageBox::Ok,
                        this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    return opened.ok();
}

Status MainWindow::openSite(const QString &siteRoot) {
    const QString found = SiteRoot::find(siteRoot);
    const QString root = found.isEmpty() ? siteRoot : found;
    const QStringList posts = SitePosts::list(root);
    const QString draftsFolder = QDir(root).filePath(QStringLiteral("_drafts")) + QLatin1Char('/');
    const auto published = std::find_if(posts.begin(), posts.end(),
                                        [&](const QString &p) { return !p.startsWith(draftsFolder); });
    if (published != posts.end())
        return open(*published);
    if (!posts.isEmpty())
        return open(posts.front());
    m_document->reset(Post::fromText("---\nlayout: post\ntitle: \n---\n\n"));
    m_pathLabel->setText(tr("%1 has no posts yet: File > New Post creates one").arg(root));
    return {};
}

void MainWindow::onDocumentLoaded() {
    const Post &post = m_document->post();
    m_editor->setBodyUtf8(post.bodyWithLf());
    m_preview->clear();
    m_preview->setSiteRoot(m_document->siteRoot());
    m_preview->setPostPath(m_document->path());
    applyRemoteContentSetting();
    m_preview->setMarkdown(post.bodyWithLf());
    updateHeader();
    updateTitleAndStatus();
    updateReadOnlyBanner();
    updateWordCount();
    m_editor->moveCursor(QTextCursor::Start);
    m_editor->setFocus();
}

void MainWindow::onBodyEdited() {
    const QByteArray body = m_editor->bodyUtf8();
    m_document->setBodyFromLf(body);
    m_preview->setMarkdown(body);
    m_wordCountTimer->start();
}

void MainWindow::updateHeader() {
    m_preview->setHeader(
        PostHeaderReader::read(m_document->post(), QFileInfo(m_document->path()).completeBaseName()));
}

void MainWindow::updateTitleAndStatus() {
    const QString path = m_document->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Postwright").arg(name));
    setWindowModified(m_document->isModified());
    if (!path.isEmpty())
        m_pathLabel->setText(QDir::toNativeSeparators(path));
    m_stateLabel->setText(m_document->isModified() ? tr("Unsaved changes") : tr("Saved"));
}

void MainWindow::updateWordCount() {
    const QString text = m_editor->toPlainText();
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019)));
    }
    m_wordsLabel->setText(tr("%n word(s)", nullptr, words));
}

void MainWindow::updateRecentMenu() {
    m_recentMenu->clear();
    const QStringList files = AppSettings::recentFiles();
    for (const QString &file : files) {
        m_recentMenu->addAction(QDir::toNativeSeparators(file), this, [this, file] {
            if (maybeSave())
                openFile(file);
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
}

void MainWindow::onPathChanged() {
    // Save As may move the post to another folder or site: its images and its remote-content choice follow.
    if (!m_document->path().isEmpty()) {
        m_preview->setSiteRoot(m_document->siteRoot());
        m_preview->setPostPath(m_document->path());
    }
    applyRemoteContentSetting();
    updateTitleAndStatus();
    updateReadOnlyBanner();
}

void MainWindow::updateReadOnlyBanner() {
    m_readOnlyBanner->setMessage(SaveProblem::readOnlyMessage(m_document->path()));
}

QString MainWindow::remoteContentSite() const {
    if (!m_document->siteRoot().isEmpty())
        return m_document->siteRoot();
    return m_document->path().isEmpty() ? QString() : QFileInfo(m_document->path()).absolutePath();
}

void MainWindow::applyRemoteContentSetting() {
    const QString site = remoteContentSite();
    const bool allowed = AppSettings::remoteContentAllowed(site);
    m_allowRemoteAction->setEnabled(!site.isEmpty());
    m_allowRemoteAction->setChecked(allowed);
    m_preview->setRemoteContentSwitchEnabled(!site.isEmpty());
    m_preview->setRemoteContentAllowed(allowed);
}

void MainWindow::setRemoteContentAllowedForSite(bool allowed) {
    const QString site = remoteContentSite();
    if (site.isEmpty())
        return;
    AppSettings::setRemoteContentAllowed(site, allowed);
    applyRemoteContentSetting();
    statusBar()->showMessage(allowed
                                 ? tr("Remote content is shown for %1").arg(QDir::toNativeSeparators(site))
                                 : tr("Remote content is blocked for %1").arg(QDir::toNativeSeparators(site)),
                             5000);
}

bool MainWindow::offerRecovery() {
    return m_recovery->offerPending();
}

bool MainWindow::save() {
    if (m_document->path().isEmpty())
        return saveAs();
    return saveInteractively(m_document->path());
}

bool MainWindow::saveAs() {
    QString start = m_document->path();
    if (start.isEmpty())
        start = m_document->siteRoot().isEmpty() ? QDir::homePath()
                                                 : m_document->siteRoot() + QStringLiteral("/_posts");
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Post As"), start,
                                                      tr("Markdown posts (*.md *.markdown);;All files (*)"));
    if (path.isEmpty())
        return false;
    return saveInteractively(path);
}

Status MainWindow::saveTo(const QString &path) {
    m_form->applyPendingEdits();  // a date or YAML row may still hold what was typed last
    // The editor's text is already in the document (every edit goes there); saving writes the document's
    // bytes.
    const Status saved = path == m_document->path() ? m_document->save() : m_document->saveAs(path);
    if (saved) {
        AppSettings::addRecentFile(m_document->path());
        updateRecentMenu();
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(m_document->path()).fileName()), 3000);
    }
    return saved;
}

bool MainWindow::saveInteractively(const QString &path) {
    if (path == m_document->path() && !m_changes->confirmOverwrite())
        return false;
    const Status saved = saveTo(path);
    if (saved)
        return true;
    // Every path goes in the plain-text part: a file name is never markup. What the disk looks like now
    // (read-only, full, folder gone) adds to the reason the save itself gave.
    const QString why = SaveProblem::explain(QFileInfo(path).absoluteFilePath());
    QMessageBox box(QMessageBox::Critical, tr("Could not save the post"),
                    why.isEmpty() ? saved.error() : saved.error() + QStringLiteral("\n\n") + why,
                    QMessageBox::Cancel, this);
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

QString MainWindow::siteRootForNewPost() {
    if (!m_document->siteRoot().isEmpty())
        return m_document->siteRoot();
    return QFileDialog::getExistingDirectory(this, tr("Choose the site folder (the one with _config.yml)"),
                                             QDir::homePath());
}

void MainWindow::newPost() {
    if (!maybeSave())
        return;
    const QString root = siteRootForNewPost();
    if (root.isEmpty())
        return;
    NewPostDialog dialog(root, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    NewPost::Options options;
    options.title = dialog.title();
    options.draft = dialog.isDraft();
    const Result<QString> path = NewPost::create(root, options);
    if (!path) {
        QMessageBox::critical(this, tr("Could not create the post"), path.error());
        return;
    }
    openFile(path.value());
}

bool MainWindow::maybeSave() {
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
        this, tr("Unsaved changes"), question, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->discard();
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setMainSplitterState(m_mainSplitter->saveState());
    AppSettings::setSideSplitterState(m_sideSplitter->saveState());
    event->accept();
}
