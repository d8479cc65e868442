#include "preview/previewrequestinterceptor.h"

#include "preview/siteschemehandler.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcPreviewRequests, "postwright.preview.requests", QtWarningMsg)

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent) {}

bool PreviewRequestInterceptor::isAllowed(const QUrl &url) {
    const QString scheme = url.scheme();
    return scheme == QLatin1String(SiteSchemeHandler::schemeName()) || scheme == QLatin1String("data") ||
           scheme == QLatin1String("blob");
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info) {
    if (isAllowed(info.requestUrl()))
        return;
    qCDebug(lcPreviewRequests) << "blocked" << info.requestUrl();
    info.block(true);
}
