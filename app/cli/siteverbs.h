#pragma once

#include <QStringList>

class CliOutput;

// The site as the index reads it (SiteScan: Jekyll's reading rules and URLs):
//   postwright list SITE [--json] [--filter EXPR]     posts and drafts, newest first
//   postwright tags SITE [--json] [--category]        tags and categories with counts
//   (site.tags/site.categories) postwright tags SITE --rename OLD NEW [--category] [--dry-run]
// Exit 0 done, 1 refused or failed (messages name the file and the reason), 2 bad usage or an unreadable
// site.
class SiteVerbs {
public:
    static int list(const QStringList &args, CliOutput &io);
    static int tags(const QStringList &args, CliOutput &io);
};
