#include "preview/previewengine.h"

#include "preview/siteschemehandler.h"

#include <QList>
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
}

}  // namespace PreviewEngine
