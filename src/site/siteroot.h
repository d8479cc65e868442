#pragma once

#include <QString>

// Finds the Jekyll site a post belongs to.
class SiteRoot {
public:
    // The nearest folder at or above `fileOrFolder` that holds `_config.yml`, `_config.yaml`, `_config.toml`
    // or a `_posts/` folder, as a canonical absolute path (symbolic links resolved); an empty string when
    // there is none. A folder with `_posts/` and no config is a category folder (`news/_posts/`) of the
    // nearest site above with a config when that site holds `_posts/` too; else it is a site of its own.
    // A path that does not exist yet (a post about to be created) is searched from its nearest existing
    // ancestor.
    static QString find(const QString &fileOrFolder);

    // True when `folder` itself holds one of the markers above.
    static bool isSiteRoot(const QString &folder);
};
