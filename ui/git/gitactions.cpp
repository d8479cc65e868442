#include "git/gitactions.h"

#include <QAction>
#include <QFutureWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

#include "git/commitdialog.h"
#include "git/sitegitstate.h"
#include "post/postdocument.h"
#include "post/postfile.h"
#include "site/gitrepository.h"
#include "site/postcommitplan.h"
#include "window/actionicons.h"
#include "window/fileactions.h"

struct GitActions::Outcome {
    QString error;
    bool rejected = false;  // a push the remote refused because it moved on
    QString done;           // what the status bar says when it went well
    std::optional<PostCommitPlan> plan;
    QString upstream;
};

GitActions::GitActions(PostDocument *document, FileActions *files, SiteGitState *state, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_files(files)
    , m_state(state)
    , m_window(window)
    , m_commit(new QAction(tr("&Commit Post…"), this))
    , m_commitAndPush(new QAction(tr("Commit and P&ush…"), this))
    , m_pull(new QAction(tr("P&ull"), this)) {
    m_commit->setIcon(ActionIcons::icon(QStringLiteral("vcs-commit")));
    m_commitAndPush->setIcon(ActionIcons::icon(QStringLiteral("vcs-push")));
    m_pull->setIcon(ActionIcons::icon(QStringLiteral("vcs-pull")));
    m_commit->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    m_commit->setStatusTip(tr("Commit the post and the files added for it to the site's git repository"));
    m_commitAndPush->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_U));
    m_commitAndPush->setStatusTip(tr("Commit the post and push it to the upstream branch"));
    m_pull->setStatusTip(tr("Fetch the upstream branch and rebase your commits on it"));
    connect(m_commit, &QAction::triggered, this, [this] { commitPost(false); });
    connect(m_commitAndPush, &QAction::triggered, this, [this] { commitPost(true); });
    connect(m_pull, &QAction::triggered, this, [this] { pull(false); });
    connect(m_state, &SiteGitState::changed, this, &GitActions::updateActions);
    connect(m_document, &PostDocument::pathChanged, this, &GitActions::updateActions);
    updateActions();
}

GitActions::~GitActions() = default;

QList<QAction *> GitActions::actions() const {
    return {m_commit, m_commitAndPush, m_pull};
}

void GitActions::updateActions() {
    const bool checkout = m_state->status().has_value();
    const bool post = m_document && !m_document->path().isEmpty();
    m_commit->setEnabled(!m_busy && checkout && post);
    m_commitAndPush->setEnabled(!m_busy && checkout && post);
    m_pull->setEnabled(!m_busy && checkout);
}

void GitActions::commitPost(bool push) {
    if (m_busy || !m_document || m_document->path().isEmpty())
        return;
    // The commit takes the file, so the file must hold what the writer sees.
    if (m_document->isModified() && !m_files->save())
        return;
    const QString post = m_document->path();
    const QString site = m_state->siteRoot();
    const GitRepository::Options options = m_state->options();
    run(
        tr("Looking at what changed…"),
        [post, site, options] {
            Outcome outcome;
            const Result<GitRepository> repository = GitRepository::open(site, options);
            const Result<Post> parsed = PostFile::load(post);
            if (!repository || !parsed) {
                outcome.error = !repository ? repository.error() : parsed.error();
                return outcome;
            }
            const Result<PostCommitPlan> plan =
                PostCommitPlan::make(repository.value(), site, post, parsed.value());
            const Result<GitStatus> status = repository->status();
            if (!plan || !status) {
                outcome.error = !plan ? plan.error() : status.error();
                return outcome;
            }
            outcome.plan = plan.value();
            outcome.upstream = status->upstream;
            return outcome;
        },
        [this, push, post](const Outcome &outcome) {
            if (!outcome.error.isEmpty())
                showProblem(outcome.error);
            else if (outcome.plan->isEmpty())
                emit message(tr("Nothing to commit: %1 and the files it links have no changes").arg(post));
            else
                showDialog(*outcome.plan, push && !outcome.upstream.isEmpty(), outcome.upstream);
        });
}

