#include "site/sitekey.h"

#include <QDir>
#include <QFileInfo>

QString SiteKey::of(const QString &siteRoot) {
    if (siteRoot.isEmpty())
        return {};
    const QFileInfo info(siteRoot);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : canonical;
}
