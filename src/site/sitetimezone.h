#pragma once

#include <QString>
#include <QTimeZone>

// The time zone a Jekyll site's dates are read in: `timezone:` in the site's `_config.yml` (an IANA name,
// which Jekyll puts in TZ), else the system's. The site is the one SiteRoot finds, as for the rest of the
// editor; its config is read by SiteConfig, as Jekyll (Psych) reads it. A config that does not load, or
// names a zone this system does not know, gives the system's zone (publishing should not fail over it:
// `jekyll build` says what is wrong with the config).
class SiteTimeZone {
public:
    // The zone of the site `fileOrFolder` (a post, or a folder in the site) belongs to.
    static QTimeZone of(const QString &fileOrFolder);
};
