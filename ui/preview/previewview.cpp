#include "preview/previewview.h"

#include "preview/previewbridge.h"
#include "preview/previewpage.h"
#include "preview/previewrequestinterceptor.h"
#include "preview/siteschemehandler.h"
#include "render/renderpipeline.h"

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
}  // namespace

PreviewView::PreviewView(QWidget *parent) : QWidget(parent) {
    // Creation order is destruction order for children: the view (and the page it parents) must go before the
    // profile, which refuses to die while one of its pages lives.
    m_webView = new QWebEngineView(this);
    m_profile = new QWebEngineProfile(this);  // no storage name: off the record, nothing written to disk
    m_profile->setUrlRequestInterceptor(new PreviewRequestInterceptor(m_profile));
    m_handler = new SiteSchemeHandler(m_profile);
    m_profile->installUrlSchemeHandler(SiteSchemeHandler::schemeName(), m_handler);

    m_page = new PreviewPage(m_profile, m_webView);
    m_webView->setPage(m_page);
    m_webView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_webView->addAction(m_page->action(QWebEnginePage::Copy));

    m_channel = new QWebChannel(this);
    m_bridge = new PreviewBridge(this);
    m_channel->registerObject(QStringLiteral("bridge"), m_bridge);
    m_page->setWebChannel(m_channel, QWebEngineScript::ApplicationWorld);

    m_pipeline = new RenderPipeline(this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_webView);
    setFocusPolicy(Qt::NoFocus);

    connect(m_pipeline, &RenderPipeline::patchReady, this, &PreviewView::onPatch);
    connect(m_pipeline, &RenderPipeline::renderSlow, this, [this](bool slow) {
        m_behind = slow;
        if (m_pageReady)
            m_bridge->sendBehind(slow);
    });
    connect(m_bridge, &PreviewBridge::pageBecameReady, this, &PreviewView::onPageReady);
    connect(m_bridge, &PreviewBridge::patchWasApplied, this, [this](quint64 generation) {
        m_crashReloads = 0;
        emit patchApplied(generation);
    });
    connect(m_page, &PreviewPage::linkClicked, this, &PreviewView::linkClicked);
    connect(m_bridge, &PreviewBridge::linkWasClicked, this, &PreviewView::linkClicked);
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
    // Same URL, other site: reload so no image of the previous site is shown from a cache.
    m_profile->clearHttpCache();
    scheduleShellLoad();
}

void PreviewView::setPostPath(const QString &path) {
    const QString folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    if (folder == m_handler->postFolder())
        return;
    m_handler->setPostFolder(folder);
    m_profile->clearHttpCache();
    scheduleShellLoad();
}

void PreviewView::setMarkdown(const QByteArray &bodyUtf8) {
    m_pipeline->setMarkdown(bodyUtf8);
}

void PreviewView::setHeader(const PreviewHeader &header) {
    if (header == m_header)
        return;
    m_header = header;
    if (m_pageReady)
        m_bridge->sendHeader(headerData());
}

void PreviewView::clear() {
    m_pipeline->reset();
    m_header = PreviewHeader();
    if (m_pageReady) {
        m_bridge->sendPatch(PreviewPatch(), m_pipeline->shownGeneration(), true);
        m_bridge->sendHeader(headerData());
    }
}

QUrl PreviewView::coverUrl(const QString &cover) {
    const QString trimmed = cover.trimmed();
    if (trimmed.isEmpty())
        return {};
    const QUrl written(trimmed);
    if (!written.isValid() || !written.isRelative())
        return {};  // remote (or another scheme): remote content stays off
    const QUrl resolved = SiteSchemeHandler::shellUrl().resolved(written);
    if (resolved.scheme() != QLatin1String(SiteSchemeHandler::schemeName()) ||
        resolved.host() != SiteSchemeHandler::shellUrl().host())
        return {};  // "//host/x.png" is relative to the scheme only, and names another host
    return resolved;
}

QVariantMap PreviewView::headerData() const {
    return QVariantMap{{QStringLiteral("title"), m_header.title},
                       {QStringLiteral("date"), m_header.date},
                       {QStringLiteral("tags"), m_header.tags},
                       {QStringLiteral("cover"), coverUrl(m_header.cover).toString(QUrl::FullyEncoded)}};
}

void PreviewView::onPageReady() {
    // The page starts empty (it also asks again after finding itself out of step): give it everything.
    m_pageReady = true;
    m_bridge->sendHeader(headerData());
    m_bridge->sendBehind(m_behind);
    PreviewPatch everything;
    everything.blocks = m_pipeline->blocks();
    m_bridge->sendPatch(everything, m_pipeline->shownGeneration(), true);
    emit pageReady();
}

void PreviewView::onPatch(const PreviewPatch &patch, quint64 generation) {
    // Before the page is ready the pipeline's blocks() are the state to send; onPageReady() sends them whole.
    if (m_pageReady)
        m_bridge->sendPatch(patch, generation);
}
