#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include "common/result.h"
#include "site/gitstatus.h"

// A site's checkout as git sees it, through the `git` command line (QProcess, no shell). Every call is
// synchronous and bounded by a time limit, so callers on the GUI thread must run it elsewhere (QtConcurrent);
// the command line calls it directly. git never prompts on a terminal (GIT_TERMINAL_PROMPT=0: a prompt nobody
// sees would hang until the time limit); push and pull ask the window's askpass program when Options names
// one, and fail at once otherwise. git speaks C-locale English, so its messages can be recognised and
// reworded into what happened and what to do. For a site the writer did not trust (SiteTrust), every call
// disables the checkout's hooks and fsmonitor, since a checkout's config can name commands to run. git runs
// in a process group of its own, so a time limit stops what it started too (ssh, the askpass program), and
// without optional locks (GIT_OPTIONAL_LOCKS=0), so a status read never holds index.lock against the writer's
// own git.
// Paths given are absolute or relative to the work tree's top; paths returned are relative to it.
class GitRepository {
    Q_DECLARE_TR_FUNCTIONS(GitRepository)

public:
    struct Options {
        QString program = QStringLiteral("git");  // tests point it at a missing program
        int localTimeoutMs = 10000;
        int remoteTimeoutMs = 60000;  // push, pull
        // push and pull when git may ask through `askpass`: the writer's typing counts against the limit.
        int askingTimeoutMs = 300000;
        // A program git and ssh ask for user names, passwords, passphrases and host keys on push and pull
        // (GIT_ASKPASS, SSH_ASKPASS), with what it needs in its environment ("NAME=value"); the window's
        // AskpassServer. Empty: they never ask, and fail instead (the command line).
        QString askpass;
        QStringList askpassEnvironment;
    };

    // The checkout holding `siteRoot` (which may be a folder inside the work tree). Fails when git is
    // missing or the folder is not in a checkout. Trust is read from SiteTrust for `siteRoot`.
    static Result<GitRepository> open(const QString &siteRoot);
    static Result<GitRepository> open(const QString &siteRoot, const Options &options);

    const QString &workTree() const { return m_workTree; }
    bool runsHooks() const { return m_trusted; }

    Result<GitStatus> status() const;
    // Whether `path` is untracked or differs between HEAD, the index and the work tree (one status call).
    Result<bool> isChanged(const QString &path) const;
    // The work-tree-relative form of a path inside the checkout (it need not exist); fails outside it.
    Result<QString> relativePath(const QString &path) const;
    // Whether HEAD holds `path` (false in a repository without commits).
    Result<bool> inHead(const QString &path) const;
    // The path HEAD holds that git sees `path` renamed from, when `path` is new and a file HEAD holds was
    // deleted from the work tree with similar content (a publish, a rename); empty when there is none.
    // Computed on a throwaway index: the checkout's index is not touched.
    Result<QString> renamedFrom(const QString &path) const;

    // Commits exactly `paths` (their content in the work tree, untracked ones added) and the removal of
    // `removedPaths`, nothing else: whatever else is staged stays staged and uncommitted. Runs the commit
    // hooks only for a trusted site. Returns the new commit's full id.
    Result<QString> commitPaths(const QStringList &paths, const QStringList &removedPaths,
                                const QString &message) const;
    // The files a commit changed, as (status letter, path): 'A', 'M', 'D', ...
    Result<QList<QPair<QChar, QString>>> changedFiles(const QString &commit) const;

    // Pushes the current branch to its upstream (never forced); returns "origin/main". `rejected` (when
    // given) tells whether it failed because the remote has commits the branch lacks (pull, then push again).
    Result<QString> push(bool *rejected = nullptr) const;
    // Fetches the upstream and rebases the branch's commits on it (other local changes stashed meanwhile).
    Status pullRebase() const;

private:
    struct Output {
        int exitCode = 0;
        QByteArray out;
        QByteArray err;
    };

    GitRepository(QString workTree, bool trusted, Options options)
        : m_workTree(std::move(workTree)), m_trusted(trusted), m_options(std::move(options)) {}

    // For a site not trusted: refuses a checkout whose own git configuration names a command git would run
    // for us (a filter, an ssh or credential helper, a signing program, a remote's pack program, a merge
    // driver, a protocol allowed to run commands); hooks and fsmonitor are switched off on every call
    // instead.
    Status refuseConfiguredCommands() const;
    Result<Output> run(const QStringList &args, int timeoutMs, const QString &indexFile = QString(),
                       bool mayAsk = false) const;
    Result<Output> runLocal(const QStringList &args, const QString &indexFile = QString()) const {
        return run(args, m_options.localTimeoutMs, indexFile);
    }
    // push and pull: the longer time limit, and ssh in batch mode unless the writer set an ssh command.
    Result<Output> runRemote(const QStringList &args) const;
    Result<QStringList> relativePaths(const QStringList &paths) const;
    QString failure(const QString &what, const Output &output) const;

    QString m_workTree;
    bool m_trusted = false;
    Options m_options;
};
