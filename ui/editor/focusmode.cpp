#include "editor/focusmode.h"

#include <QAction>
#include <QTextBlock>

#include "editor/markdowneditor.h"
#include "window/appsettings.h"
#include "window/settingsnotifier.h"

namespace {
bool blankBlock(const QTextBlock &block) {
    return block.text().trimmed().isEmpty();
}

// Text and background mixed, so the dimmed text reads on light and dark palettes alike.
QColor dimmed(const QPalette &palette) {
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor((text.red() + 2 * base.red()) / 3, (text.green() + 2 * base.green()) / 3,
                  (text.blue() + 2 * base.blue()) / 3);
}
}  // namespace

FocusMode::FocusMode(MarkdownEditor *editor, QObject *parent)
    : QObject(parent), m_editor(editor), m_action(new QAction(tr("F&ocus Mode"), this)) {
    m_action->setCheckable(true);
    m_action->setToolTip(tr("Dim everything but the paragraph you are writing"));
    connect(m_action, &QAction::toggled, this, [this](bool on) {
        AppSettings::setFocusMode(on);
        setEnabled(on);
    });
    connect(m_editor, &QPlainTextEdit::cursorPositionChanged, this, &FocusMode::update);
    m_action->setChecked(AppSettings::focusMode());
    SettingsNotifier::keepChecked(m_action, AppSettings::Key::FocusMode, &AppSettings::focusMode);
}

void FocusMode::setEnabled(bool on) {
    m_enabled = on;
    if (m_action->isChecked() != on)
        m_action->setChecked(on);
    if (on)
        update();
    else
        m_editor->setDecorations(MarkdownEditor::Decoration::Focus, {});
}

void FocusMode::update() {
    if (!m_enabled)
        return;
    const QTextBlock current = m_editor->textCursor().block();
    QTextBlock first = current;
    QTextBlock last = current;
    if (!blankBlock(current)) {
        for (int i = 0; i < kMaxParagraphLines && first.previous().isValid() && !blankBlock(first.previous());
             ++i)
            first = first.previous();
        for (int i = 0; i < kMaxParagraphLines && last.next().isValid() && !blankBlock(last.next()); ++i)
            last = last.next();
    }
    // The dimmed stretches: before the paragraph, and from its end to the document's.
    const int beforeEnd = first.position();
    const int afterStart = last.position() + last.length() - 1;
    const int end = m_editor->document()->characterCount() - 1;
    QVector<QPair<int, int>> ranges;
    if (beforeEnd > 0)
        ranges.append({0, beforeEnd});
    if (afterStart < end)
        ranges.append({afterStart, end});
    // Typing inside the paragraph: the selections followed the edit by themselves.
    QVector<QPair<int, int>> shown;
    for (const QTextEdit::ExtraSelection &s : m_editor->decorations(MarkdownEditor::Decoration::Focus))
        shown.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    if (shown == ranges)
        return;

    QTextCharFormat format;
    format.setForeground(dimmed(m_editor->palette()));
    QList<QTextEdit::ExtraSelection> selections;
    for (const auto &[from, to] : ranges) {
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(from);
        selection.cursor.setPosition(to, QTextCursor::KeepAnchor);
        selection.format = format;
        selections.append(selection);
    }
    m_editor->setDecorations(MarkdownEditor::Decoration::Focus, selections);
}
