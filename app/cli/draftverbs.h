#pragma once

#include <QStringList>

class CliOutput;

// `postwright publish DRAFT [--date YYYY-MM-DD]` and `postwright unpublish POST` (DraftPublisher): move the
// file between `_drafts/` and `_posts/` and print its new absolute path. The file is read now, so "changed
// since read" cannot happen here; the window passes what it read. Exit 0 done, 1 refused or failed (the
// message names the file and the reason), 2 bad usage or an unreadable path.
class DraftVerbs {
public:
    static int publish(const QStringList &args, CliOutput &io);
    static int unpublish(const QStringList &args, CliOutput &io);
};
