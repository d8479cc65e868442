#include "site/sitetrust.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSettings>

#include <algorithm>

#include "site/siteconfig.h"
#include "site/sitekey.h"

namespace {

// The folders the config names in `plugins_dir`, `_plugins` when it names none. Jekyll expands a
// non-default folder against its working directory, which is the site root when the writer runs
// `jekyll serve` there; so the root is what we expand against.
QStringList pluginFolders(const QString &root) {
    QStringList names;
    const Result<SiteConfig> config = SiteConfig::load(root);
    const JekyllValue *value = config ? config->settings().find(QStringLiteral("plugins_dir")) : nullptr;
    if (value && value->isList()) {
        for (const JekyllValue &item : value->items)
            names.append(item.toRubyString());
    } else if (value && !value->isNull() && !value->isMap()) {
        names.append(value->toRubyString());
    }
    names.removeAll(QString());
    if (names.isEmpty())
        names.append(QStringLiteral("_plugins"));
    QStringList folders;
    for (const QString &name : names)
        folders.append(QDir::cleanPath(QDir(root).absoluteFilePath(name)));
    folders.removeDuplicates();
    return folders;
}

int rubyFilesUnder(const QString &folder) {
    int count = 0;
    QDirIterator it(folder, {QStringLiteral("*.rb")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

// `folder` relative to `root` when it is inside it, else as it is.
QString shown(const QString &root, const QString &folder) {
    const QString relative = QDir(root).relativeFilePath(folder);
    return relative.startsWith(QLatin1String("..")) ? folder : relative;
}

}  // namespace

QString SiteTrust::settingsKey() {
    // A list, not one key per site: QSettings reads '/' in a key as a group separator.
    return QStringLiteral("preview/trustedSites");
}

bool SiteTrust::isTrusted(const QString &root) {
    const QString key = SiteKey::of(root);
    return !key.isEmpty() && QSettings().value(settingsKey()).toStringList().contains(key);
}

void SiteTrust::setTrusted(const QString &root, bool trusted) {
    const QString key = SiteKey::of(root);
    if (key.isEmpty())
        return;
    QSettings settings;
    QStringList sites = settings.value(settingsKey()).toStringList();
    sites.removeAll(key);
    if (trusted)
        sites.append(key);
    std::sort(sites.begin(), sites.end());
    if (sites.isEmpty())
        settings.remove(settingsKey());  // an empty list would be stored as @Invalid()
    else
        settings.setValue(settingsKey(), sites);
}

QStringList SiteTrust::trustedSites() {
    QStringList sites = QSettings().value(settingsKey()).toStringList();
    sites.removeAll(QString());
    sites.removeDuplicates();
    std::sort(sites.begin(), sites.end());
    return sites;
}

bool SiteTrust::needsTrust(const QString &root) {
    return !reasons(root).isEmpty();
}

SiteTrust::Reasons SiteTrust::reasons(const QString &root) {
    Reasons found;
    if (root.isEmpty())
        return found;
    for (const QString &folder : pluginFolders(root)) {
        if (const int files = rubyFilesUnder(folder); files > 0) {
            found.flags |= Reason::Plugins;
            found.pluginDirs.append(shown(root, folder));
            found.pluginFiles += files;
        }
    }
    if (QFileInfo(QDir(root).filePath(QStringLiteral("Gemfile"))).isFile())
        found.flags |= Reason::Gemfile;
    return found;
}
