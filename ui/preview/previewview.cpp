#include "preview/previewview.h"

#include "preview/previewbridge.h"
#include "preview/previewlibraryfiles.h"
#include "preview/previewpage.h"
#include "preview/previewrequestinterceptor.h"
#include "preview/remotecontentbar.h"
#include "preview/siteschemehandler.h"
#include "render/renderpipeline.h"
#include "window/colorscheme.h"

#include <QAction>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimer>
#include <QVBoxLayout>
#include <QWebChannel>
#include <QWebEngineProfile>
#include <QWebEngineScript>
#include <QWebEngineView>

Q_LOGGING_CATEGORY(lcPreviewView, "postwright.preview.view", QtWarningMsg)

namespace {
// A post that crashes the renderer every time must not make us reload forever.
constexpr int kMaxCrashReloads = 3;

bool isHttp(const QUrl &url) {
    return url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
}

// The policy directives whose refusals allowing remote content would lift (frames and prefetch stay off).
bool isRemoteContentDirective(const QString &directive) {
    static const QStringList directives = {QStringLiteral("img-src"),        QStringLiteral("media-src"),
                                           QStringLiteral("style-src"),      QStringLiteral("style-src-elem"),
                                           QStringLiteral("style-src-attr"), QStringLiteral("font-src")};
    return directives.contains(directive);
}
}  // namespace

PreviewView::PreviewView(QWidget *parent) : QWidget(parent) {
    // Creation order is destruction order for children: the view (and the page it parents) must go before the
    // profile, which refuses to die while one of its pages lives.
    m_webView = new QWebEngineView(this);
    m_profile = new QWebEngineProfile(this);  // no storage name: off the record, nothing written to disk
    m_interceptor = new PreviewRequestInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_handler = new SiteSchemeHandler(m_profile);
    m_profile->installUrlSchemeHandler(SiteSchemeHandler::schemeName(), m_handler);

    m_page = new PreviewPage(m_profile, m_webView);
    m_webView->setPage(m_page);
    m_webView->setContextMenuPolicy(Qt::ActionsContextMenu);
    setAccessibleName(tr("Preview"));
    m_webView->setAccessibleName(tr("Preview"));
    m_webView->setAccessibleDescription(tr("The post as it will read on the site"));
    m_webView->addAction(m_page->action(QWebEnginePage::Copy));

    m_channel = new QWebChannel(this);
    m_bridge = new PreviewBridge(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    m_pipeline = new RenderPipeline(this);

    m_remoteBar = new RemoteContentBar(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_remoteBar);
    layout->addWidget(m_webView);
    setFocusPolicy(Qt::NoFocus);

    connect(m_pipeline, &RenderPipeline::patchReady, this, &PreviewView::onPatch);
    connect(m_pipeline, &RenderPipeline::renderSlow, this, [this](bool slow) {
        m_behind = slow;
        if (m_pageReady)
            m_bridge->sendBehind(slow);
    });
    connect(m_bridge, &PreviewBridge::pageBecameReady, this, &PreviewView::onPageReady);
    m_dark = ColorScheme::instance()->isDark();
    connect(ColorScheme::instance(), &ColorScheme::changed, this, &PreviewView::setDark);
    connect(m_bridge, &PreviewBridge::patchWasApplied, this, [this](quint64 generation) {
        m_crashReloads = 0;
        emit patchApplied(generation);
    });
    connect(m_page, &PreviewPage::linkClicked, this, &PreviewView::linkClicked);
    // Two witnesses of what was not loaded: the policy refuses most of it in the page before any request
    // exists; the interceptor sees whatever gets past the policy.
    connect(m_bridge, &PreviewBridge::remoteContentWasRefused, this,
            [this](const QUrl &url, const QString &directive) {
                qCDebug(lcPreviewView) << "refused by policy" << url << directive;
                if (isRemoteContentDirective(directive))
                    noteRemoteBlocked(url);
            });
    connect(m_interceptor, &PreviewRequestInterceptor::requestBlocked, this,
            [this](const QUrl &url, PreviewRequestInterceptor::Verdict verdict) {
                if (verdict == PreviewRequestInterceptor::Verdict::BlockRemote)
                    noteRemoteBlocked(url);
            });
    connect(m_remoteBar, &RemoteContentBar::allowRequested, this, &PreviewView::remoteContentAllowRequested);
    connect(m_bridge, &PreviewBridge::linkWasClicked, this, &PreviewView::linkClicked);
    connect(m_bridge, &PreviewBridge::frameWasApplied, this, &PreviewView::frameApplied);
    connect(m_bridge, &PreviewBridge::libraryWasWanted, this, &PreviewView::provideLibrary);
    connect(m_bridge, &PreviewBridge::sourceLineWasClicked, this, &PreviewView::sourceLineClicked);
    // Not loadStarted/loadFinished: WebEngine reports them for every navigation it was asked for, including
    // the ones PreviewPage refuses. Readiness changes only when we load the shell or the renderer is gone.
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int code) {
                qCWarning(lcPreviewView) << "preview renderer ended" << status << code;
                m_pageReady = false;
                if (status != QWebEnginePage::NormalTerminationStatus && ++m_crashReloads <= kMaxCrashReloads)
                    scheduleShellLoad();
            });

    scheduleShellLoad();
}

