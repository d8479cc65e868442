#include "window/desktopidentity.h"

#include <QGuiApplication>
#include <QIcon>

QString DesktopIdentity::appId() {
    return QStringLiteral("io.github.postwright.Postwright");
}

void DesktopIdentity::apply() {
    QGuiApplication::setDesktopFileName(appId());
    const QIcon icon = QIcon::fromTheme(appId());
    if (!icon.isNull())
        QGuiApplication::setWindowIcon(icon);
}
