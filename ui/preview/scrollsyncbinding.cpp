#include "preview/scrollsyncbinding.h"

#include "preview/previewview.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

#include <QAction>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

ScrollSyncBinding::ScrollSyncBinding(QPlainTextEdit *editor, PreviewView *preview, QObject *parent)
    : QObject(parent)
    , m_editor(editor)
    , m_preview(preview)
    , m_action(new QAction(tr("S&ync Scrolling"), this)) {
    m_action->setCheckable(true);
    m_action->setChecked(AppSettings::syncScrolling());
    m_action->setToolTip(
        tr("The preview follows the editor's cursor and scrolling; a click in the preview moves the cursor "
           "there"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        AppSettings::setSyncScrolling(on);
        if (on) {
            m_cursorLine = 0;  // the preview has not followed the cursor meanwhile
            onCursorMoved();
        }
    });
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::SyncScrolling, &AppSettings::syncScrolling);

    m_gather.setSingleShot(true);
    m_gather.setInterval(kGatherMs);
    connect(&m_gather, &QTimer::timeout, this, &ScrollSyncBinding::send);
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &ScrollSyncBinding::onCursorMoved);
    connect(m_editor->verticalScrollBar(), &QScrollBar::valueChanged, this, &ScrollSyncBinding::onScrolled);
    connect(m_preview, &PreviewView::sourceLineClicked, this, &ScrollSyncBinding::onPreviewClicked);
}

bool ScrollSyncBinding::isEnabled() const {
    return m_action->isChecked();
}

void ScrollSyncBinding::onCursorMoved() {
    // Typing moves the cursor along its line on every key: only another line is news for the preview.
    const int line = m_editor->textCursor().blockNumber() + 1;
    if (!isEnabled() || line == m_cursorLine)
        return;
    m_cursorLine = line;
    m_cursorMoved = true;
    m_gather.start();
}

void ScrollSyncBinding::onScrolled() {
    if (!isEnabled())
        return;
    m_scrolled = true;
    if (!m_gather.isActive())
        m_gather.start();
}

void ScrollSyncBinding::send() {
    // A cursor move scrolls the editor too; then the cursor's line is what the writer looks at.
    if (m_cursorMoved)
        m_preview->showSourceLine(m_cursorLine, false);
    else if (m_scrolled)
        m_preview->showSourceLine(m_editor->cursorForPosition(QPoint(0, 0)).blockNumber() + 1, true);
    m_cursorMoved = false;
    m_scrolled = false;
}

void ScrollSyncBinding::onPreviewClicked(int line) {
    if (!isEnabled())
        return;
    const QTextBlock block = m_editor->document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return;
    m_editor->setTextCursor(QTextCursor(block));
    m_editor->ensureCursorVisible();
    m_editor->setFocus(Qt::MouseFocusReason);
}
