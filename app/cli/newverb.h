#pragma once

#include <QStringList>

class CliOutput;

// `postwright new SITE --title T [--date YYYY-MM-DD] [--draft]`: creates a post (NewPost) and prints its
// absolute path. Exit 1 when it is refused (the file exists), 2 for bad usage or a missing site folder.
class NewVerb {
public:
    static int run(const QStringList &args, CliOutput &io);
};
