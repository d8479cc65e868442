#include "site/siteengines.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace {

QString keyOf(const SiteEngine::Options &options) {
    const QFileInfo root(options.siteRoot);
    const QString canonical = root.canonicalFilePath();
    return (canonical.isEmpty() ? QDir::cleanPath(root.absoluteFilePath()) : canonical) +
           (options.trusted ? QStringLiteral("\n1") : QStringLiteral("\n0")) +
           (options.urls == SiteEngine::Urls::Preview ? QStringLiteral("p") : QStringLiteral("u"));
}

QHash<QString, std::weak_ptr<SiteEngine>> &engines() {
    static QHash<QString, std::weak_ptr<SiteEngine>> table;
    return table;
}

}  // namespace

std::shared_ptr<SiteEngine> SiteEngines::acquire(const SiteEngine::Options &options) {
    const QString key = keyOf(options);
    if (std::shared_ptr<SiteEngine> engine = engines().value(key).lock())
        return engine;
    engines().removeIf([](const auto &entry) { return entry.value().expired(); });
    auto engine = std::make_shared<SiteEngine>(options);
    engines().insert(key, engine);
    return engine;
}
