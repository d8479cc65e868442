#include "editor/focusmode.h"

#include <QAction>
#include <QTextBlock>

#include "editor/markdowneditor.h"
#include "window/appsettings.h"

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
}

void FocusMode::setEnabled(bool on) {
    m_enabled = on;
    m_firstBlock = m_lastBlock = -1;
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
    if (first.blockNumber() == m_firstBlock && last.blockNumber() == m_lastBlock)
        return;  // the same paragraph: the selections follow the edits by themselves
    m_firstBlock = first.blockNumber();
    m_lastBlock = last.blockNumber();

    QTextCharFormat format;
    format.setForeground(dimmed(m_editor->palette()));
    QList<QTextEdit::ExtraSelection> selections;
    QTextEdit::ExtraSelection before;
    before.cursor = QTextCursor(m_editor->document());
    before.cursor.setPosition(first.position(), QTextCursor::KeepAnchor);
    before.format = format;
    QTextEdit::ExtraSelection after;
    after.cursor = QTextCursor(m_editor->document());
    after.cursor.setPosition(last.position() + last.length() - 1);
    after.cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    after.format = format;
    for (const QTextEdit::ExtraSelection &selection : {before, after}) {
        if (selection.cursor.hasSelection())
            selections.append(selection);
    }
    m_editor->setDecorations(MarkdownEditor::Decoration::Focus, selections);
}
