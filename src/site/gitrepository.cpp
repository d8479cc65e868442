#include "gitrepository.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/types.h>
#include <unistd.h>
#include <csignal>

#include "site/sitetrust.h"

namespace {

QString seconds(int ms) {
    return QString::number((ms + 999) / 1000);
}

QString firstLines(const QByteArray &err) {
    QString text = QString::fromUtf8(err).trimmed();
    const QStringList lines = text.split(QLatin1Char('\n'));
    return lines.mid(0, 3).join(QStringLiteral(" / "));
}

bool mentions(const QByteArray &err, std::initializer_list<const char *> needles) {
    for (const char *needle : needles) {
        if (err.contains(needle))
            return true;
    }
    return false;
}

}  // namespace

Result<GitRepository> GitRepository::open(const QString &siteRoot) {
    return open(siteRoot, Options());
}

Result<GitRepository> GitRepository::open(const QString &siteRoot, const Options &options) {
    const QFileInfo info(siteRoot);
    if (!info.isDir())
        return Result<GitRepository>::failure(tr("%1: no such folder").arg(siteRoot));
    const QString root = info.canonicalFilePath();
    const bool trusted = SiteTrust::isTrusted(root);
    const GitRepository probe(root, trusted, options);
    const Result<Output> top =
        probe.runLocal({QStringLiteral("rev-parse"), QStringLiteral("--show-toplevel")});
    if (!top)
        return Result<GitRepository>::failure(top.error());
    if (top->exitCode != 0) {
        if (top->err.contains("not a git repository"))
            return Result<GitRepository>::failure(
                tr("%1 is not a git checkout: clone the site's repository, or run git init there").arg(root));
        return Result<GitRepository>::failure(probe.failure(QStringLiteral("git rev-parse"), top.value()));
    }
    const QString workTree = QString::fromUtf8(top->out).trimmed();
    if (workTree.isEmpty())
        return Result<GitRepository>::failure(
            tr("%1 is inside a bare repository or a .git folder, not a checkout").arg(root));
    GitRepository repository(QFileInfo(workTree).canonicalFilePath(), trusted, options);
    if (const Status safe = repository.refuseConfiguredCommands(); !safe)
        return Result<GitRepository>::failure(safe.error());
    return repository;
}

Status GitRepository::refuseConfiguredCommands() const {
    if (m_trusted)
        return Status();
    // Names are lower-cased by git but a subsection's case is kept; the patterns match the lower-cased name.
    static const QRegularExpression commandKeys(QStringLiteral(
        "^(filter\\..+\\.(clean|smudge|process)|core\\.(sshcommand|askpass|gitproxy)|credential\\.(.+\\.)?"
        "helper|"
        "diff\\.external|diff\\..+\\.(textconv|command)|merge\\..+\\.driver|gpg\\.(.+\\.)?program|"
        "remote\\..+\\.(receivepack|uploadpack)|protocol\\.(.+\\.)?allow)$"));
    const Result<Output> names =
        runLocal({QStringLiteral("config"), QStringLiteral("--local"), QStringLiteral("--includes"),
                  QStringLiteral("--name-only"), QStringLiteral("--list")});
    if (!names)
        return Status::failure(names.error());
    for (const QByteArray &line : names->out.split('\n')) {
        const QString name = QString::fromUtf8(line).trimmed();
        if (commandKeys.match(name.toLower()).hasMatch())
            return Status::failure(
                tr("%1: the checkout's own git configuration sets %2, which makes git run a command; "
                   "Postwright runs git there only for a site you trust (postwright trust SITE)")
                    .arg(m_workTree, name));
    }
    return Status();
}

