#include "preview/siteframebinding.h"

#include "post/postdocument.h"
#include "preview/previewview.h"
#include "preview/siteenginebinding.h"
#include "site/siteengine.h"
#include "site/siteenginerequests.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <QAction>

namespace {

constexpr int kPauseMs = 150;

}  // namespace

SiteFrameBinding::SiteFrameBinding(PreviewView *preview, SiteEngineBinding *engine, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_engineBinding(engine)
    , m_action(new QAction(tr("&Site Style"), this)) {
    m_action->setCheckable(true);
    m_action->setChecked(AppSettings::previewSiteStyle());
    m_action->setToolTip(
        tr("Show the post in its site's own layout and stylesheets, as its Jekyll renders "
           "them; off: the plain preview"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        AppSettings::setPreviewSiteStyle(on);
        if (on) {
            m_assetsStale = true;
            m_stale = true;
            send();
        } else {
            m_preview->clearFrame();
        }
    });
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::PreviewSiteStyle,
                                  &AppSettings::previewSiteStyle);
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SiteFrameBinding::send);
    connect(m_engineBinding, &SiteEngineBinding::engineChanged, this, &SiteFrameBinding::onEngineChanged);
}

QString SiteFrameBinding::marker() {
    return QStringLiteral("<!--pw:content-->");
}

void SiteFrameBinding::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    if (m_document) {
        connect(m_document, &PostDocument::frontMatterChanged, this, &SiteFrameBinding::onFrontMatterChanged);
        connect(m_document, &PostDocument::pathChanged, this, &SiteFrameBinding::onFrontMatterChanged);
    }
    onEngineChanged();
}

void SiteFrameBinding::onEngineChanged() {
    SiteEngine *engine = m_engineBinding->engine();
    if (engine != m_engine) {
        if (m_engine)
            m_engine->disconnect(this);
        m_engine = engine;
        m_inFlight = false;
        m_assetsStale = true;
        if (m_engine) {
            connect(m_engine, &SiteEngine::siteChanged, this, &SiteFrameBinding::onSiteChanged);
            connect(m_engine, &SiteEngine::failed, this, [this] { m_preview->clearFrame(); });
        }
    }
    if (!m_engine)
        m_preview->clearFrame();
    m_stale = true;
    send();
}

void SiteFrameBinding::onFrontMatterChanged() {
    m_stale = true;
    if (!m_inFlight)
        m_pause.start();
}

void SiteFrameBinding::onSiteChanged() {
    m_assetsStale = true;
    onFrontMatterChanged();
}

void SiteFrameBinding::refresh() {
    if (m_stale && !m_inFlight)
        send();
}

void SiteFrameBinding::send() {
    if (!m_document || !m_engine || m_inFlight || !m_stale || !m_action->isChecked() ||
        !m_preview->isVisible())
        return;
    if (m_engine->state() == SiteEngine::State::Failed) {
        m_stale = false;
        m_preview->clearFrame();
        return;
    }
    m_stale = false;
    m_inFlight = true;
    SiteEngine *asked = m_engine;
    const bool compile = m_assetsStale;
    m_assetsStale = false;
    if (compile) {
        // Answered before the frame (answers come in order): its stylesheets exist when the page asks.
        m_engine->send(SiteEngineRequests::assets(), this, [this, asked](const Result<QJsonObject> &answer) {
            if (asked == m_engine && answer)
                m_preview->setOutputFolder(asked->outputDir());
        });
    }
    m_engine->send(SiteEngineRequests::frame(
                       SiteEngineRequests::documentPath(m_document->siteRoot(), m_document->path()),
                       m_document->post().frontMatterText(), m_document->bodyLf(), marker()),
                   this, [this, asked, compile](const Result<QJsonObject> &answer) {
                       if (asked != m_engine)
                           return;
                       m_inFlight = false;
                       if (!m_action->isChecked())
                           return;
                       if (answer) {
                           m_preview->setFrame(answer->value(QLatin1String("html")).toString(), marker());
                           if (compile)
                               m_preview->reloadFrameStyles();
                       } else if (m_engine->state() == SiteEngine::State::Failed) {
                           m_preview->clearFrame();
                       }
                       // A layout error keeps the frame shown; the Liquid note says what the site's Jekyll
                       // refuses.
                       emit frameAnswered();
                       if (m_stale)
                           m_pause.start();
                   });
}
