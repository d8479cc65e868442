#include "preview/previewpage.h"

#include "preview/siteschemehandler.h"

#include <QColor>
#include <QFile>
#include <QLoggingCategory>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineScriptCollection>
#include <QWebEngineSettings>

Q_LOGGING_CATEGORY(lcPreviewPage, "postwright.preview.page", QtWarningMsg)

namespace {

QString readResource(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCCritical(lcPreviewPage) << "missing resource" << path;
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

}  // namespace

PreviewPage::PreviewPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent) {
    applySettings();
    injectScripts();
    setBackgroundColor(Qt::white);
}

void PreviewPage::applySettings() {
    QWebEngineSettings *s = settings();
    // The post's own scripts and inline handlers never run; ApplicationWorld scripts are not affected by
    // this.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);  // no <a ping>
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::TouchIconsEnabled, false);
    s->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    // Re-rendering must not pull keyboard focus away from the editor.
    s->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}

void PreviewPage::injectScripts() {
    // One script so qwebchannel.js and our other parts are certainly defined before preview.js uses them. Qt
    // ships qwebchannel.js as a resource of the QtWebChannel library; we read it from there instead of
    // copying it.
    QString source = readResource(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    for (const char *part : {"blocklist.js", "frame.js", "typesetter.js", "scrollsync.js", "preview.js"})
        source += QStringLiteral("\n;\n") + readResource(QStringLiteral(":/preview/") + QLatin1String(part));
    QWebEngineScript script;
    script.setName(QStringLiteral("postwright-preview"));
    script.setSourceCode(source);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setRunsOnSubFrames(false);
    scripts().insert(script);
}

void PreviewPage::loadShell() {
    m_shellLoadPending = true;
    load(SiteSchemeHandler::shellUrl());
}

bool PreviewPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) {
    if (isMainFrame && type == NavigationTypeTyped && m_shellLoadPending &&
        url == SiteSchemeHandler::shellUrl()) {
        m_shellLoadPending = false;
        return true;
    }
    if (isMainFrame && type == NavigationTypeLinkClicked &&
        url.adjusted(QUrl::RemoveFragment) != SiteSchemeHandler::shellUrl())
        emit linkClicked(url);
    qCDebug(lcPreviewPage) << "refused navigation" << url << type << isMainFrame;
    return false;
}

QWebEnginePage *PreviewPage::createWindow(WebWindowType type) {
    Q_UNUSED(type);
    return nullptr;
}

void PreviewPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                           int line, const QString &sourceId) {
    // Mostly CSP reports about what a post tried to load: useful when debugging, noise otherwise.
    Q_UNUSED(level);
    qCDebug(lcPreviewPage) << sourceId << line << message;
}