Result<GitRepository::Output> GitRepository::run(const QStringList &args, int timeoutMs,
                                                 const QString &indexFile, bool mayAsk) const {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_TERMINAL_PROMPT"), QStringLiteral("0"));
    env.remove(QStringLiteral("GIT_ASKPASS"));
    env.remove(QStringLiteral("SSH_ASKPASS"));
    env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("never"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    env.insert(QStringLiteral("GIT_LITERAL_PATHSPECS"), QStringLiteral("1"));
    env.insert(QStringLiteral("GIT_OPTIONAL_LOCKS"), QStringLiteral("0"));
    if (mayAsk) {
        env.insert(QStringLiteral("GIT_ASKPASS"), m_options.askpass);
        env.insert(QStringLiteral("SSH_ASKPASS"), m_options.askpass);
        env.insert(QStringLiteral("SSH_ASKPASS_REQUIRE"), QStringLiteral("force"));
        for (const QString &entry : m_options.askpassEnvironment)
            env.insert(entry.section(QLatin1Char('='), 0, 0), entry.section(QLatin1Char('='), 1));
    }
    env.remove(QStringLiteral("GIT_DIR"));
    env.remove(QStringLiteral("GIT_WORK_TREE"));
    if (indexFile.isEmpty())
        env.remove(QStringLiteral("GIT_INDEX_FILE"));
    else
        env.insert(QStringLiteral("GIT_INDEX_FILE"), indexFile);

    QStringList fullArgs;
    if (!m_trusted)
        fullArgs << QStringLiteral("-c") << QStringLiteral("core.hooksPath=/dev/null") << QStringLiteral("-c")
                 << QStringLiteral("core.fsmonitor=false");
    fullArgs << args;

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_workTree);
    process.setStandardInputFile(QProcess::nullDevice());
    // Its own process group: on the time limit the whole group is stopped, not only git (a hanging ssh
    // or an askpass still asking would otherwise outlive it).
    process.setChildProcessModifier([] { ::setpgid(0, 0); });
    process.start(m_options.program, fullArgs);
    const qsizetype command = args.value(0) == QLatin1String("-c") ? 2 : 0;
    const QString what = QStringLiteral("git %1").arg(args.value(command));
    if (!process.waitForStarted(m_options.localTimeoutMs)) {
        if (process.error() == QProcess::FailedToStart)
            return Result<Output>::failure(
                tr("git is not installed ('%1' cannot be run): install git (Debian: apt install git)")
                    .arg(m_options.program));
        return Result<Output>::failure(tr("%1 did not start: %2").arg(what, process.errorString()));
    }
    if (!process.waitForFinished(timeoutMs)) {
        if (const qint64 pid = process.processId(); pid > 0)
            ::kill(-static_cast<pid_t>(pid), SIGKILL);
        process.kill();
        process.waitForFinished(1000);
        return Result<Output>::failure(
            tr("%1 in %2 timed out after %3 s and was stopped; check the network and the remote, "
               "then try again")
                .arg(what, m_workTree, seconds(timeoutMs)));
    }
    if (process.exitStatus() != QProcess::NormalExit)
        return Result<Output>::failure(tr("%1 in %2 crashed").arg(what, m_workTree));
    return Output{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

Result<GitRepository::Output> GitRepository::runRemote(const QStringList &args) const {
    if (const Status safe = refuseConfiguredCommands(); !safe)
        return Result<Output>::failure(safe.error());
    // ssh must not ask either (passwords, host keys): in batch mode it fails instead of waiting on a
    // terminal. Only when the writer chose no ssh command of their own, which this would override.
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    bool ownSsh =
        system.contains(QStringLiteral("GIT_SSH_COMMAND")) || system.contains(QStringLiteral("GIT_SSH"));
    if (!ownSsh) {
        const Result<Output> configured =
            runLocal({QStringLiteral("config"), QStringLiteral("--get"), QStringLiteral("core.sshCommand")});
        if (!configured)
            return configured;
        ownSsh = configured->exitCode == 0;
    }
    // With an askpass program ssh asks it (SSH_ASKPASS_REQUIRE=force) rather than a terminal.
    const bool mayAsk = !m_options.askpass.isEmpty();
    const QStringList batch{QStringLiteral("-c"), QStringLiteral("core.sshCommand=ssh -o BatchMode=yes")};
    return run(ownSsh || mayAsk ? args : batch + args,
               mayAsk ? m_options.askingTimeoutMs : m_options.remoteTimeoutMs, QString(), mayAsk);
}

QString GitRepository::failure(const QString &what, const Output &output) const {
    const QByteArray &err = output.err;
    if (mentions(err, {"Authentication failed", "could not read Username", "could not read Password",
                       "Permission denied (publickey", "terminal prompts disabled"})) {
        if (!m_options.askpass.isEmpty())
            return tr("%1 in %2: authentication failed: the answer given was refused, or the question "
                      "was cancelled (git: %3)")
                .arg(what, m_workTree, firstLines(err));
        return tr("%1 in %2: authentication failed; set up a credential helper or an ssh key that "
                  "works without a prompt (git: %3)")
            .arg(what, m_workTree, firstLines(err));
    }
    if (mentions(err, {"[rejected]", "fetch first", "non-fast-forward"}))
        return tr("%1 in %2: rejected: the remote has commits you do not have; pull first (rebase), "
                  "never force")
            .arg(what, m_workTree);
    if (mentions(err, {"has no upstream branch", "no tracking information", "no upstream configured"}))
        return tr("%1 in %2: no upstream branch: set one with git push -u REMOTE BRANCH")
            .arg(what, m_workTree);
    if (mentions(err, {"Could not resolve host", "Could not read from remote repository", "unable to access",
                       "does not appear to be a git repository"}))
        return tr("%1 in %2: the remote cannot be reached; check its URL and the network (git: %3)")
            .arg(what, m_workTree, firstLines(err));
    if (mentions(err, {"CONFLICT", "could not apply", "Resolve all conflicts"}))
        return tr("%1 in %2: stopped on conflicts; resolve them (git status) and run git rebase "
                  "--continue, or undo with git rebase --abort")
            .arg(what, m_workTree);
    return tr("%1 in %2 failed (exit %3): %4")
        .arg(what, m_workTree, QString::number(output.exitCode), firstLines(err));
}

Result<GitStatus> GitRepository::status() const {
    const Result<Output> out =
        runLocal({QStringLiteral("status"), QStringLiteral("--porcelain=v2"), QStringLiteral("-z"),
                  QStringLiteral("--branch"), QStringLiteral("--untracked-files=all")});
    if (!out)
        return Result<GitStatus>::failure(out.error());
    if (out->exitCode != 0)
        return Result<GitStatus>::failure(failure(QStringLiteral("git status"), out.value()));
    return GitStatus::parse(out->out);
}

Result<bool> GitRepository::isChanged(const QString &path) const {
    const Result<QString> relative = relativePath(path);
    if (!relative)
        return Result<bool>::failure(relative.error());
    const Result<GitStatus> state = status();
    if (!state)
        return Result<bool>::failure(state.error());
    return state->isChanged(relative.value());
}

Result<QString> GitRepository::relativePath(const QString &path) const {
    QFileInfo info(QDir::isAbsolutePath(path) ? path : QDir(m_workTree).filePath(path));
    // A removed file has no canonical path: its folder may still have one.
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    const QString absolute =
        info.exists() ? info.canonicalFilePath()
                      : (dir.isEmpty() ? info.absoluteFilePath() : dir + QLatin1Char('/') + info.fileName());
    const QString relative = QDir(m_workTree).relativeFilePath(absolute);
    if (relative.isEmpty() || relative == QLatin1String(".") || relative.startsWith(QLatin1String("../")) ||
        QDir::isAbsolutePath(relative))
        return Result<QString>::failure(tr("%1 is outside the checkout %2").arg(path, m_workTree));
    return relative;
}

Result<QStringList> GitRepository::relativePaths(const QStringList &paths) const {
    QStringList out;
    for (const QString &path : paths) {
        const Result<QString> relative = relativePath(path);
        if (!relative)
            return Result<QStringList>::failure(relative.error());
        out.append(relative.value());
    }
    return out;
}

Result<bool> GitRepository::inHead(const QString &path) const {
    const Result<QString> relative = relativePath(path);
    if (!relative)
        return Result<bool>::failure(relative.error());
    const Result<Output> out = runLocal(
        {QStringLiteral("cat-file"), QStringLiteral("-e"), QStringLiteral("HEAD:") + relative.value()});
    if (!out)
        return Result<bool>::failure(out.error());
    return out->exitCode == 0;
}

Result<QString> GitRepository::renamedFrom(const QString &path) const {
    const Result<QString> relative = relativePath(path);
    if (!relative)
        return Result<QString>::failure(relative.error());
    const Result<GitStatus> state = status();
    if (!state)
        return Result<QString>::failure(state.error());
    QStringList candidates{relative.value()};
    for (const GitStatus::Entry &entry : state->entries) {
        if (entry.path == relative.value() && !entry.originalPath.isEmpty() && entry.staged == 'R')
            return entry.originalPath;
        if (entry.unstaged == 'D' || entry.staged == 'D')
            candidates.append(entry.path);
    }
    const GitStatus::Entry *self = state->find(relative.value());
    if (candidates.size() == 1 || !self || (!self->untracked && self->staged != 'A'))
        return QString();
    // git's own rename detection, on a throwaway index holding HEAD plus the new file and the deletions.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Result<QString>::failure(tr("cannot create a temporary folder for git's index"));
    const QString index = scratch.filePath(QStringLiteral("index"));
    for (const QStringList &args :
         {QStringList{QStringLiteral("read-tree"), QStringLiteral("HEAD")},
          QStringList{QStringLiteral("add"), QStringLiteral("-A"), QStringLiteral("--")} + candidates}) {
        const Result<Output> out = runLocal(args, index);
        if (!out)
            return Result<QString>::failure(out.error());
        if (out->exitCode != 0)
            return Result<QString>::failure(failure(QStringLiteral("git ") + args.front(), out.value()));
    }
    const Result<Output> diff =
        runLocal({QStringLiteral("diff"), QStringLiteral("--cached"), QStringLiteral("-M"),
                  QStringLiteral("--name-status"), QStringLiteral("-z"), QStringLiteral("HEAD")},
                 index);
    if (!diff)
        return Result<QString>::failure(diff.error());
    const QList<QByteArray> parts = diff->out.split('\0');
    for (int i = 0; i + 2 < parts.size(); ++i) {
        if (parts[i].startsWith('R') && QString::fromUtf8(parts[i + 2]) == relative.value())
            return QString::fromUtf8(parts[i + 1]);
    }
    return QString();
}

Result<QString> GitRepository::commitPaths(const QStringList &paths, const QStringList &removedPaths,
                                           const QString &message) const {
    // The configuration may have changed since open().
    if (const Status safe = refuseConfiguredCommands(); !safe)
        return Result<QString>::failure(safe.error());
    const Result<QStringList> added = relativePaths(paths);
    if (!added)
        return Result<QString>::failure(added.error());
    const Result<QStringList> removed = relativePaths(removedPaths);
    if (!removed)
        return Result<QString>::failure(removed.error());
    if (added->isEmpty() && removed->isEmpty())
        return Result<QString>::failure(tr("nothing to commit: no paths given"));
    // `commit --only` takes the named paths from the work tree and leaves the rest of the index as it was;
    // it only knows tracked paths, so new files are added first (and taken back out if the commit fails).
    QStringList untracked;
    const Result<GitStatus> state = status();
    if (!state)
        return Result<QString>::failure(state.error());
    for (const QString &path : added.value()) {
        const GitStatus::Entry *entry = state->find(path);
        if (entry && entry->untracked)
            untracked.append(path);
    }
    if (!untracked.isEmpty()) {
        const Result<Output> add =
            runLocal(QStringList{QStringLiteral("add"), QStringLiteral("--")} + untracked);
        if (!add)
            return Result<QString>::failure(add.error());
        if (add->exitCode != 0)
            return Result<QString>::failure(failure(QStringLiteral("git add"), add.value()));
    }
    const Result<Output> commit =
        run(QStringList{QStringLiteral("commit"), QStringLiteral("--only"), QStringLiteral("--no-edit"),
                        QStringLiteral("-m"), message, QStringLiteral("--")} +
                added.value() + removed.value(),
            m_options.remoteTimeoutMs);  // hooks may take a while
    if (!commit || commit->exitCode != 0) {
        if (!untracked.isEmpty())
            runLocal(QStringList{QStringLiteral("reset"), QStringLiteral("-q"), QStringLiteral("--")} +
                     untracked);
        if (!commit)
            return Result<QString>::failure(commit.error());
        if (commit->out.contains("nothing to commit") || commit->out.contains("no changes added"))
            return Result<QString>::failure(
                tr("nothing to commit: %1 has no changes").arg(added->join(QStringLiteral(", "))));
        return Result<QString>::failure(failure(QStringLiteral("git commit"), commit.value()));
    }
    const Result<Output> head = runLocal({QStringLiteral("rev-parse"), QStringLiteral("HEAD")});
    if (!head)
        return Result<QString>::failure(head.error());
    return QString::fromUtf8(head->out).trimmed();
}

Result<QList<QPair<QChar, QString>>> GitRepository::changedFiles(const QString &commit) const {
    using Files = QList<QPair<QChar, QString>>;
    const Result<Output> out =
        runLocal({QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"),
                  QStringLiteral("--name-status"), QStringLiteral("--no-renames"), QStringLiteral("-r"),
                  QStringLiteral("-z"), QStringLiteral("--root"), commit});
    if (!out)
        return Result<Files>::failure(out.error());
    if (out->exitCode != 0)
        return Result<Files>::failure(failure(QStringLiteral("git diff-tree"), out.value()));
    Files files;
    const QList<QByteArray> parts = out->out.split('\0');
    for (int i = 0; i + 1 < parts.size(); i += 2) {
        if (!parts[i].isEmpty())
            files.append({QChar::fromLatin1(parts[i].at(0)), QString::fromUtf8(parts[i + 1])});
    }
    return files;
}

Result<QString> GitRepository::push(bool *rejected) const {
    if (rejected)
        *rejected = false;
    const Result<GitStatus> state = status();
    if (!state)
        return Result<QString>::failure(state.error());
    if (state->branch.isEmpty())
        return Result<QString>::failure(
            tr("git push in %1: HEAD is detached; check out a branch first").arg(m_workTree));
    const Result<Output> upstream =
        runLocal({QStringLiteral("for-each-ref"),
                  QStringLiteral("--format=%(upstream:remotename)%00%(upstream:remoteref)"),
                  QStringLiteral("refs/heads/") + state->branch});
    if (!upstream)
        return Result<QString>::failure(upstream.error());
    const QList<QByteArray> parts = upstream->out.trimmed().split('\0');
    if (upstream->exitCode != 0 || parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty())
        return Result<QString>::failure(
            tr("git push in %1: no upstream branch for %2: set one with git push -u REMOTE %2")
                .arg(m_workTree, state->branch));
    const QString remote = QString::fromUtf8(parts[0]);
    const QString remoteRef = QString::fromUtf8(parts[1]);
    const Result<Output> out = runRemote(
        {QStringLiteral("push"), QStringLiteral("--porcelain"), remote, QStringLiteral("HEAD:") + remoteRef});
    if (!out)
        return Result<QString>::failure(out.error());
    if (out->exitCode != 0) {
        Output both = out.value();
        both.err += out->out;  // --porcelain reports "[rejected]" on stdout
        if (rejected)
            *rejected = mentions(both.err, {"[rejected]", "fetch first", "non-fast-forward"});
        return Result<QString>::failure(failure(QStringLiteral("git push"), both));
    }
    return remote + QLatin1Char('/') + QString(remoteRef).remove(QStringLiteral("refs/heads/"));
}

Status GitRepository::pullRebase() const {
    const Result<Output> out =
        runRemote({QStringLiteral("pull"), QStringLiteral("--rebase"), QStringLiteral("--autostash")});
    if (!out)
        return Status::failure(out.error());
    if (out->exitCode != 0) {
        Output both = out.value();
        both.err += out->out;
        return Status::failure(failure(QStringLiteral("git pull"), both));
    }
    return Status();
}