void GitActions::showDialog(const PostCommitPlan &plan, bool push, const QString &upstream) {
    auto *dialog = new CommitDialog(plan, upstream, push, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog = dialog;
    const QStringList paths = plan.paths;
    const QStringList removed = plan.removedPaths;
    connect(dialog, &QDialog::accepted, this, [this, dialog, paths, removed] {
        commitAndMaybePush(paths, removed, dialog->message(), dialog->push());
    });
    dialog->open();
}

void GitActions::commitAndMaybePush(const QStringList &paths, const QStringList &removed, const QString &text,
                                    bool push) {
    const QString site = m_state->siteRoot();
    const GitRepository::Options options = m_state->options();
    run(
        push ? tr("Committing and pushing…") : tr("Committing…"),
        [site, options, paths, removed, text, push] {
            Outcome outcome;
            const Result<GitRepository> repository = GitRepository::open(site, options);
            if (!repository) {
                outcome.error = repository.error();
                return outcome;
            }
            const Result<QString> id = repository->commitPaths(paths, removed, text);
            if (!id) {
                outcome.error = id.error();
                return outcome;
            }
            const QString summary = text.section(QLatin1Char('\n'), 0, 0);
            outcome.done = tr("Committed %1: %2").arg(id->left(12), summary);
            if (!push)
                return outcome;
            const Result<QString> pushed = repository->push(&outcome.rejected);
            if (!pushed)
                outcome.error = tr("%1\nThe commit is kept: %2").arg(pushed.error(), outcome.done);
            else
                outcome.done =
                    tr("Committed %1 and pushed to %2: %3").arg(id->left(12), pushed.value(), summary);
            return outcome;
        },
        [this](const Outcome &outcome) { report(outcome); });
}

void GitActions::pull(bool pushAfter) {
    if (m_busy)
        return;
    const QString site = m_state->siteRoot();
    const GitRepository::Options options = m_state->options();
    run(
        pushAfter ? tr("Pulling, then pushing again…") : tr("Pulling…"),
        [site, options, pushAfter] {
            Outcome outcome;
            const Result<GitRepository> repository = GitRepository::open(site, options);
            if (!repository) {
                outcome.error = repository.error();
                return outcome;
            }
            if (const Status pulled = repository->pullRebase(); !pulled) {
                outcome.error = pulled.error();
                return outcome;
            }
            outcome.done = tr("Pulled: the branch is up to date with its upstream");
            if (!pushAfter)
                return outcome;
            const Result<QString> pushed = repository->push(&outcome.rejected);
            if (!pushed)
                outcome.error = pushed.error();
            else
                outcome.done = tr("Pulled, then pushed to %1").arg(pushed.value());
            return outcome;
        },
        [this](const Outcome &outcome) { report(outcome); });
}

void GitActions::run(const QString &note, std::function<Outcome()> work,
                     std::function<void(const Outcome &)> done) {
    m_busy = true;
    updateActions();
    emit message(note);
    // The state's status reads hold git's index lock for a moment: none may run alongside a commit or pull.
    m_state->hold(this, [this, work = std::move(work), done = std::move(done)] {
        auto *watcher = new QFutureWatcher<Outcome>(this);
        connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, done] {
            watcher->deleteLater();
            m_busy = false;
            updateActions();
            m_state->refresh();  // made once, on release
            m_state->release();
            done(watcher->result());
            emit finished();
        });
        watcher->setFuture(QtConcurrent::run(work));
    });
}

void GitActions::report(const Outcome &outcome) {
    if (outcome.error.isEmpty()) {
        emit message(outcome.done);
        return;
    }
    if (!outcome.rejected) {
        showProblem(outcome.error);
        return;
    }
    // The remote moved on: the writer's commit goes on top of what is there, never over it.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Push Rejected"),
                                tr("The remote has commits this checkout does not have yet, so the push "
                                   "was refused. Pull them (your commits go on top) and push again?"),
                                QMessageBox::Cancel, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDetailedText(outcome.error);
    QPushButton *again = box->addButton(tr("Pull and Push Again"), QMessageBox::AcceptRole);
    box->setDefaultButton(again);
    m_box = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, again](QAbstractButton *button) {
        if (button == again)
            pull(true);
    });
    box->open();
}

void GitActions::showProblem(const QString &text) {
    auto *box = new QMessageBox(QMessageBox::Warning, tr("git"), text, QMessageBox::Ok, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_box = box;
    box->open();
    emit message(text.section(QLatin1Char('\n'), 0, 0));
}