PreviewView::~PreviewView() = default;

void PreviewView::scheduleShellLoad() {
    // Coalesced: setting the site root and the post path right after construction costs one load, not three.
    m_pageReady = false;
    if (m_loadScheduled)
        return;
    m_loadScheduled = true;
    QTimer::singleShot(0, this, [this] {
        m_loadScheduled = false;
        m_page->loadShell();
    });
}

void PreviewView::setSiteRoot(const QString &root) {
    if (root == m_handler->siteRoot())
        return;
    m_handler->setSiteRoot(root);
    // A frame and its compiled stylesheets belong to the site they were made for.
    m_handler->setOutputFolder(QString());
    m_frameHtml.clear();
    m_frameMarker.clear();
    // Same URL, other site: reload so no image of the previous site is shown from a cache.
    m_profile->clearHttpCache();
    scheduleShellLoad();
}

void PreviewView::setMarkdownDialect(const MarkdownDialect &dialect) {
    m_pipeline->setDialect(dialect);
}

bool PreviewView::setLiquidContext(const LiquidContext &context) {
    if (context == m_pipeline->liquidContext())
        return false;
    m_pipeline->setLiquidContext(context);
    return true;
}

void PreviewView::setPostPath(const QString &path) {
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    if (folder == m_handler->postFolder())
        return;
    m_handler->setPostFolder(folder);
    m_profile->clearHttpCache();
    scheduleShellLoad();
}

void PreviewView::setRemoteContentAllowed(bool allowed) {
    if (allowed == m_remoteAllowed)
        return;
    m_remoteAllowed = allowed;
    m_interceptor->setRemoteContentAllowed(allowed);
    m_handler->setRemoteContentAllowed(allowed);
    m_profile->clearHttpCache();
    resetRemoteBlocked();
    noteRemoteCover();
    scheduleShellLoad();  // the policy is the page's: only a new load changes it
}

void PreviewView::setRemoteContentSwitchEnabled(bool enabled) {
    m_remoteBar->setAllowEnabled(enabled);
}

void PreviewView::noteRemoteBlocked(const QUrl &url) {
    if (m_remoteAllowed || !isHttp(url) || m_blockedRemote.contains(url))
        return;
    m_blockedRemote.insert(url);
    m_remoteBar->setBlockedCount(blockedRemoteCount());
    emit remoteContentBlocked(blockedRemoteCount());
}

void PreviewView::resetRemoteBlocked() {
    if (m_blockedRemote.isEmpty())
        return;
    m_blockedRemote.clear();
    m_remoteBar->setBlockedCount(0);
    emit remoteContentBlocked(0);
}

void PreviewView::noteRemoteCover() {
    // A remote cover is never handed to the page while remote content is off, so nothing else reports it.
    const QUrl cover(m_header.cover.trimmed());
    if (!m_remoteAllowed && isHttp(cover))
        noteRemoteBlocked(cover);
}

void PreviewView::setMarkdown(const QByteArray &bodyUtf8) {
    m_pipeline->setMarkdown(bodyUtf8);
}

void PreviewView::setHeader(const PostHeader &header) {
    if (header == m_header)
        return;
    m_header = header;
    noteRemoteCover();
    if (m_pageReady)
        m_bridge->sendHeader(headerData());
}

void PreviewView::clear() {
    m_pipeline->reset();
    m_header = PostHeader();
    resetRemoteBlocked();
    if (m_pageReady) {
        m_bridge->sendPatch(PreviewPatch(), m_pipeline->shownGeneration(), true);
        m_bridge->sendHeader(headerData());
    }
}

void PreviewView::setFrame(const QString &html, const QString &marker) {
    if (html.isEmpty()) {
        clearFrame();
        return;
    }
    if (html == m_frameHtml && marker == m_frameMarker)
        return;  // the engine renders the layout again on every field edit; most give the same frame
    m_frameHtml = html;
    m_frameMarker = marker;
    sendFrame(false);
}

