#include "window/actionicons.h"

#include <QDir>
#include <QFile>

#include "window/tintedsvgiconengine.h"

namespace {

const QString kFolder = QStringLiteral(":/icons");

}  // namespace

QIcon ActionIcons::icon(const QString &name) {
    return QIcon::fromTheme(name, bundled(name));
}

QIcon ActionIcons::bundled(const QString &name) {
    QFile file(kFolder + QLatin1Char('/') + name + QStringLiteral(".svg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgIconEngine(file.readAll()));
}

QStringList ActionIcons::bundledNames() {
    QStringList names;
    const QStringList files = QDir(kFolder).entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(4));
    return names;
}
