#pragma once

#include <QStringList>

class CliOutput;

// `postwright commit POST [--message M] [--push]` (GitRepository): commits the post and the files of the
// site it references (PostReferences) that are new or changed, plus the removal of its old path when git
// sees it renamed (a publish, a rename); nothing else of the checkout. The message defaults to
// "Publish: TITLE" for a post HEAD does not hold yet, "Update: TITLE" otherwise. Prints one line per
// committed path ("A path", "M path", "D path", relative to the checkout), then "commit ID MESSAGE", then
// "pushed to REMOTE/BRANCH" with --push. Exit 0 done, 1 refused or failed (nothing to commit, push
// rejected: the commit stays), 2 bad usage, not a post of a site, not a checkout, git missing.
class CommitVerb {
public:
    static int run(const QStringList &args, CliOutput &io);
};
