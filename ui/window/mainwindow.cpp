#include "mainwindow.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QToolBar>
#include <QVBoxLayout>

#include "editor/caveatmarkbinding.h"
#include "editor/editorbinding.h"
#include "editor/findbar.h"
#include "editor/focusmode.h"
#include "editor/imagefolderchoice.h"
#include "editor/imageinsertion.h"
#include "editor/linktargetmarkbinding.h"
#include "editor/markdowneditor.h"
#include "editor/outlinepart.h"
#include "editor/spellcheckbinding.h"
#include "editor/typewriterscrolling.h"
#include "form/frontmatterform.h"
#include "git/gitactions.h"
#include "git/gitbinding.h"
#include "post/postdocument.h"
#include "preview/previewbinding.h"
#include "preview/previewexport.h"
#include "preview/previewview.h"
#include "preview/remotecontentsetting.h"
#include "preview/scrollsyncbinding.h"
#include "preview/siteenginebar.h"
#include "preview/siteframebinding.h"
#include "safety/externalchangebar.h"
#include "safety/readonlybanner.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"
#include "site/postspart.h"
#include "site/sitefindpart.h"
#include "site/siteindex.h"
#include "window/actionicons.h"
#include "window/appsettings.h"
#include "window/colorscheme.h"
#include "window/editorwindows.h"
#include "window/externalchangehandler.h"
#include "window/externallinkopener.h"
#include "window/fileactions.h"
#include "window/part.h"
#include "window/postmoveactions.h"
#include "window/poststatusbar.h"
#include "window/recoverycontroller.h"
#include "window/renameoffer.h"
#include "window/savereview.h"
#include "window/settingsdialog.h"
#include "window/shortcutsdialog.h"
#include "window/shortcuttooltips.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_document(new PostDocument(this))
    , m_form(new FrontMatterForm(m_document, this))
    , m_editor(new MarkdownEditor(this))
    , m_preview(new PreviewView(this))
    , m_changeBar(new ExternalChangeBar(this))
    , m_readOnlyBanner(new ReadOnlyBanner(this))
    , m_statusBar(new PostStatusBar(this))
    , m_linkOpener(new ExternalLinkOpener(this))
    , m_changes(new ExternalChangeHandler(m_document, m_editor, m_changeBar, this))
    , m_recovery(new RecoveryController(m_document, this))
    , m_editorBinding(new EditorBinding(m_editor, this))
    , m_previewBinding(new PreviewBinding(m_preview, this))
    , m_caveatMarks(new CaveatMarkBinding(m_editor, m_preview->pipeline(), this))
    , m_files(new FileActions(m_document, m_form, m_changes, m_statusBar, this))
    , m_posts(new PostsPart(this, this))
    , m_moves(new PostMoveActions(m_document, m_files, this))
    , m_renameOffer(new RenameOffer(m_document, m_form, m_files, m_moves, this))
    , m_siteEngineBar(new SiteEngineBar(m_previewBinding->siteEngine(), this))
    , m_git(new GitBinding(m_document, m_files, m_statusBar, m_posts->panel()->model(), this))
    , m_export(new PreviewExport(m_preview, m_document, this))
    , m_mainSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sideSplitter(new QSplitter(Qt::Vertical, this)) {
    // Left: the fields above the text; right: the post as it will read. At 1280x800 the preview gets a little
    // more than half, the fields about a third of the height.
    m_sideSplitter->addWidget(m_form);
    m_sideSplitter->addWidget(createEditorPane());
    m_sideSplitter->setStretchFactor(0, 1);
    m_sideSplitter->setStretchFactor(1, 2);
    m_sideSplitter->setSizes({260, 540});
    m_mainSplitter->addWidget(m_sideSplitter);
    QWidget *previewPane = createPreviewPane();
    m_mainSplitter->addWidget(previewPane);
    m_mainSplitter->setSizes({600, 680});
    m_mainSplitter->setChildrenCollapsible(false);
    setCentralWidget(m_mainSplitter);
    setStatusBar(m_statusBar);

    m_linkMarks = new LinkTargetMarkBinding(m_editor, m_document, this);
    m_spelling = new SpellCheckBinding(m_editor, this);
    m_outline = new OutlinePart(m_editor, this, this);
    m_siteFind = new SiteFindPart(m_editor, this, this);
    m_focusMode = new FocusMode(m_editor, this);
    m_typewriter = new TypewriterScrolling(m_editor, this);
    m_scrollSync = new ScrollSyncBinding(m_editor, m_preview, this);
    createMenus();
    m_form->setReservedMnemonics(QStringLiteral("FEPVH"));  // the menu bar's File, Edit, Post, View, Help

    // Every part follows the document; nothing below listens to the window.
    m_editorBinding->setDocument(m_document);
    m_previewBinding->setDocument(m_document);
    m_statusBar->setDocument(m_document);
    m_statusBar->setSelectionSource(m_editor);
    m_readOnlyBanner->setDocument(m_document);
    connect(m_spelling, &SpellCheckBinding::message, m_statusBar, &PostStatusBar::showNote);
    m_spelling->setDocument(m_document);
    connect(m_document, &PostDocument::loaded, this, &MainWindow::updateTitle);
    connect(m_document, &PostDocument::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_document, &PostDocument::pathChanged, this, &MainWindow::updateTitle);

    connect(m_changes, &ExternalChangeHandler::saveRequested, m_files, &FileActions::save);
    connect(m_recovery, &RecoveryController::failed, m_statusBar, &PostStatusBar::showProblem);
    connect(m_renameOffer, &RenameOffer::failed, m_statusBar, &PostStatusBar::showProblem);
    connect(m_linkOpener, &ExternalLinkOpener::refused, m_statusBar, &PostStatusBar::showProblem);
    connect(m_previewBinding->remoteContent(), &RemoteContentSetting::message, m_statusBar,
            &PostStatusBar::showNote);
    // Queued: the question is asked from the event loop, not from inside the web channel's delivery. A
    // link to another post of the site opens that post here; anything else goes to the link opener.
    connect(
        m_preview, &PreviewView::linkClicked, this,
        [this](const QUrl &link) {
            const QString post = m_posts->documentAtLink(link);
            if (post.isEmpty())
                m_linkOpener->open(link);
            else
                openAfterAsking(post);
        },
        Qt::QueuedConnection);

    addPart(m_posts, Qt::LeftDockWidgetArea);
    addPart(m_outline, Qt::LeftDockWidgetArea);
    addPart(m_siteFind, Qt::BottomDockWidgetArea)->hide();  // until asked for, or as the last session left it
    connect(m_siteFind, &SiteFindPart::openRequested, this, &MainWindow::openAtLine);
    // One editor per post: opening a post another window edits brings that window forward, and saving over
    // it is refused.
    m_files->setOtherEditorFinder(
        [this](const QString &path) -> QWidget * { return EditorWindows::otherWindowFor(path, this); });
    connect(m_posts, &PostsPart::openRequested, this, &MainWindow::openAfterAsking);
    connect(m_posts, &PostsPart::linkRequested, m_editor, [this](const QString &markdown) {
        m_editor->textCursor().insertText(markdown);
        m_editor->setFocus();
    });
    connect(m_posts, &PostsPart::vocabularyChanged, m_form, &FrontMatterForm::setSiteVocabulary);
    connect(m_posts, &PostsPart::siteShapeChanged, m_form, &FrontMatterForm::setSiteShape);
    connect(m_editorBinding->imageInsertion(), &ImageInsertion::message, m_statusBar,
            &PostStatusBar::showNote);
    connect(m_editorBinding->imageFolder(), &ImageFolderChoice::message, m_statusBar,
            &PostStatusBar::showNote);
    connect(m_moves, &PostMoveActions::message, m_statusBar, &PostStatusBar::showNote);
    connect(m_export, &PreviewExport::finished, m_statusBar,
            [this](const QString &, bool ok, const QString &text) {
                if (ok)
                    m_statusBar->showNote(text);
                else
                    m_statusBar->showProblem(text);
            });
    connect(m_moves, &PostMoveActions::filesChanged, this, [this](const QStringList &paths) {
        if (SiteIndex *index = m_posts->index())
            index->refresh(paths);
    });
    connect(m_document, &PostDocument::saved, this, [this] {
        if (SiteIndex *index = m_posts->index())
            index->refresh({m_document->path()});
    });

    connect(m_moves, &PostMoveActions::filesChanged, m_git, &GitBinding::refresh);

    resize(1280, 800);
    ShortcutToolTips::cover(this);
    restoreGeometry(AppSettings::windowGeometry());
    restoreState(AppSettings::windowState());
    m_mainSplitter->restoreState(AppSettings::mainSplitterState());
    m_sideSplitter->restoreState(AppSettings::sideSplitterState());
    updateTitle();
}

