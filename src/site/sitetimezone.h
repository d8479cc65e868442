#pragma once

#include <QString>
#include <QTimeZone>

// The time zone a Jekyll site's dates are read in: `timezone:` in the site's `_config.yml` (an IANA name,
// which Jekyll puts in TZ), else the system's. (SiteConfig does not expose the key yet; when it does, this
// class can ask it.) Only that key is read here; a config that does not parse, or names a zone
// this system does not know, gives the system's zone (publishing should not fail over it: `jekyll build`
// says what is wrong with the config).
class SiteTimeZone {
public:
    // The zone of the nearest `_config.yml` (or `.yaml`) at or above `folder`.
    static QTimeZone of(const QString &folder);
    // The same from the config's text.
    static QTimeZone fromConfigText(const QByteArray &yaml);
};
