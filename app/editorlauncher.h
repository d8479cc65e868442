#pragma once

#include <QStringList>

// Starts the editor: `postwright FILE...` opens each post in a window of its own, `postwright SITE_DIR` the
// site's newest post (or a new post when it has none), no argument an empty window. When Postwright already
// runs for this user, the request goes to that process (new windows there) and this one exits 0.
class EditorLauncher {
public:
    static int run(int &argc, char **argv, const QStringList &args);
};
