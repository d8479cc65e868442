#include "textfieldwidget.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextBlock>

#include "frontmatter/fieldentry.h"
#include "post/postdocument.h"

TextFieldWidget::TextFieldWidget(PostDocument *document, const FieldEntry &entry, FormFieldKind kind,
                                 QWidget *parent)
    : FieldWidget(document, entry.key, kind, parent) {
    if (kind == FormFieldKind::MultiLineText) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        const int lines = 4;
        const QFontMetrics metrics(m_text->font());
        m_text->setFixedHeight(metrics.lineSpacing() * lines + 2 * m_text->frameWidth() +
                               static_cast<int>(2 * m_text->document()->documentMargin()));
        contentLayout()->addWidget(m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
            // textChanged also fires for setPlainText(); showEntry() blocks signals around it.
            applyText(m_text->toPlainText());
        });
    } else {
        m_line = new QLineEdit(this);
        m_line->setClearButtonEnabled(false);
        if (entry.kind == FieldEntry::Kind::Null)
            m_line->setPlaceholderText(tr("empty"));
        contentLayout()->addWidget(m_line);
        connect(m_line, &QLineEdit::textEdited, this, &TextFieldWidget::applyText);
    }
    showEntry(entry);
}

QWidget *TextFieldWidget::editor() const {
    return m_line ? static_cast<QWidget *>(m_line) : m_text;
}

void TextFieldWidget::showEntry(const FieldEntry &entry) {
    const QString value = entry.kind == FieldEntry::Kind::Scalar ? entry.scalar : QString();
    // Text stays text once it is one; an empty value takes the type of what is typed into it.
    m_type = entry.kind == FieldEntry::Kind::Scalar ? std::optional(ScalarType::String) : std::nullopt;
    if (m_line) {
        showText(m_line, value);
        return;
    }
    QString shown = value;
    m_trailingBreaks.clear();
    while (shown.endsWith(QLatin1Char('\n'))) {
        shown.chop(1);
        m_trailingBreaks += QLatin1Char('\n');
    }
    if (m_text->toPlainText() == shown)
        return;
    const QSignalBlocker blocker(m_text);
    QTextCursor cursor = m_text->textCursor();
    const int position = cursor.position();
    m_text->setPlainText(shown);
    cursor = m_text->textCursor();
    cursor.setPosition(std::min(position, static_cast<int>(shown.size())));
    m_text->setTextCursor(cursor);
}

void TextFieldWidget::setReadOnly(bool readOnly) {
    FieldWidget::setReadOnly(readOnly);
    if (m_line)
        m_line->setReadOnly(readOnly);
    else
        m_text->setReadOnly(readOnly);
}

void TextFieldWidget::applyText(const QString &text) {
    QString value = text;
    if (m_text && !value.isEmpty())
        value += m_trailingBreaks;
    // A value that was empty takes the type the whole text reads as (`true`, `3`), as a new field does;
    // typing it one key at a time must not freeze the type of its first letter.
    std::optional<ScalarType> type = m_type;
    if (!type)
        type = value.isEmpty()                        ? ScalarType::Null
               : YamlScalar::canBePlain(value, false) ? YamlScalar::plainType(value)
                                                      : ScalarType::String;
    apply([&](PostDocument &doc) { return doc.setScalar(key(), value, type); });
}
