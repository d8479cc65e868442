#pragma once

#include <QObject>

class MarkdownEditor;
class QAction;

// View > Focus Mode: the paragraph holding the cursor (the lines between blank lines) keeps full contrast,
// the rest of the text is dimmed. Two extra selections, replaced only when the cursor changes paragraph (they
// follow typing inside it by themselves), so a keystroke costs a walk over the paragraph's lines and a
// comparison. The choice is kept in AppSettings.
class FocusMode : public QObject {
    Q_OBJECT

public:
    // Lines looked at above and below the cursor for the paragraph's ends; a longer run (a huge table) is
    // cut there, so no keystroke walks the whole document.
    static constexpr int kMaxParagraphLines = 200;

    FocusMode(MarkdownEditor *editor, QObject *parent);

    QAction *action() const { return m_action; }
    void setEnabled(bool on);
    bool isEnabled() const { return m_enabled; }

private:
    void update();

    MarkdownEditor *m_editor;
    QAction *m_action;
    bool m_enabled = false;
};
