#pragma once

#include <QObject>
#include <QPointer>

class PostDocument;
class PreviewView;
class RemoteContentSetting;
class SiteConfigWatcher;

// Feeds the preview from the document: the body on every edit, the header (title, date, tags, cover) when
// the front matter changes, the site and post folder its images come from, the site's Markdown dialect (again
// whenever its `_config.yml` changes) and the site's remote-content choice. A hidden preview does no work:
// while it is hidden nothing is rendered, and when it shows again it gets the current body and header once.
class PreviewBinding : public QObject {
    Q_OBJECT

public:
    PreviewBinding(PreviewView *preview, QObject *parent);

    void setDocument(PostDocument *document);
    RemoteContentSetting *remoteContent() const { return m_remote; }

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

    PreviewView *m_preview;
    RemoteContentSetting *m_remote;
    SiteConfigWatcher *m_siteConfig;
    QPointer<PostDocument> m_document;
    bool m_bodyStale = false;
    bool m_headerStale = false;
};
