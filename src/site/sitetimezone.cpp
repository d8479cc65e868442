#include "site/sitetimezone.h"

#include <QDir>
#include <QFile>

#include <yaml-cpp/yaml.h>

#include <string>

QTimeZone SiteTimeZone::of(const QString &folder) {
    // A category folder may hold its own `_posts/`, so the nearest site marker is not always the root: the
    // config is what is looked for.
    QDir dir(QDir(folder).absolutePath());
    do {
        for (const char *name : {"_config.yml", "_config.yaml"}) {
            QFile file(dir.filePath(QLatin1String(name)));
            if (file.open(QIODevice::ReadOnly))
                return fromConfigText(file.readAll());
        }
    } while (dir.cdUp());
    return QTimeZone::systemTimeZone();
}

QTimeZone SiteTimeZone::fromConfigText(const QByteArray &yaml) {
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), static_cast<size_t>(yaml.size())));
        if (root.IsMap() && root["timezone"] && root["timezone"].IsScalar()) {
            const QTimeZone zone(QByteArray::fromStdString(root["timezone"].Scalar()));
            if (zone.isValid())
                return zone;
        }
    } catch (const YAML::Exception &) {
    }
    return QTimeZone::systemTimeZone();
}
