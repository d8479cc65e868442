#include "common/appidentity.h"

#include <QCoreApplication>

void AppIdentity::apply() {
    QCoreApplication::setOrganizationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationName(QStringLiteral("Postwright"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POSTWRIGHT_VERSION));
}
