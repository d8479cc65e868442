#pragma once

#include <QMessageBox>
#include <QObject>
#include <QPointer>

#include <functional>

#include "git/commitdialog.h"

class FileActions;
class PostDocument;
class QAction;
class SiteGitState;
struct PostCommitPlan;

// Post > Commit Post…, Commit and Push…, Pull: the open post and the files added for it go to the site's
// git repository (PostCommitPlan: nothing else that changed in the checkout), the message edited in a
// CommitDialog. The post is saved first. git runs off the GUI thread, one operation at a time; the actions
// are off meanwhile and the status bar says what runs. Failures are shown with what to do; a push the
// remote rejected because it moved on offers Pull and Push Again (a rebase), never a forced push.
class GitActions : public QObject {
    Q_OBJECT

public:
    GitActions(PostDocument *document, FileActions *files, SiteGitState *state, QWidget *window);
    ~GitActions() override;

    QAction *commitAction() const { return m_commit; }
    QAction *commitAndPushAction() const { return m_commitAndPush; }
    QAction *pullAction() const { return m_pull; }
    QList<QAction *> actions() const;

    // The dialog or message box shown now, or null (tests answer them).
    CommitDialog *commitDialog() const { return m_dialog; }
    QMessageBox *messageBox() const { return m_box; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // For the status bar: what runs, what was done.
    void message(const QString &text);
    // An operation finished (done or failed); tests wait for it.
    void finished();

private:
    struct Outcome;
    void commitPost(bool push);
    void showDialog(const PostCommitPlan &plan, bool push, const QString &upstream);
    void commitAndMaybePush(const QStringList &paths, const QStringList &removed, const QString &message,
                            bool push);
    void pull(bool pushAfter);
    // Runs `work` off the GUI thread, then `done` with its outcome here.
    void run(const QString &note, std::function<Outcome()> work, std::function<void(const Outcome &)> done);
    void report(const Outcome &outcome);
    void showProblem(const QString &text);
    void updateActions();

    QPointer<PostDocument> m_document;
    FileActions *m_files;
    SiteGitState *m_state;
    QWidget *m_window;
    QAction *m_commit;
    QAction *m_commitAndPush;
    QAction *m_pull;
    QPointer<CommitDialog> m_dialog;
    QPointer<QMessageBox> m_box;
    bool m_busy = false;
};
