#include "editor/typewriterscrolling.h"

#include <QAction>

#include "editor/markdowneditor.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

TypewriterScrolling::TypewriterScrolling(MarkdownEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_action(new QAction(tr("&Typewriter Scrolling"), this)) {
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Keep the line you are writing at the middle of the editor"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        AppSettings::setTypewriterScrolling(on);
        setEnabled(on);
    });
    m_action->setChecked(AppSettings::typewriterScrolling());
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::TypewriterScrolling,
                                  &AppSettings::typewriterScrolling);
}

void TypewriterScrolling::setEnabled(bool on) {
    if (m_action->isChecked() != on)
        m_action->setChecked(on);
    if (on == bool(m_connection))
        return;
    m_editor->setCenterOnScroll(on);
    if (on) {
        m_connection = connect(m_editor, &QPlainTextEdit::cursorPositionChanged, m_editor,
                               &QPlainTextEdit::centerCursor);
        m_editor->centerCursor();
    } else {
        disconnect(m_connection);
        m_connection = {};
    }
}
