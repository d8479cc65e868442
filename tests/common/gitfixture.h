#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

#include "testfiles.h"

// Temporary git repositories for tests: a bare "remote" and checkouts of it, made with the real `git`.
// Call isolateGitConfig() first so nothing of the machine's or the user's git config matters.

inline void isolateGitConfig() {
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("GIT_DIR");
    qunsetenv("GIT_INDEX_FILE");
}

// Runs git in `dir`; stops the test program when git fails unless `mayFail`. Returns stdout.
inline QByteArray git(const QString &dir, const QStringList &args, bool mayFail = false) {
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(QStringLiteral("git"), args);
    if (!process.waitForFinished(30000) || (!mayFail && process.exitCode() != 0))
        qFatal("git %s in %s failed: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(dir),
               process.readAllStandardError().constData());
    return process.readAllStandardOutput();
}

// A bare repository at `bare` and a checkout of it at `work` on branch main with an upstream, holding one
// commit of `files` (relative path -> bytes). Returns nothing; fails the program on error.
inline void makeCheckoutWithRemote(const QString &bare, const QString &work,
                                   const QList<QPair<QString, QByteArray>> &files) {
    QDir().mkpath(bare);
    QDir().mkpath(work);
    git(bare, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"), QStringLiteral("-b"),
               QStringLiteral("main")});
    git(work, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")});
    git(work, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Test Writer")});
    git(work, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("writer@example.org")});
    for (const auto &file : files) {
        if (!writeTestFile(work + QLatin1Char('/') + file.first, file.second))
            qFatal("cannot write %s", qPrintable(file.first));
    }
    git(work, {QStringLiteral("add"), QStringLiteral("-A")});
    git(work,
        {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), QStringLiteral("Start")});
    git(work, {QStringLiteral("remote"), QStringLiteral("add"), QStringLiteral("origin"), bare});
    git(work, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("-u"), QStringLiteral("origin"),
               QStringLiteral("main")});
}

// A second checkout of `bare` at `work`, with a writer configured.
inline void cloneCheckout(const QString &bare, const QString &work) {
    git(QFileInfo(work).absolutePath(), {QStringLiteral("clone"), QStringLiteral("-q"), bare, work});
    git(work, {QStringLiteral("config"), QStringLiteral("user.name"), QStringLiteral("Other Writer")});
    git(work, {QStringLiteral("config"), QStringLiteral("user.email"), QStringLiteral("other@example.org")});
}

// What the newest commit on the remote's main changed, "A\tpath" lines as `git show --name-status` says.
inline QByteArray remoteHeadChanges(const QString &bare) {
    return git(bare, {QStringLiteral("show"), QStringLiteral("--name-status"), QStringLiteral("--format="),
                      QStringLiteral("--no-renames"), QStringLiteral("main")})
        .trimmed();
}

inline QByteArray remoteHeadSubject(const QString &bare) {
    return git(bare, {QStringLiteral("log"), QStringLiteral("-1"), QStringLiteral("--format=%s"),
                      QStringLiteral("main")})
        .trimmed();
}
