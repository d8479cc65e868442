#pragma once

#include <QStringList>

class CliOutput;

// `postwright check PATH...`: lints posts (files, or the post files under folders), one diagnostic a line.
// Exit 0 without errors (warnings allowed), 1 with an error, 2 when a path cannot be read.
class CheckVerb {
public:
    static int run(const QStringList &args, CliOutput &io);

    // The posts `paths` name, in order: a file as given, a folder's post files (sorted). A path that does not
    // exist is reported on `io` and sets `*missing`.
    static QStringList postFiles(const QStringList &paths, CliOutput &io, bool *missing);
};
