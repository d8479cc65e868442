#pragma once

#include <QString>
#include <QStringList>

#include "common/result.h"

class GitRepository;
class Post;

// What committing one post takes, decided once for the command line and the window alike: the post and the
// files of its site it references (PostReferences) that are new or changed, the removal of its old path when
// git sees it renamed (a publish, a rename), and the default message, "Publish: TITLE" for a post HEAD does
// not hold yet, "Update: TITLE" otherwise. Paths are relative to the checkout's top. Runs git: not on the
// GUI thread.
struct PostCommitPlan {
    QStringList paths;
    QStringList removedPaths;
    QString defaultMessage;
    bool update = false;

    bool isEmpty() const { return paths.isEmpty() && removedPaths.isEmpty(); }

    // The plan for the post saved at `postPath` (its parsed content `post`) in the site at `siteRoot`.
    static Result<PostCommitPlan> make(const GitRepository &repository, const QString &siteRoot,
                                       const QString &postPath, const Post &post);
};