MainWindow::~MainWindow() = default;

SiteGitState *MainWindow::gitState() const {
    return m_git->state();
}

GitActions *MainWindow::gitActions() const {
    return m_git->actions();
}

QWidget *MainWindow::createEditorPane() {
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_changeBar);
    layout->addWidget(m_readOnlyBanner);
    layout->addWidget(m_renameOffer);
    layout->addWidget(m_editor);
    m_findBar = new FindBar(m_editor, pane);
    layout->addWidget(m_findBar);
    return pane;
}

QWidget *MainWindow::createPreviewPane() {
    auto *pane = new QWidget(this);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_siteEngineBar);
    layout->addWidget(m_preview, 1);
    return pane;
}

void MainWindow::createMenus() {
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_files->newAction());
    file->addAction(m_files->openAction());
    file->addAction(m_files->openSiteAction());
    QAction *newWindow = file->addAction(ActionIcons::icon(QStringLiteral("window-new")), tr("New &Window"),
                                         this, &MainWindow::newWindowRequested);
    newWindow->setObjectName(QStringLiteral("newWindowAction"));
    newWindow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    file->addMenu(m_files->recentMenu());
    file->addMenu(m_files->recentSitesMenu());
    file->addSeparator();
    file->addAction(m_files->saveAction());
    file->addAction(m_files->saveAsAction());
    file->addSeparator();
    file->addAction(m_export->htmlAction());
    file->addAction(m_export->pdfAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setIcon(ActionIcons::icon(QStringLiteral("application-exit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = edit->addAction(tr("&Undo"), m_editor, &QPlainTextEdit::undo);
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(ActionIcons::icon(QStringLiteral("edit-undo")));
    undo->setEnabled(false);
    connect(m_editor, &QPlainTextEdit::undoAvailable, undo, &QAction::setEnabled);
    QAction *redo = edit->addAction(tr("&Redo"), m_editor, &QPlainTextEdit::redo);
    redo->setShortcut(QKeySequence::Redo);
    redo->setIcon(ActionIcons::icon(QStringLiteral("edit-redo")));
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
    edit->addSeparator();
    edit->addActions(m_findBar->menuActions());
    addActions(m_findBar->menuActions());
    edit->addAction(m_siteFind->findAction());
    edit->addAction(m_siteFind->replaceAction());
    edit->addSeparator();
    edit->addAction(m_editorBinding->imageFolder()->action());
    edit->addSeparator();
    edit->addAction(SettingsDialog::createAction(this));

    QMenu *post = menuBar()->addMenu(tr("&Post"));
    post->addActions(m_moves->actions());
    post->addSeparator();
    post->addAction(m_posts->renameTermAction());
    addAction(m_posts->renameTermAction());
    post->addSeparator();
    post->addActions(m_git->actions()->actions());
    addActions(m_git->actions()->actions());

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    const auto addToggle = [this](const QString &text, QWidget *widget, Qt::Key key) {
        QAction *toggle = m_viewMenu->addAction(text);
        toggle->setCheckable(true);
        toggle->setChecked(true);
        toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | key));
        connect(toggle, &QAction::toggled, widget, &QWidget::setVisible);
    };
    addToggle(tr("Show &Fields"), m_form, Qt::Key_M);  // front Matter: Ctrl+Shift+F is Find in Site
    addToggle(tr("Show &Preview"), m_mainSplitter->widget(1), Qt::Key_P);
    m_viewMenu->addAction(m_focusMode->action());
    m_viewMenu->addAction(m_typewriter->action());
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(allowRemoteContentAction());
    m_viewMenu->addAction(markCaveatsAction());
    m_viewMenu->addAction(markLinkTargetsAction());
    m_viewMenu->addAction(m_spelling->action());
    m_viewMenu->addAction(m_previewBinding->siteFrame()->siteStyleAction());
    m_viewMenu->addAction(m_previewBinding->typesettingAction());
    m_viewMenu->addAction(m_scrollSync->action());
    m_viewMenu->addAction(m_siteEngineBar->trustAction());
    m_viewMenu->addMenu(ColorScheme::instance()->createMenu(this));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_files->saveReview()->changesAction());
    m_viewMenu->addAction(m_files->saveReview()->beforeSaveAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(ActionIcons::icon(QStringLiteral("help-keyboard-shortcuts")),
                                         tr("&Keyboard Shortcuts"), this, [this] {
                                             auto *dialog = new ShortcutsDialog(this);
                                             dialog->setAttribute(Qt::WA_DeleteOnClose);
                                             dialog->open();
                                         });
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    shortcuts->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Postwright"), this, [this] {
        QMessageBox::about(
            this, tr("About Postwright"),
            tr("<p><b>Postwright</b> %1</p><p>An editor for static-site blog posts: a form for the "
               "front matter, Markdown for the body, and a live preview.</p>")
                .arg(QStringLiteral(POSTWRIGHT_VERSION)));
    });
    about->setIcon(ActionIcons::icon(QStringLiteral("help-about")));

    QToolBar *tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->addAction(m_files->newAction());
    tools->addAction(m_files->openAction());
    tools->addAction(m_files->saveAction());
    tools->addSeparator();
    tools->addAction(m_editor->boldAction());
    tools->addAction(m_editor->italicAction());
    tools->addAction(m_editor->linkAction());
}

