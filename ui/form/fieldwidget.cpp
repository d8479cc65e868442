#include "fieldwidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

FieldWidget::FieldWidget(PostDocument *document, const QString &key, FormFieldKind kind, QWidget *parent)
    : QWidget(parent), m_document(document), m_key(key), m_kind(kind) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(4);
    m_content = new QHBoxLayout;
    m_content->setContentsMargins(0, 0, 0, 0);
    m_content->setSpacing(4);
    row->addLayout(m_content, 1);
    m_remove = new QToolButton(this);
    m_remove->setText(QStringLiteral("\u2715"));  // ✕
    m_remove->setAutoRaise(true);
    m_remove->setFocusPolicy(Qt::NoFocus);  // Tab moves between values; the button is for the mouse
    m_remove->setToolTip(tr("Remove the field \u201c%1\u201d").arg(key));
    m_remove->setAccessibleName(tr("Remove %1").arg(key));
    row->addWidget(m_remove, 0, Qt::AlignTop);
    column->addLayout(row);

    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();
    column->addWidget(m_note);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_error->setPalette(palette);
    m_error->hide();
    column->addWidget(m_error);

    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_key); });
}

void FieldWidget::setAccessibleLabel(const QString &label) {
    const QString description = tr("%1 field “%2”").arg(FieldClassifier::displayName(m_kind), m_key);
    QList<QWidget *> inputs{editor()};
    inputs += editor()->findChildren<QWidget *>();
    for (QWidget *input : inputs) {
        if (input != editor() && (input->focusPolicy() == Qt::NoFocus || input == m_remove))
            continue;
        if (input == editor() || input->accessibleName().isEmpty())
            input->setAccessibleName(label);
        input->setAccessibleDescription(description);
    }
}

void FieldWidget::setReadOnly(bool readOnly) {
    m_readOnly = readOnly;
    m_remove->setVisible(!readOnly);
}

QString FieldWidget::errorText() const {
    return m_error->isHidden() ? QString() : m_error->text();
}

void FieldWidget::setNote(const QString &note) {
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString FieldWidget::noteText() const {
    return m_note->isHidden() ? QString() : m_note->text();
}

Status FieldWidget::apply(const std::function<Status(PostDocument &)> &edit) {
    Q_EMIT editStarted();
    const Status status = edit(*m_document);
    Q_EMIT editFinished();
    showStatus(status);
    return status;
}

void FieldWidget::showStatus(const Status &status) {
    m_error->setText(status.ok() ? QString() : status.error());
    m_error->setVisible(!status.ok());
}

void FieldWidget::showText(QLineEdit *edit, const QString &text) {
    if (edit->text() == text)
        return;
    const bool keepCursor = edit->hasFocus();
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    // Elsewhere the start is what a narrow field should show, not the end setText() scrolls to.
    edit->setCursorPosition(keepCursor ? std::min(cursor, static_cast<int>(text.size())) : 0);
}
