#include "preview/siteenginebinding.h"

#include "post/postdocument.h"
#include "preview/previewview.h"
#include "render/liquidsegments.h"
#include "render/renderpipeline.h"
#include "site/siteengine.h"
#include "site/siteenginerequests.h"
#include "site/siteengines.h"
#include "site/sitetrust.h"

#include <QJsonArray>

SiteEngineBinding::SiteEngineBinding(PreviewView *preview, QObject *parent)
    : QObject(parent), m_preview(preview) {
    m_pause.setSingleShot(true);
    m_pause.setInterval(kPauseMs);
    connect(&m_pause, &QTimer::timeout, this, &SiteEngineBinding::send);
}

SiteEngineBinding::~SiteEngineBinding() = default;

void SiteEngineBinding::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_preview->pipeline()->setLiquidExpansion(nullptr);
    m_unrunTags.clear();
    if (m_document) {
        connect(m_document, &PostDocument::bodyChanged, this, &SiteEngineBinding::onChanged);
        connect(m_document, &PostDocument::frontMatterChanged, this, &SiteEngineBinding::onChanged);
    }
    followSite();
}

void SiteEngineBinding::reconsiderTrust() {
    if (m_engine)
        m_engine->disconnect(this);
    m_engine.reset();
    followSite();
}

void SiteEngineBinding::followSite() {
    const QString root = m_document ? m_document->siteRoot() : QString();
    if (root != m_root) {
        m_root = root;
        emit siteRootChanged();
    }
    SiteEngine::Options options;
    options.siteRoot = root;
    options.trusted = SiteTrust::isTrusted(root);
    options.followSiteChanges = true;
    if (root.isEmpty()) {
        if (m_engine) {
            m_engine->disconnect(this);
            m_engine.reset();
            emit engineChanged();
        }
        setStatus(QString());
        return;
    }
    std::shared_ptr<SiteEngine> engine = SiteEngines::acquire(options);
    if (engine != m_engine) {
        if (m_engine)
            m_engine->disconnect(this);
        m_engine = std::move(engine);
        m_inFlight = false;
        connect(m_engine.get(), &SiteEngine::siteChanged, this, &SiteEngineBinding::onChanged);
        connect(m_engine.get(), &SiteEngine::failed, this, [this](const SiteEngineError &error) {
            setStatus(tr("The site's Jekyll cannot run (%1); the preview runs the Liquid it can itself.")
                          .arg(error.text()));
        });
        if (m_engine->state() == SiteEngine::State::Failed)
            setStatus(tr("The site's Jekyll cannot run (%1); the preview runs the Liquid it can itself.")
                          .arg(m_engine->failure().text()));
        emit engineChanged();
    }
    onChanged();
}

void SiteEngineBinding::onChanged() {
    m_stale = true;
    if (!m_inFlight)
        m_pause.start();
}

void SiteEngineBinding::refresh() {
    if (m_stale && !m_inFlight)
        send();
}

void SiteEngineBinding::send() {
    if (!m_document || !m_engine || m_inFlight || !m_preview->isVisible())
        return;
    if (m_engine->state() == SiteEngine::State::Failed) {
        m_stale = false;
        return;
    }
    const QByteArray body = m_document->bodyLf();
    m_stale = false;
    if (!LiquidSegments::mayHoldLiquid(body)) {
        m_unrunTags.clear();
        if (m_engine->state() != SiteEngine::State::Failed)
            setStatus(QString());
        return;
    }
    const QVector<LiquidSegment> segments = LiquidSegments::split(body);
    m_inFlight = true;
    const SiteEngine *asked = m_engine.get();
    m_engine->send(SiteEngineRequests::render(
                       SiteEngineRequests::documentPath(m_document->siteRoot(), m_document->path()),
                       m_document->post().frontMatterText(), body, segments),
                   this, [this, asked, body, segments](const Result<QJsonObject> &answer) {
                       if (asked != m_engine.get())
                           return;  // another site's or trust's engine by now
                       m_inFlight = false;
                       if (answer) {
                           m_preview->pipeline()->setLiquidExpansion(
                               SiteEngineRequests::expansion(answer.value(), body, segments));
                           m_unrunTags.clear();
                           for (const QJsonValue &tag : answer->value(QLatin1String("unrun")).toArray())
                               m_unrunTags.append(tag.toObject().value(QLatin1String("tag")).toString());
                           m_unrunTags.removeDuplicates();
                           setStatus(m_unrunTags.isEmpty()
                                         ? QString()
                                         : tr("Not run in safe mode: %1. Trust the site to run its plugins.")
                                               .arg(m_unrunTags.join(QStringLiteral(", "))));
                       } else if (m_engine->state() != SiteEngine::State::Failed) {
                           // The post's own Liquid is refused (often half typed): the last answer stays.
                           setStatus(tr("The site's Jekyll: %1").arg(answer.error()));
                       }
                       emit liquidAnswered();
                       if (m_stale)
                           m_pause.start();
                   });
}

void SiteEngineBinding::setStatus(const QString &status) {
    if (status == m_status)
        return;
    m_status = status;
    emit statusChanged(status);
}
