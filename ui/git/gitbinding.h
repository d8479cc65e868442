#pragma once

#include <QObject>

class AskpassServer;
class FileActions;
class GitActions;
class PostDocument;
class PostListModel;
class PostStatusBar;
class SiteGitState;
class QWidget;

// The window's git, put together once: what the checkout of the open post's site holds (SiteGitState, read
// off the GUI thread), its note in the status bar (GitStatusIndicator), the marks on posts with uncommitted
// changes in the Posts panel, Post > Commit, Push and Pull (GitActions), and the dialog that answers git's
// questions during a push or pull (AskpassServer). Without a working askpass, push and pull fail rather
// than ask.
class GitBinding : public QObject {
    Q_OBJECT

public:
    GitBinding(PostDocument *document, FileActions *files, PostStatusBar *statusBar, PostListModel *posts,
               QWidget *window);

    SiteGitState *state() const { return m_state; }
    GitActions *actions() const { return m_actions; }
    AskpassServer *askpass() const { return m_askpass; }

    // Reads the checkout again (files were moved or written outside the document's save).
    void refresh();

private:
    AskpassServer *m_askpass;
    SiteGitState *m_state;
    GitActions *m_actions;
};
