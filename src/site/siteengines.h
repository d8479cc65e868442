#pragma once

#include "site/siteengine.h"

#include <memory>

// One SiteEngine per site (and per trust and URL choice) in the process, shared by every window that shows
// the site: the site is read once however many posts of it are open. The engine lives while someone holds
// it; when the last holder lets go (no window shows the site any more), it stops. GUI thread only.
class SiteEngines {
public:
    static std::shared_ptr<SiteEngine> acquire(const SiteEngine::Options &options);
};