void PreviewView::clearFrame() {
    const bool had = hasFrame();
    m_frameHtml.clear();
    m_frameMarker.clear();
    if (had)
        sendFrame(false);
}

void PreviewView::setOutputFolder(const QString &folder) {
    if (folder == m_handler->outputFolder())
        return;
    m_handler->setOutputFolder(folder);
    m_profile->clearHttpCache();
    reloadFrameStyles();
}

void PreviewView::reloadFrameStyles() {
    if (hasFrame())
        sendFrame(true);
}

void PreviewView::sendFrame(bool reloadStyles) {
    // Before the page is ready there is nothing to send: onPageReady() sends the frame with the rest.
    if (!m_pageReady)
        return;
    m_bridge->sendFrame(QVariantMap{{QStringLiteral("html"), m_frameHtml},
                                    {QStringLiteral("marker"), m_frameMarker},
                                    {QStringLiteral("reloadStyles"), reloadStyles}});
}

QUrl PreviewView::coverUrl(const QString &cover) {
    return coverUrl(cover, false);
}

QUrl PreviewView::coverUrl(const QString &cover, bool remoteAllowed) {
    const QString trimmed = cover.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl written(trimmed);
    if (remoteAllowed && written.isValid() && isHttp(written) && !written.host().isEmpty())
        return written;  // the policy and the request interceptor still keep local addresses out
    if (!written.isValid() || !written.isRelative())
        return {};  // remote (or another scheme): remote content stays off
    const QUrl resolved = SiteSchemeHandler::shellUrl().resolved(written);
    if (resolved.scheme() != QLatin1String(SiteSchemeHandler::schemeName()) ||
        resolved.host() != SiteSchemeHandler::shellUrl().host())
        return {};  // "//host/x.png" is relative to the scheme only, and names another host
    return resolved;
}

QVariantMap PreviewView::headerData() const {
    return QVariantMap{
        {QStringLiteral("title"), m_header.title},
        {QStringLiteral("date"), m_header.date},
        {QStringLiteral("tags"), m_header.tags},
        {QStringLiteral("cover"), coverUrl(m_header.cover, m_remoteAllowed).toString(QUrl::FullyEncoded)}};
}

void PreviewView::setTypesettingEnabled(bool on) {
    if (on == m_typeset)
        return;
    m_typeset = on;
    sendOptions();
}

void PreviewView::setDark(bool dark) {
    if (dark == m_dark)
        return;
    m_dark = dark;
    sendOptions();
}

void PreviewView::sendOptions() {
    if (m_pageReady)
        m_bridge->sendOptions(
            QVariantMap{{QStringLiteral("typeset"), m_typeset}, {QStringLiteral("dark"), m_dark}});
}

void PreviewView::showSourceLine(int line, bool atTop) {
    if (m_pageReady && line >= 1)
        m_bridge->sendScrollToLine(
            QVariantMap{{QStringLiteral("line"), line},
                        {QStringLiteral("mode"), atTop ? QStringLiteral("top") : QStringLiteral("cursor")}});
}

void PreviewView::provideLibrary(const QString &name) {
    // Run in our isolated world, the only one where script runs: a <script> element would run in the main
    // world, where script is off, and fetching it to eval would need the page's policy loosened. The page is
    // told either way, so it stops waiting for a library the system lacks.
    if (name != QLatin1String("highlight") && name != QLatin1String("katex"))
        return;
    const QByteArray source = PreviewLibraryFiles::scriptSource(name);
    if (source.isEmpty())
        qCWarning(lcPreviewView) << "no library" << name << "for the preview";
    const QString done = QStringLiteral("\n;postwrightPreview.libraryLoaded('%1');").arg(name);
    m_page->runJavaScript(QString::fromUtf8(source) + done, QWebEngineScript::ApplicationWorld);
}

void PreviewView::onPageReady() {
    // The page starts empty (it also asks again after finding itself out of step): give it everything.
    m_pageReady = true;
    sendOptions();
    m_bridge->sendHeader(headerData());
    m_bridge->sendBehind(m_behind);
    if (hasFrame())
        sendFrame(false);
    m_bridge->sendPatch(PreviewPatch::inserting(m_pipeline->blocks()), m_pipeline->shownGeneration(), true);
    emit pageReady();
}

void PreviewView::onPatch(const PreviewPatch &patch, quint64 generation) {
    // Before the page is ready the pipeline's blocks() are the state to send; onPageReady() sends them whole.
    if (m_pageReady)
        m_bridge->sendPatch(patch, generation);
}
