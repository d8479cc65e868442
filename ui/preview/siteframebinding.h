#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>

class PostDocument;
class PreviewView;
class QAction;
class SiteEngine;
class SiteEngineBinding;

// The themed preview: the post inside its site's own layout, as the site's Jekyll renders it (the engine's
// "frame": the layout chain around a content marker, and its compiled stylesheets), with the live body
// patched in place of the marker (PreviewView::setFrame). The frame is asked for when the post is shown,
// after a pause when the front matter changes (the layout prints the title, date and tags), and when the
// site's layouts or stylesheets change on disk; the page swaps it in keeping the blocks and the scroll
// position. View > Site Style turns it off for the plain preview (AppSettings); a site without a layout, or
// whose Jekyll cannot run, shows the plain preview. GUI thread.
class SiteFrameBinding : public QObject {
    Q_OBJECT

public:
    SiteFrameBinding(PreviewView *preview, SiteEngineBinding *engine, QObject *parent);

    void setDocument(PostDocument *document);
    // Asks again now if something changed while the preview was hidden.
    void refresh();

    // View > Site Style: checkable, on by default.
    QAction *siteStyleAction() const { return m_action; }

    // The comment the frame's content is rendered as.
    static QString marker();

signals:
    // A frame answer was handed to the preview (or the plain preview chosen): for tests.
    void frameAnswered();

private:
    void onEngineChanged();
    void onFrontMatterChanged();
    void onSiteChanged();
    void send();

    PreviewView *m_preview;
    SiteEngineBinding *m_engineBinding;
    QPointer<PostDocument> m_document;
    QPointer<SiteEngine> m_engine;
    QAction *m_action;
    QTimer m_pause;
    bool m_inFlight = false;
    bool m_stale = false;
    bool m_assetsStale = true;  // the site's stylesheets must be compiled (again) before the next frame
};
