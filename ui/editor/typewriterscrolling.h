#pragma once

#include <QMetaObject>
#include <QObject>

class MarkdownEditor;
class QAction;

// View > Typewriter Scrolling: the line with the cursor stays at the middle of the editor's height, the text
// moving under it (the last lines too: the editor may scroll past the end). The choice is kept in
// AppSettings.
class TypewriterScrolling : public QObject {
    Q_OBJECT

public:
    TypewriterScrolling(MarkdownEditor *editor, QObject *parent);

    QAction *action() const { return m_action; }
    void setEnabled(bool on);
    bool isEnabled() const { return bool(m_connection); }

private:
    MarkdownEditor *m_editor;
    QAction *m_action;
    QMetaObject::Connection m_connection;
};
