#include "postcommitplan.h"

#include <QFileInfo>

#include "post/post.h"
#include "site/gitrepository.h"
#include "site/postreferences.h"

namespace {

QString titleOf(const Post &post, const QString &path) {
    const FieldEntry *title = post.field(QStringLiteral("title"));
    if (title && title->kind == FieldEntry::Kind::Scalar && !title->scalar.trimmed().isEmpty())
        return title->scalar.trimmed();
    return QFileInfo(path).completeBaseName();
}

bool isDraftPath(const QString &path) {
    return path.startsWith(QLatin1String("_drafts/")) || path.contains(QLatin1String("/_drafts/"));
}

// A post not yet in HEAD is published; one HEAD holds, or held under a name outside _drafts/, is updated.
Result<bool> isUpdate(const GitRepository &repository, const QString &post, const QString &oldPath) {
    const Result<bool> postInHead = repository.inHead(post);
    if (!postInHead || postInHead.value() || oldPath.isEmpty())
        return postInHead;
    if (isDraftPath(oldPath))
        return false;
    return repository.inHead(oldPath);
}

}  // namespace

Result<PostCommitPlan> PostCommitPlan::make(const GitRepository &repository, const QString &siteRoot,
                                            const QString &postPath, const Post &post) {
    const Result<GitStatus> status = repository.status();
    if (!status)
        return Result<PostCommitPlan>::failure(status.error());
    const Result<QString> oldPath = repository.renamedFrom(postPath);
    if (!oldPath)
        return Result<PostCommitPlan>::failure(oldPath.error());

    PostCommitPlan plan;
    for (const QString &file :
         QStringList{postPath} + PostReferences::localFiles(siteRoot, postPath, post.body())) {
        const Result<QString> relative = repository.relativePath(file);
        if (relative && status->isChanged(relative.value()))
            plan.paths.append(relative.value());
    }
    if (!oldPath->isEmpty())
        plan.removedPaths.append(oldPath.value());
    const Result<bool> update = isUpdate(repository, postPath, oldPath.value());
    if (!update)
        return Result<PostCommitPlan>::failure(update.error());
    plan.update = update.value();
    plan.defaultMessage =
        (plan.update ? QStringLiteral("Update: ") : QStringLiteral("Publish: ")) + titleOf(post, postPath);
    return plan;
}
