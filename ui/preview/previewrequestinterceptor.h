#pragma once

#include <QWebEngineUrlRequestInterceptor>

// Second line behind the shell's Content-Security-Policy: the preview's profile makes no request that leaves
// our own scheme. A tracking pixel, a remote iframe or a stylesheet on another host is dropped before it is
// sent.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    explicit PreviewRequestInterceptor(QObject *parent);

    static bool isAllowed(const QUrl &url);
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
};
