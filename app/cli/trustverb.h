#pragma once

#include <QStringList>

class CliOutput;

// Whether the preview may run a site's own code (SiteTrust), from the command line:
//   postwright trust SITE            trust the site SITE is in; says what will run
//   postwright trust --revoke SITE   stop trusting it
//   postwright trust --list          the trusted sites, one a line
// Exit 0 done, 2 bad usage or a SITE that is not a folder of a site.
class TrustVerb {
public:
    static int run(const QStringList &args, CliOutput &io);
};
