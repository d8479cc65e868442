#include "site/sitetimezone.h"

#include "site/siteconfig.h"
#include "site/siteroot.h"

QTimeZone SiteTimeZone::of(const QString &fileOrFolder) {
    const QString root = SiteRoot::find(fileOrFolder);
    if (root.isEmpty())
        return QTimeZone::systemTimeZone();
    const Result<SiteConfig> config = SiteConfig::load(root);
    return config ? config->zone() : QTimeZone::systemTimeZone();
}