QDockWidget *MainWindow::addPart(Part *part, Qt::DockWidgetArea area) {
    part->setParent(this);
    auto *dock = new QDockWidget(part->title(), this);
    // The name saveState() remembers the dock's place by.
    dock->setObjectName(part->metaObject()->className() + QStringLiteral("Dock"));
    dock->setWidget(part->widget());
    addDockWidget(area, dock);
    restoreDockWidget(dock);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(dock->toggleViewAction());
    const QList<QAction *> actions = part->actions();
    m_viewMenu->addActions(actions);
    addActions(actions);  // their shortcuts work wherever the focus is in the window
    ShortcutToolTips::cover(part);
    part->setDocument(m_document);
    return dock;
}

QAction *MainWindow::markCaveatsAction() const {
    return m_caveatMarks->action();
}

QAction *MainWindow::markLinkTargetsAction() const {
    return m_linkMarks->action();
}

QAction *MainWindow::allowRemoteContentAction() const {
    return m_previewBinding->remoteContent()->action();
}

void MainWindow::openAfterAsking(const QString &path) {
    if (path == m_document->path() || m_files->raiseOtherEditor(path))
        return;
    if (m_files->maybeSave())
        m_files->openFile(path);
}

void MainWindow::openAtLine(const QString &path, int line) {
    if (MainWindow *other = EditorWindows::otherWindowFor(path, this)) {
        other->openAtLine(path, line);
        EditorWindows::bringForward(other);
        return;
    }
    openAfterAsking(path);
    if (m_document->path() != path)
        return;  // the writer kept the post they were editing
    const int bodyLine = line - m_document->post().bodyFirstLine() + 1;
    if (bodyLine < 1) {
        m_form->setFocus(Qt::OtherFocusReason);  // the match is in the front matter
        return;
    }
    m_editor->goToLine(bodyLine);
    m_editor->setFocus(Qt::OtherFocusReason);
}

bool MainWindow::offerRecovery() {
    return m_recovery->offerPending();
}

void MainWindow::updateTitle() {
    const QString path = m_document->path();
    const QString name = path.isEmpty() ? tr("Untitled") : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Postwright").arg(name));
    setWindowModified(m_document->isModified());
}

void MainWindow::closeEvent(QCloseEvent *event) {
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    m_recovery->discard();
    AppSettings::setWindowGeometry(saveGeometry());
    AppSettings::setWindowState(saveState());
    AppSettings::setMainSplitterState(m_mainSplitter->saveState());
    AppSettings::setSideSplitterState(m_sideSplitter->saveState());
    event->accept();
}
