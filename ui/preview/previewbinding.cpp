#include "preview/previewbinding.h"

#include <QEvent>
#include <QFileInfo>

#include "post/postdocument.h"
#include "post/postheaderreader.h"
#include "preview/previewview.h"
#include "preview/remotecontentsetting.h"
#include "preview/siteenginebinding.h"
#include "preview/siteframebinding.h"
#include "render/markdowndialect.h"
#include "render/renderpipeline.h"
#include "site/jekyllfrontmatter.h"
#include "site/siteconfigwatcher.h"
#include "site/siteindex.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <QAction>

PreviewBinding::PreviewBinding(PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_remote(new RemoteContentSetting(preview, this))
    , m_siteEngine(new SiteEngineBinding(preview, this))
    , m_siteFrame(new SiteFrameBinding(preview, m_siteEngine, this))
    , m_siteConfig(new SiteConfigWatcher(this))
    , m_typesetting(new QAction(tr("&Highlight Code and Math"), this)) {
    m_preview->installEventFilter(this);
    m_typesetting->setCheckable(true);
    m_typesetting->setChecked(AppSettings::previewTypesetting());
    m_typesetting->setToolTip(tr("Colour code blocks and typeset math in the preview"));
    m_preview->setTypesettingEnabled(m_typesetting->isChecked());
    connect(m_typesetting, &QAction::toggled, this, [this](bool on) {
        AppSettings::setPreviewTypesetting(on);
        m_preview->setTypesettingEnabled(on);
    });
    SettingsNotifier::keepChecked(m_typesetting, AppSettings::Key::PreviewTypesetting,
                                  &AppSettings::previewTypesetting);
    connect(m_siteConfig, &SiteConfigWatcher::configChanged, this, &PreviewBinding::onSiteConfigChanged);
}

void PreviewBinding::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_remote->setDocument(document);
    m_siteEngine->setDocument(document);
    m_siteFrame->setDocument(document);
    if (!m_document) {
        m_siteConfig->watch(QString());
        return;
    }
    connect(m_document, &PostDocument::loaded, this, &PreviewBinding::onLoaded);
    connect(m_document, &PostDocument::pathChanged, this, &PreviewBinding::onPathChanged);
    connect(m_document, &PostDocument::bodyChanged, this, &PreviewBinding::onBodyChanged);
    connect(m_document, &PostDocument::frontMatterChanged, this, &PreviewBinding::onFrontMatterChanged);
    onLoaded();
}

bool PreviewBinding::eventFilter(QObject *watched, QEvent *event) {
    if (watched == m_preview && event->type() == QEvent::Show)
        flush();
    return QObject::eventFilter(watched, event);
}

void PreviewBinding::onLoaded() {
    m_preview->clear();
    m_preview->setPostPath(m_document->path());
    followSite();
    m_remote->apply();
    m_bodyStale = true;
    m_headerStale = true;
    flush();
}

void PreviewBinding::onPathChanged() {
    // Save As may move the post to another folder or site: its images and its remote-content choice follow.
    if (!m_document->path().isEmpty()) {
        m_preview->setPostPath(m_document->path());
        followSite();
        m_bodyStale = true;  // the new site may write Markdown in another dialect
    }
    m_remote->apply();
    m_headerStale = true;  // the title falls back to the file name
    flush();
}

void PreviewBinding::onBodyChanged() {
    m_bodyStale = true;
    flush();
}

void PreviewBinding::onFrontMatterChanged() {
    m_headerStale = true;
    updateLiquidContext();  // `page.*` follows the front matter
    flush();
}

void PreviewBinding::followSite() {
    const QString root = m_document->siteRoot();
    m_preview->setSiteRoot(root);
    m_siteConfig->watch(root);
    m_preview->setMarkdownDialect(MarkdownDialect::forSite(root));
    m_siteEngine->setDocument(m_document);
    m_siteFrame->setDocument(m_document);
    followSiteDocuments();
}

void PreviewBinding::onSiteConfigChanged() {
    if (!m_document)
        return;
    // `{{ site.* }}` reads the configuration too.
    followSiteDocuments();
    const MarkdownDialect dialect = MarkdownDialect::forSite(m_document->siteRoot());
    if (dialect != m_preview->pipeline()->dialect()) {
        m_preview->setMarkdownDialect(dialect);
        m_bodyStale = true;
    }
    flush();
}

void PreviewBinding::followSiteDocuments() {
    const QString root = m_document->siteRoot();
    if (m_index && m_index->root() != QFileInfo(root).canonicalFilePath()) {
        m_index->disconnect(this);
        m_index.reset();
    }
    m_liquid.emplace(root);
    if (!root.isEmpty() && !m_index) {
        m_index = SiteIndex::forSite(root);
        const auto documentsRead = [this] {
            if (!m_liquid || !m_index)
                return;
            m_liquid->setDocuments(m_index->documents());
            updateLiquidContext();
            flush();
        };
        connect(m_index.get(), &SiteIndex::ready, this, documentsRead);
        connect(m_index.get(), &SiteIndex::documentsChanged, this, documentsRead);
    }
    if (m_index && m_index->isReady())
        m_liquid->setDocuments(m_index->documents());
    updateLiquidContext();
}

void PreviewBinding::updateLiquidContext() {
    if (!m_document || !m_liquid)
        return;
    // Rooted at the site folder: the preview serves the site at "/".
    const bool changed = m_preview->setLiquidContext(
        m_liquid->contextFor(m_document->path(), m_document->post().text(), LiquidContext::Urls::SiteRoot));
    // A body without Liquid renders the same in any context.
    const QByteArray body = m_document->post().body();
    if (changed && (body.contains("{{") || body.contains("{%")))
        m_bodyStale = true;
}

void PreviewBinding::flush() {
    if (!m_document || !m_preview->isVisible())
        return;
    if (m_headerStale) {
        m_headerStale = false;
        m_preview->setHeader(PostHeaderReader::read(
            m_document->post(),
            JekyllFrontMatter::titleFromFileName(QFileInfo(m_document->path()).fileName())));
    }
    if (m_bodyStale) {
        m_bodyStale = false;
        m_preview->setMarkdown(m_document->bodyLf());
    }
    m_siteEngine->refresh();
    m_siteFrame->refresh();
}
