#pragma once

#include <QStringList>

// Starts the editor window: `postwright FILE` opens a post, `postwright SITE_DIR` the site's newest post (or
// a new post when it has none), no argument an empty window.
class EditorLauncher {
public:
    static int run(int &argc, char **argv, const QStringList &args);
};
