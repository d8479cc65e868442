#include "preview/previewbinding.h"

#include <QEvent>
#include <QFileInfo>

#include "post/postdocument.h"
#include "post/postheaderreader.h"
#include "preview/previewview.h"
#include "preview/remotecontentsetting.h"
#include "render/markdowndialect.h"
#include "render/renderpipeline.h"
#include "site/jekyllfrontmatter.h"
#include "site/siteconfigwatcher.h"

PreviewBinding::PreviewBinding(PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_preview(preview)
    , m_remote(new RemoteContentSetting(preview, this))
    , m_siteConfig(new SiteConfigWatcher(this)) {
    m_preview->installEventFilter(this);
    connect(m_siteConfig, &SiteConfigWatcher::configChanged, this, &PreviewBinding::onSiteConfigChanged);
}

void PreviewBinding::setDocument(PostDocument *document) {
    if (m_document)
        m_document->disconnect(this);
    m_document = document;
    m_remote->setDocument(document);
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
    followSite();
    m_preview->setPostPath(m_document->path());
    m_remote->apply();
    m_bodyStale = true;
    m_headerStale = true;
    flush();
}

void PreviewBinding::onPathChanged() {
    // Save As may move the post to another folder or site: its images and its remote-content choice follow.
    if (!m_document->path().isEmpty()) {
        followSite();
        m_preview->setPostPath(m_document->path());
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
    flush();
}

void PreviewBinding::followSite() {
    const QString root = m_document->siteRoot();
    m_preview->setSiteRoot(root);
    m_siteConfig->watch(root);
    m_preview->setMarkdownDialect(MarkdownDialect::forSite(root));
}

void PreviewBinding::onSiteConfigChanged() {
    if (!m_document)
        return;
    const MarkdownDialect dialect = MarkdownDialect::forSite(m_document->siteRoot());
    if (dialect == m_preview->pipeline()->dialect())
        return;  // another setting changed (the title, the permalink): the rendered body is the same
    m_preview->setMarkdownDialect(dialect);
    m_bodyStale = true;
    flush();
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
}
