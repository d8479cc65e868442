#include "commitverb.h"

#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "site/gitrepository.h"
#include "site/postcommitplan.h"
#include "site/siteroot.h"

namespace {

struct CommitRequest {
    QString post;
    QString message;
    bool push = false;
};

// Fails with the usage problem.
Result<CommitRequest> parse(const QStringList &args) {
    CommitRequest request;
    bool hasMessage = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--message") || a == QLatin1String("-m")) {
            if (i + 1 >= args.size())
                return Result<CommitRequest>::failure(QStringLiteral("commit: --message takes a text"));
            request.message = args[++i];
            hasMessage = true;
        } else if (a == QLatin1String("--push")) {
            request.push = true;
        } else if (request.post.isEmpty() && !a.startsWith(QLatin1String("-"))) {
            request.post = a;
        } else {
            return Result<CommitRequest>::failure(QStringLiteral("commit: unexpected '%1'").arg(a));
        }
    }
    if (request.post.isEmpty())
        return Result<CommitRequest>::failure(QStringLiteral("commit takes POST [--message M] [--push]"));
    if (hasMessage && request.message.trimmed().isEmpty())
        return Result<CommitRequest>::failure(QStringLiteral("commit: the message is empty"));
    return request;
}

}  // namespace

int CommitVerb::run(const QStringList &args, CliOutput &io) {
    const Result<CommitRequest> request = parse(args);
    if (!request)
        return io.usage(request.error());
    const QString postPath = QFileInfo(request->post).absoluteFilePath();
    const Result<Post> post = PostFile::load(postPath);
    if (!post) {
        io.printError(post.error());
        return 2;
    }
    const QString site = SiteRoot::find(postPath);
    if (site.isEmpty()) {
        io.printError(
            QStringLiteral("%1: not in a Jekyll site (no _config.yml or _posts/ above it)").arg(postPath));
        return 2;
    }
    const Result<GitRepository> repo = GitRepository::open(site);
    if (!repo) {
        io.printError(repo.error());
        return 2;
    }
    const Result<PostCommitPlan> plan = PostCommitPlan::make(repo.value(), site, postPath, post.value());
    if (!plan) {
        io.printError(plan.error());
        return 1;
    }
    if (plan->isEmpty()) {
        io.printError(
            QStringLiteral("%1: nothing to commit: the post and the files it references have no changes")
                .arg(postPath));
        return 1;
    }
    const QString message = request->message.isEmpty() ? plan->defaultMessage : request->message;
    const Result<QString> id = repo->commitPaths(plan->paths, plan->removedPaths, message);
    if (!id) {
        io.printError(id.error());
        return 1;
    }
    const auto files = repo->changedFiles(id.value());
    if (files) {
        for (const auto &file : files.value())
            io.print(QString(file.first).toUtf8() + ' ' + file.second.toUtf8() + '\n');
    }
    io.print("commit " + id->left(12).toUtf8() + ' ' + message.section(QLatin1Char('\n'), 0, 0).toUtf8() +
             '\n');
    if (!request->push)
        return 0;
    const Result<QString> pushed = repo->push();
    if (!pushed) {
        io.printError(pushed.error());
        io.printError(QStringLiteral("the commit is kept; push again when that is solved"));
        return 1;
    }
    io.print("pushed to " + pushed->toUtf8() + '\n');
    return 0;
}
