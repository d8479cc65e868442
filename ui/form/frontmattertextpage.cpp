#include "frontmattertextpage.h"

#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>

namespace {

QLabel *messageLabel(QWidget *parent, const QColor &color) {
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (color.isValid()) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        label->setPalette(palette);
    }
    label->hide();
    return label;
}

}  // namespace

FrontMatterTextPage::FrontMatterTextPage(QWidget *parent) : QWidget(parent) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(4);
    m_note = messageLabel(this, QColor());
    m_note->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(m_note);
    m_text = new QPlainTextEdit(this);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setTabChangesFocus(false);
    m_text->setAccessibleName(tr("Front matter text"));
    column->addWidget(m_text, 1);
    m_message = messageLabel(this, QColor(0xb0, 0x20, 0x20));
    column->addWidget(m_message);
    m_diagnostics = messageLabel(this, QColor(0xb0, 0x20, 0x20));
    column->addWidget(m_diagnostics);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] { Q_EMIT textEdited(m_text->toPlainText()); });
}

QString FrontMatterTextPage::text() const {
    return m_text->toPlainText();
}

void FrontMatterTextPage::setText(const QString &text) {
    if (m_text->toPlainText() == text)
        return;
    const QSignalBlocker blocker(m_text);
    const int position = m_text->textCursor().position();
    m_text->setPlainText(text);
    QTextCursor cursor = m_text->textCursor();
    cursor.setPosition(std::min(position, static_cast<int>(text.size())));
    m_text->setTextCursor(cursor);
}

void FrontMatterTextPage::setReadOnly(bool readOnly, const QString &note) {
    m_text->setReadOnly(readOnly);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void FrontMatterTextPage::setDiagnostics(const QVector<Diagnostic> &diagnostics, const QString &fileName,
                                         int firstLine) {
    QStringList lines;
    QList<QTextEdit::ExtraSelection> marks;
    for (const Diagnostic &d : diagnostics) {
        const QTextBlock block = m_text->document()->findBlockByNumber(d.line - firstLine);
        if (d.isError() && d.line > 0 && block.isValid()) {
            QTextEdit::ExtraSelection mark;
            mark.cursor = QTextCursor(block);
            mark.format.setBackground(QColor(0xff, 0xe0, 0xe0));
            mark.format.setProperty(QTextFormat::FullWidthSelection, true);
            marks.append(mark);
        }
        lines.append(fileName.isEmpty() ? QStringLiteral("%1:%2: %3: %4")
                                              .arg(d.line)
                                              .arg(d.column)
                                              .arg(d.isError() ? tr("error") : tr("warning"), d.message)
                                        : d.format(fileName));
    }
    m_text->setExtraSelections(marks);
    m_diagnostics->setText(lines.join(QLatin1Char('\n')));
    m_diagnostics->setVisible(!lines.isEmpty());
}

void FrontMatterTextPage::setMessage(const QString &message) {
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

QString FrontMatterTextPage::diagnosticsText() const {
    return m_diagnostics->isHidden() ? QString() : m_diagnostics->text();
}

QString FrontMatterTextPage::messageText() const {
    return m_message->isHidden() ? QString() : m_message->text();
}

QString FrontMatterTextPage::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}
