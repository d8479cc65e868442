#pragma once

#include <QString>

// The key a site's per-site choices are stored under (the window's settings and SiteTrust agree on it).
class SiteKey {
public:
    // The canonical path of `siteRoot` (symbolic links, `..` and trailing slashes resolved), so two spellings
    // of one folder share a choice; the clean absolute path while the folder does not exist; empty for an
    // empty root.
    static QString of(const QString &siteRoot);
};
