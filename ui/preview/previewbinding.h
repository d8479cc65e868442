#pragma once

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

#include "render/postliquidcontext.h"

class PostDocument;
class QAction;
class PreviewView;
class RemoteContentSetting;
class SiteConfigWatcher;
class SiteEngineBinding;
class SiteFrameBinding;
class SiteIndex;

// Feeds the preview from the document: the body on every edit, the header (title, date, tags, cover) when
// the front matter changes, the site and post folder its images come from, the site's Markdown dialect (again
// whenever its `_config.yml` changes), the site's remote-content choice, and what the post's Liquid is run
// with (the site's configuration and documents, from its SiteIndex, and the front matter, followed as it
// changes; the site's own Jekyll runs it when it can: SiteEngineBinding). A hidden preview does no work:
// while it is hidden nothing is rendered, and when it shows again it gets the current body and header once.
class PreviewBinding : public QObject {
    Q_OBJECT

public:
    PreviewBinding(PreviewView *preview, QObject *parent);

    void setDocument(PostDocument *document);
    RemoteContentSetting *remoteContent() const { return m_remote; }
    // The site's own Jekyll running the post's Liquid (and, later, its layout) for the preview.
    SiteEngineBinding *siteEngine() const { return m_siteEngine; }
    // The themed preview: the post in its site's own layout (SiteFrameBinding).
    SiteFrameBinding *siteFrame() const { return m_siteFrame; }
    // View > Highlight Code and Math: PreviewView::setTypesettingEnabled, remembered
    // (AppSettings::previewTypesetting).
    QAction *typesettingAction() const { return m_typesetting; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onLoaded();
    void onPathChanged();
    void onBodyChanged();
    void onFrontMatterChanged();
    // The post's site is the one shown: its folder, its dialect, the watch on its configuration.
    void followSite();
    // Renders in the dialect `_config.yml` gives now; the body again when that is another dialect.
    void onSiteConfigChanged();
    // Sends what changed while the preview was hidden (or just now), when it is shown.
    void flush();
    // Loads the site part of the Liquid context for the document's site and follows that site's documents.
    void followSiteDocuments();
    // Hands the preview the document's Liquid context; the body is rendered again when it changed.
    void updateLiquidContext();

    PreviewView *m_preview;
    RemoteContentSetting *m_remote;
    SiteEngineBinding *m_siteEngine;
    SiteFrameBinding *m_siteFrame;
    SiteConfigWatcher *m_siteConfig;
    QAction *m_typesetting;
    QPointer<PostDocument> m_document;
    bool m_bodyStale = false;
    bool m_headerStale = false;
    std::optional<PostLiquidContext> m_liquid;
    std::shared_ptr<SiteIndex> m_index;  // the site's documents, for post_url and link
};
