#include "commitverb.h"

#include <QFileInfo>

#include "clioutput.h"
#include "post/postfile.h"
#include "site/gitrepository.h"
#include "site/postreferences.h"
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

QString titleOf(const Post &post, const QString &path) {
    const FieldEntry *title = post.field(QStringLiteral("title"));
    if (title && title->kind == FieldEntry::Kind::Scalar && !title->scalar.trimmed().isEmpty())
        return title->scalar.trimmed();
    return QFileInfo(path).completeBaseName();
}

// A post not yet in HEAD is published; one HEAD holds, or held under a name outside _drafts/, is updated.
Result<bool> isUpdate(const GitRepository &repo, const QString &post, const QString &oldPath) {
    const Result<bool> postInHead = repo.inHead(post);
    if (!postInHead || postInHead.value() || oldPath.isEmpty())
        return postInHead;
    if (oldPath.startsWith(QLatin1String("_drafts/")) || oldPath.contains(QLatin1String("/_drafts/")))
        return false;
    return repo.inHead(oldPath);
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
    const Result<GitStatus> status = repo->status();
    const Result<QString> oldPath = repo->renamedFrom(postPath);
    if (!status || !oldPath) {
        io.printError(!status ? status.error() : oldPath.error());
        return 1;
    }

    QStringList paths;
    for (const QString &file :
         QStringList{postPath} + PostReferences::localFiles(site, postPath, post->body())) {
        const Result<QString> relative = repo->relativePath(file);
        if (relative && status->isChanged(relative.value()))
            paths.append(relative.value());
    }
    const QStringList removed = oldPath->isEmpty() ? QStringList() : QStringList{oldPath.value()};
    if (paths.isEmpty() && removed.isEmpty()) {
        io.printError(
            QStringLiteral("%1: nothing to commit: the post and the files it references have no changes")
                .arg(postPath));
        return 1;
    }

    QString message = request->message;
    if (message.isEmpty()) {
        const Result<bool> update = isUpdate(repo.value(), postPath, oldPath.value());
        if (!update) {
            io.printError(update.error());
            return 1;
        }
        message = (update.value() ? QStringLiteral("Update: ") : QStringLiteral("Publish: ")) +
                  titleOf(post.value(), postPath);
    }
    const Result<QString> id = repo->commitPaths(paths, removed, message);
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
