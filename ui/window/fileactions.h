#pragma once

#include <QObject>

#include <functional>

#include "common/result.h"

class ExternalChangeHandler;
class FrontMatterForm;
class PostDocument;
class PostStatusBar;
class SaveReview;
class QAction;
class QMenu;
class QWidget;

// The File menu's work on the window's document: new post, open, open recent, save, save as; the question
// before unsaved edits are dropped and the dialog after a save failed. The non-interactive forms (open(),
// openSite(), saveTo()) report failures as values; the others ask and report with dialogs.
class FileActions : public QObject {
    Q_OBJECT

public:
    FileActions(PostDocument *document, FrontMatterForm *form, ExternalChangeHandler *changes,
                PostStatusBar *statusBar, QWidget *window);

    // Opens a post; on failure the current post stays and the reason (naming the file) is returned. A post
    // another window edits raises that window instead, and this one keeps its post (one editor per post).
    Status open(const QString &path);
    // Finds the other window that edits the post at a path, or null (set by the window, which knows the
    // others).
    void setOtherEditorFinder(std::function<QWidget *(const QString &path)> find) {
        m_otherEditor = std::move(find);
    }
    // Whether another window edits the post at `path`, raised when it does.
    bool raiseOtherEditor(const QString &path) const;
    // Opens the post a site starts on (SitePosts::startingPost), or an unsaved new post when it has none.
    Status openSite(const QString &folder);
    // Writes the document to its file (or `path`); no dialog. On failure the file is untouched and edits
    // stay. Refuses a `path` another window edits: that window's post would change under it.
    Status saveTo(const QString &path);

    bool openFile(const QString &path);
    bool save();
    bool saveAs();
    void newPost();
    // Asks to save unsaved changes (or a post deleted on disk); false when the writer cancelled.
    bool maybeSave();

    QAction *newAction() const { return m_newAction; }
    QAction *openAction() const { return m_openAction; }
    QAction *openSiteAction() const { return m_openSiteAction; }
    QAction *saveAction() const { return m_saveAction; }
    QAction *saveAsAction() const { return m_saveAsAction; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QMenu *recentSitesMenu() const { return m_recentSitesMenu; }
    SaveReview *saveReview() const { return m_review; }

private:
    void chooseAndOpen();
    bool saveInteractively(const QString &path);
    QString siteRootForNewPost();
    void updateRecentMenu();

    PostDocument *m_document;
    FrontMatterForm *m_form;
    ExternalChangeHandler *m_changes;
    PostStatusBar *m_statusBar;
    QWidget *m_window;
    QAction *m_newAction;
    QAction *m_openAction;
    QAction *m_openSiteAction;
    QAction *m_saveAction;
    QAction *m_saveAsAction;
    QMenu *m_recentMenu;
    QMenu *m_recentSitesMenu;
    SaveReview *m_review;
    std::function<QWidget *(const QString &path)> m_otherEditor;
};
