#pragma once

#include "site/siteconfig.h"
#include "site/sitepost.h"
#include "site/sitestaticfile.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

// A whole site as one read saw it: every post, draft, page and collection document Jekyll reads (whatever
// its `published`, date or draft state; SiteConfig::publishes says which Jekyll would build), in path order.
struct SiteSnapshot {
    QString root;
    SiteConfig config;
    QDateTime siteTime;  // the read's "now" (Jekyll's site.time)
    QVector<SitePost> documents;
    // The files Jekyll copies as they are (whatever `published` its defaults give), in path order.
    QVector<SiteStaticFile> staticFiles;
    QStringList problems;  // site-level: the configuration, folders that could not be read, link loops
};
