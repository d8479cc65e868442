#include "preview/previewengine.h"

#include "preview/siteschemehandler.h"

#include <QList>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QtGlobal>

namespace PreviewEngine {

QByteArray withPreviewFlags(const QByteArray &flags) {
    const QList<QByteArray> present = flags.simplified().split(' ');
    QByteArray result = flags.trimmed();
    for (const QByteArray &flag : {QByteArray(kFrameRateFlag)}) {
        if (present.contains(flag))
            continue;
        if (!result.isEmpty())
            result += ' ';
        result += flag;
    }
    return result;
}

void prepare() {
    SiteSchemeHandler::registerScheme();
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", withPreviewFlags(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS")));
    // WebEngine's view is drawn by Qt Quick; in software it needs no GL context, and WebEngine then
    // composites in software too.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    if (qEnvironmentVariableIsEmpty("QT_XCB_GL_INTEGRATION"))
        qputenv("QT_XCB_GL_INTEGRATION", "none");
}

}  // namespace PreviewEngine
