#pragma once

#include <QMainWindow>

class EditorBinding;
class ExternalChangeBar;
class ExternalChangeHandler;
class ExternalLinkOpener;
class FileActions;
class FindBar;
class FocusMode;
class FrontMatterForm;
class GitActions;
class GitBinding;
class LinkTargetMarkBinding;
class SpellCheckBinding;
class SiteGitState;
class CaveatMarkBinding;
class MarkdownEditor;
class OutlinePart;
class Part;
class PostDocument;
class PostStatusBar;
class PreviewExport;
class PostsPart;
class PostMoveActions;
class PreviewBinding;
class PreviewView;
class ScrollSyncBinding;
class SiteFindPart;
class QAction;
class QDockWidget;
class QMenu;
class QSplitter;
class ReadOnlyBanner;
class RecoveryController;
class RenameOffer;
class SiteEngineBar;
class TypewriterScrolling;

// The editor window: the front-matter form above the Markdown editor on the left, the live preview on the
// right, panels (parts) docked around them. It composes and lays out those parts and owns the menus; the work
// is theirs. Every part follows one PostDocument, the hub every edit goes through (docs/ARCHITECTURE.md).
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // At start-up: offers the edits a crashed session left behind; true when one was restored.
    bool offerRecovery();

    // Docks a part's widget (the window takes the part over), lists the dock and the part's actions in the
    // View menu, and gives the part the document.
    QDockWidget *addPart(Part *part, Qt::DockWidgetArea area = Qt::LeftDockWidgetArea);

    PostDocument *document() const { return m_document; }
    FileActions *fileActions() const { return m_files; }
    PreviewExport *previewExport() const { return m_export; }
    ExternalChangeBar *externalChangeBar() const { return m_changeBar; }
    MarkdownEditor *editor() const { return m_editor; }
    FrontMatterForm *form() const { return m_form; }
    PreviewView *preview() const { return m_preview; }
    PreviewBinding *previewBinding() const { return m_previewBinding; }
    PostStatusBar *postStatusBar() const { return m_statusBar; }
    PostsPart *postsPart() const { return m_posts; }
    PostMoveActions *postMoves() const { return m_moves; }
    RenameOffer *renameOffer() const { return m_renameOffer; }
    // The note above the preview about the site's own Jekyll (trust question, why it is not used).
    SiteEngineBar *siteEngineBar() const { return m_siteEngineBar; }
    // git: what the checkout holds (status bar, Posts panel marks) and Post > Commit, Push, Pull.
    SiteGitState *gitState() const;
    GitActions *gitActions() const;
    // Opens another post here, after asking to save the one being edited; a post another window edits
    // raises that window instead.
    void openAfterAsking(const QString &path);
    // Opens that file here (after asking) with the cursor on its 1-based file line: in the editor for a body
    // line, the form for a front-matter one. A post another window edits is shown there, at that line.
    void openAtLine(const QString &path, int line);
    // Edit > Find in Site / Replace in Site and their panel.
    SiteFindPart *siteFind() const { return m_siteFind; }
    // Decides about links clicked in the preview; tests replace its opener so no browser starts.
    ExternalLinkOpener *linkOpener() const { return m_linkOpener; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    // View > Allow Remote Content for This Site (see RemoteContentSetting).
    QAction *allowRemoteContentAction() const;
    // View > Mark What the Preview Shows Unlike Jekyll (see CaveatMarkBinding).
    QAction *markCaveatsAction() const;
    // View > Mark Broken Links and Images (see LinkTargetMarkBinding).
    QAction *markLinkTargetsAction() const;
    LinkTargetMarkBinding *linkTargetMarks() const { return m_linkMarks; }
    SpellCheckBinding *spelling() const { return m_spelling; }
    // Edit > Find / Replace: the bar under the editor.
    FindBar *findBar() const { return m_findBar; }
    // The Outline panel (a part).
    OutlinePart *outlinePart() const { return m_outline; }
    // View > Focus Mode and View > Typewriter Scrolling.
    FocusMode *focusMode() const { return m_focusMode; }
    TypewriterScrolling *typewriterScrolling() const { return m_typewriter; }
    // View > Sync Scrolling: the preview beside the editor by source lines.
    ScrollSyncBinding *scrollSync() const { return m_scrollSync; }

Q_SIGNALS:
    // File > New Window (EditorWindows opens it).
    void newWindowRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *createEditorPane();
    QWidget *createPreviewPane();
    void createMenus();
    void updateTitle();

    PostDocument *m_document;
    FrontMatterForm *m_form;
    MarkdownEditor *m_editor;
    PreviewView *m_preview;
    ExternalChangeBar *m_changeBar;
    ReadOnlyBanner *m_readOnlyBanner;
    PostStatusBar *m_statusBar;
    ExternalLinkOpener *m_linkOpener;
    ExternalChangeHandler *m_changes;
    RecoveryController *m_recovery;
    EditorBinding *m_editorBinding;
    PreviewBinding *m_previewBinding;
    CaveatMarkBinding *m_caveatMarks;
    FileActions *m_files;
    PostsPart *m_posts;
    PostMoveActions *m_moves;
    RenameOffer *m_renameOffer;
    SiteEngineBar *m_siteEngineBar;
    GitBinding *m_git;
    PreviewExport *m_export;
    QSplitter *m_mainSplitter;
    QSplitter *m_sideSplitter;
    QMenu *m_viewMenu = nullptr;
    LinkTargetMarkBinding *m_linkMarks = nullptr;
    SpellCheckBinding *m_spelling = nullptr;
    FindBar *m_findBar = nullptr;
    OutlinePart *m_outline = nullptr;
    SiteFindPart *m_siteFind = nullptr;
    FocusMode *m_focusMode = nullptr;
    TypewriterScrolling *m_typewriter = nullptr;
    ScrollSyncBinding *m_scrollSync = nullptr;
};
