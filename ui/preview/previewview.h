#pragma once

#include "post/postheader.h"

#include <QByteArray>
#include <QSet>
#include <QUrl>
#include <QWidget>

class PreviewBridge;
class PreviewPage;
class PreviewRequestInterceptor;
class RemoteContentBar;
class QWebChannel;
class QWebEngineProfile;
class QWebEngineView;
class LiquidContext;
class MarkdownDialect;
class RenderPipeline;
class SiteSchemeHandler;
struct PreviewPatch;

// The live preview of one post. The shell page is loaded once; every edit is rendered on a worker and reaches
// the page as a patch of the blocks that changed. Content given before the page is ready is sent once it is.
// PreviewEngine::prepare() must have run before the QApplication was created.
class PreviewView : public QWidget {
    Q_OBJECT

public:
    explicit PreviewView(QWidget *parent = nullptr);
    ~PreviewView() override;

    // The folder local images may come from; nothing outside it is served. Empty serves no local file.
    void setSiteRoot(const QString &root);
    // The Markdown the body is written in (its site's choice); applies from the next setMarkdown().
    void setMarkdownDialect(const MarkdownDialect &dialect);
    // What the post's Liquid is run with (its site, its front matter); applies from the next setMarkdown().
    // Returns whether it differs from the context in use (the body then needs rendering again).
    bool setLiquidContext(const LiquidContext &context);
    // The post file: page-bundle images next to it are found too.
    void setPostPath(const QString &path);
    // Call on every edit of the body (the text after the front matter). Returns at once.
    void setMarkdown(const QByteArray &bodyUtf8);
    void setHeader(const PostHeader &header);
    // Empties the preview (another post is opened); a render still running is discarded. A frame stays (the
    // next post of the site is likely to wear it too): replace it or clearFrame().
    void clear();

    // Shows the post inside its site's own layout (the themed preview): `html` is the layout chain rendered
    // around `marker`, a comment such as "<!--pw:content-->" (the site engine's "frame" answer). The page
    // takes the frame's stylesheets and body only, without script, inline handlers, frames, plugins, <base>
    // or <meta>, and puts the body's blocks where the marker is; its policy and lock-down stay as they are.
    // Called again (the writer edited a field, the layout was rendered anew), the frame is swapped in place:
    // the blocks keep their nodes and the page its scroll position. An empty `html` (a document without a
    // layout) is clearFrame(); the frame already shown changes nothing; a frame without the marker in its
    // body shows the plain preview.
    void setFrame(const QString &html, const QString &marker);
    // Back to the plain preview: our own header and look around the body.
    void clearFrame();
    bool hasFrame() const { return !m_frameHtml.isEmpty(); }
    // Where the site engine writes what it compiles (its `_site`): `pwsite://site/<path>` is looked up there
    // before the site root, so the frame's compiled stylesheets load. Forgotten, with the frame, when the
    // site root changes.
    void setOutputFolder(const QString &folder);
    // The frame's stylesheets changed on disk (compiled again): the page fetches them anew.
    void reloadFrameStyles();

    // Lets remote images, media, stylesheets and fonts load (the writer allowed it for the site), or not (the
    // default). The shell is reloaded with the matching policy; the local machine stays blocked either way.
    void setRemoteContentAllowed(bool allowed);
    bool isRemoteContentAllowed() const { return m_remoteAllowed; }
    // Distinct remote addresses the post asked for that were not loaded, since the post was shown (clear())
    // or the setting last changed. Always 0 while remote content is allowed.
    int blockedRemoteCount() const { return int(m_blockedRemote.size()); }
    // The note above the page saying so; its button emits remoteContentAllowRequested().
    RemoteContentBar *remoteContentBar() const { return m_remoteBar; }
    // Whether the note's button may be pressed (there is a site to remember the choice for).
    void setRemoteContentSwitchEnabled(bool enabled);

    // The URL the page loads a front-matter cover from; empty for one it may not load (remote, or not a
    // path).
    static QUrl coverUrl(const QString &cover);
    // As above; with `remoteAllowed`, an http(s) cover is loaded from where it is.
    static QUrl coverUrl(const QString &cover, bool remoteAllowed);

    // Whether the page highlights code blocks (highlight.js; in the site's layout with Rouge's classes too,
    // so the site's stylesheet colours them) and typesets `\(…\)` / `\[…\]` math (KaTeX). On by default; the
    // libraries are loaded into the page only once a block needs them, and only new or changed blocks are
    // processed.
    void setTypesettingEnabled(bool on);
    bool isTypesettingEnabled() const { return m_typeset; }
    // The plain preview in dark colours (and the dark code style); follows ColorScheme.
    void setDark(bool dark);
    bool isDark() const { return m_dark; }
    // Scrolls the page to the block holding body line `line` (1-based), smoothly. `atTop`: that block is
    // brought to the top unless it is there already (the editor scrolled); otherwise the page moves only when
    // the block is out of view (the editor's cursor moved).
    void showSourceLine(int line, bool atTop);

    bool isPageReady() const { return m_pageReady; }
    PreviewPage *page() const { return m_page; }
    SiteSchemeHandler *schemeHandler() const { return m_handler; }
    RenderPipeline *pipeline() const { return m_pipeline; }
    PreviewRequestInterceptor *requestInterceptor() const { return m_interceptor; }

signals:
    // The page has drawn the render of this generation (reported from requestAnimationFrame).
    void patchApplied(quint64 generation);
    void linkClicked(const QUrl &url);
    // The shell is up and has been given the current content.
    void pageReady();
    // blockedRemoteCount() changed.
    void remoteContentBlocked(int count);
    void remoteContentAllowRequested();
    // The page shows the frame (`themed`) or the plain preview, after setFrame(), clearFrame() or a new load
    // of the shell that had a frame to show.
    void frameApplied(bool themed);
    // The writer clicked in the page (not on a link, nothing selected) in a block whose source starts at body
    // line `line` (1-based).
    void sourceLineClicked(int line);

private:
    void sendOptions();
    void provideLibrary(const QString &name);
    void scheduleShellLoad();
    void onPageReady();
    void onPatch(const PreviewPatch &patch, quint64 generation);
    QVariantMap headerData() const;
    void sendFrame(bool reloadStyles);
    void noteRemoteBlocked(const QUrl &url);
    void resetRemoteBlocked();
    void noteRemoteCover();

    QWebEngineView *m_webView = nullptr;
    QWebEngineProfile *m_profile = nullptr;
    PreviewPage *m_page = nullptr;
    SiteSchemeHandler *m_handler = nullptr;
    QWebChannel *m_channel = nullptr;
    PreviewBridge *m_bridge = nullptr;
    RenderPipeline *m_pipeline = nullptr;
    PreviewRequestInterceptor *m_interceptor = nullptr;
    RemoteContentBar *m_remoteBar = nullptr;

    PostHeader m_header;
    QString m_frameHtml;
    QString m_frameMarker;
    bool m_pageReady = false;
    bool m_loadScheduled = false;
    bool m_behind = false;
    bool m_remoteAllowed = false;
    bool m_typeset = true;
    bool m_dark = false;
    QSet<QUrl> m_blockedRemote;
    int m_crashReloads = 0;
};
