#include "diffview.h"

#include <QFontDatabase>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>

DiffView::DiffView(QWidget *parent) : QPlainTextEdit(parent) {
    setReadOnly(true);
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setUndoRedoEnabled(false);
}

void DiffView::setTexts(const QByteArray &before, const QByteArray &after) {
    m_lines = LineDiff::compare(before, after);
    m_bytesDiffer = before != after;
    m_removed = 0;
    m_added = 0;
    clear();

    QTextBlockFormat plainBlock;
    QTextCharFormat plainText;
    // Fixed light backgrounds with dark text, so the colours read the same in light and dark themes.
    QTextBlockFormat removedBlock;
    removedBlock.setBackground(QColor(255, 221, 221));
    QTextBlockFormat addedBlock;
    addedBlock.setBackground(QColor(221, 255, 221));
    QTextCharFormat changedText;
    changedText.setForeground(QColor(20, 20, 20));

    QTextCursor cursor(document());
    cursor.beginEditBlock();
    int firstChange = -1;
    for (int index = 0; index < m_lines.size(); ++index) {
        const LineDiff::Line &line = m_lines.at(index);
        if (index > 0)
            cursor.insertBlock();
        QString prefix = QStringLiteral("  ");
        if (line.kind == LineDiff::Kind::Removed) {
            ++m_removed;
            prefix = QStringLiteral("- ");
            cursor.setBlockFormat(removedBlock);
        } else if (line.kind == LineDiff::Kind::Added) {
            ++m_added;
            prefix = QStringLiteral("+ ");
            cursor.setBlockFormat(addedBlock);
        } else {
            cursor.setBlockFormat(plainBlock);
        }
        if (line.kind != LineDiff::Kind::Same && firstChange < 0)
            firstChange = index;
        cursor.insertText(prefix + line.text, line.kind == LineDiff::Kind::Same ? plainText : changedText);
    }
    cursor.endEditBlock();

    QTextCursor start(document()->findBlockByNumber(std::max(firstChange, 0)));
    setTextCursor(start);
    centerCursor();
}

QString DiffView::summary() const {
    // Lines are compared without their "\r", so a CRLF/LF switch alone shows no changed line; say so.
    if (m_removed == 0 && m_added == 0)
        return m_bytesDiffer ? tr("Only line endings or the final newline differ") : tr("No differences");
    return tr("%1 removed, %2 added").arg(tr("%n line(s)", nullptr, m_removed), QString::number(m_added));
}
