#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

struct PreviewPatch;

// The object the preview page sees over QWebChannel (as `bridge`). Everything crossing it is plain data: the
// page gets no handle on anything else. The page listens to the signals and calls the slots.
class PreviewBridge : public QObject {
    Q_OBJECT

public:
    explicit PreviewBridge(QObject *parent);

    // A patch as the page receives it: {ranges: [{start, removeCount, blocks: [{html, firstLine, lastLine}],
    // lineDelta}], generation, reset}, the ranges as in PreviewPatch. `reset` tells the page to drop every
    // block it has first.
    static QVariantMap toVariant(const PreviewPatch &patch, quint64 generation, bool reset);

    void sendPatch(const PreviewPatch &patch, quint64 generation, bool reset = false);
    // {title, date, tags: [..], cover: "pwsite://site/.." or ""}; the page shows every value as text.
    void sendHeader(const QVariantMap &header);
    void sendBehind(bool behind);
    // {html, marker, reloadStyles}: the site's layout to show the post in (see PreviewView::setFrame()); an
    // empty html is the plain preview.
    void sendFrame(const QVariantMap &frame);
    // {typeset}: whether the page highlights code and typesets math in the blocks it shows.
    void sendOptions(const QVariantMap &options);
    // {line, mode}: show the block holding body line `line` (1-based); mode "cursor" scrolls only when that
    // block is not in view, "top" brings it to the top when another block is there.
    void sendScrollToLine(const QVariantMap &request);

signals:
    // To the page.
    void patchReady(const QVariantMap &patch);
    void headerChanged(const QVariantMap &header);
    void behindChanged(bool behind);
    void frameChanged(const QVariantMap &frame);
    void optionsChanged(const QVariantMap &options);
    void scrollToLineRequested(const QVariantMap &request);

    // From the page, re-emitted for the view.
    void pageBecameReady();
    void patchWasApplied(quint64 generation);
    void linkWasClicked(const QUrl &url);
    void remoteContentWasRefused(const QUrl &url, const QString &directive);
    void frameWasApplied(bool themed);
    void libraryWasWanted(const QString &name);
    void sourceLineWasClicked(int line);

public slots:
    // Called by the page once the web channel is up (and again if it ever finds itself out of step): it has
    // no blocks and wants the whole state.
    void pageReady();
    // Called by the page from requestAnimationFrame after the patch's DOM change: generations are JS numbers.
    void patchApplied(double generation);
    // The writer clicked a link of the post; the page has already stopped it from navigating.
    void linkClicked(const QString &url);
    // The shell's Content-Security-Policy refused to load `url` under `directive` ("img-src"...). Reported by
    // our script's securitypolicyviolation listener: the post itself cannot run script to call this.
    void remoteContentRefused(const QString &url, const QString &directive);
    // Called by the page from requestAnimationFrame after a frame it was sent is in place: `themed` is false
    // when it shows the plain preview (it was asked to, or the frame had no place for the post).
    void frameApplied(bool themed);
    // The page met a code block or math and needs library `name` ("highlight", "katex") in its world. The
    // view answers by running it there; names it does not know are ignored.
    void libraryWanted(const QString &name);
    // The writer clicked (not a link, nothing selected) in the block whose source starts at body line `line`.
    void sourceLineClicked(double line);
};
