#pragma once

#include <QObject>
#include <QTimer>

class PreviewView;
class QAction;
class QPlainTextEdit;

// Keeps the preview beside the editor by source lines: the preview shows the block under the editor's cursor
// when the cursor moves, and the block at the editor's top line when the editor scrolls (smoothly, and only
// when that block is not already where it belongs: PreviewView::showSourceLine); a plain click in a preview
// block puts the editor's cursor at the start of the block's first line. The editor holds the body only, so
// its block numbers are the body's lines less one. The action (View > Sync Scrolling) turns both off and on
// and is remembered (AppSettings::syncScrolling). GUI thread.
class ScrollSyncBinding : public QObject {
    Q_OBJECT

public:
    ScrollSyncBinding(QPlainTextEdit *editor, PreviewView *preview, QObject *parent);

    QAction *action() const { return m_action; }
    bool isEnabled() const;

    // How long cursor moves and scrolling are gathered before the preview is told (ms): one message per
    // burst, whatever the editor emits.
    static constexpr int kGatherMs = 30;

private:
    void onCursorMoved();
    void onScrolled();
    void send();
    void onPreviewClicked(int line);

    QPlainTextEdit *m_editor;
    PreviewView *m_preview;
    QAction *m_action;
    QTimer m_gather;
    int m_cursorLine = 0;
    bool m_cursorMoved = false;
    bool m_scrolled = false;
};
