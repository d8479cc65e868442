#pragma once

#include <QMainWindow>

#include "common/result.h"

class ExternalChangeBar;
class ExternalChangeHandler;
class ExternalLinkOpener;
class FrontMatterForm;
class RecoveryController;
class MarkdownEditor;
class PostDocument;
class PreviewView;
class QAction;
class QLabel;
class QMenu;
class QSplitter;
class QTimer;
class ReadOnlyBanner;

// The editor window: the front-matter form above the Markdown editor on the left, the live preview on the
// right. Every edit goes through one PostDocument, so the form, the body and the file always agree; the
// preview follows each keystroke through its render pipeline.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a post; on failure the current post stays and the reason (naming the file) is returned.
    Status open(const QString &path);
    // Opens a site's newest post (drafts when it has no post yet), or an unsaved new post when it has none.
    Status openSite(const QString &siteRoot);
    // Writes the document to its file (or `path`); no dialog. On failure the file is untouched and edits
    // stay.
    Status saveTo(const QString &path);

    // The interactive forms of the above, as the menus run them: they ask and report with dialogs.
    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    void newPost();

    // At start-up: offers the edits a crashed session left behind; true when one was restored.
    bool offerRecovery();

    PostDocument *document() const { return m_document; }
    ExternalChangeBar *externalChangeBar() const { return m_changeBar; }
    MarkdownEditor *editor() const { return m_editor; }
    FrontMatterForm *form() const { return m_form; }
    PreviewView *preview() const { return m_preview; }
    // Decides about links clicked in the preview; tests replace its opener so no browser starts.
    ExternalLinkOpener *linkOpener() const { return m_linkOpener; }
    ReadOnlyBanner *readOnlyBanner() const { return m_readOnlyBanner; }
    // View > Allow Remote Content for This Site: checked when the preview may load it for the open post's
    // site.
    QAction *allowRemoteContentAction() const { return m_allowRemoteAction; }
    // The folder the remote-content choice is remembered for: the post's site, else its own folder.
    QString remoteContentSite() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createMenus();
    void onDocumentLoaded();
    void onBodyEdited();
    void updateHeader();
    void updateTitleAndStatus();
    void updateWordCount();
    void updateRecentMenu();
    void updateReadOnlyBanner();
    void onPathChanged();
    // Applies the remembered remote-content choice for remoteContentSite() to the preview and the action.
    void applyRemoteContentSetting();
    void setRemoteContentAllowedForSite(bool allowed);
    // Asks to save unsaved changes; false when the user cancelled.
    bool maybeSave();
    bool saveInteractively(const QString &path);
    QString siteRootForNewPost();

    PostDocument *m_document = nullptr;
    FrontMatterForm *m_form = nullptr;
    MarkdownEditor *m_editor = nullptr;
    PreviewView *m_preview = nullptr;
    ExternalChangeBar *m_changeBar = nullptr;
    ReadOnlyBanner *m_readOnlyBanner = nullptr;
    ExternalLinkOpener *m_linkOpener = nullptr;
    ExternalChangeHandler *m_changes = nullptr;
    RecoveryController *m_recovery = nullptr;
    QSplitter *m_mainSplitter = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QLabel *m_pathLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QTimer *m_wordCountTimer = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_togglePreviewAction = nullptr;
    QAction *m_toggleFormAction = nullptr;
    QAction *m_allowRemoteAction = nullptr;
};
