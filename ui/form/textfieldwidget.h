#pragma once

#include "form/fieldwidget.h"

#include <optional>

#include "frontmatter/yamlscalar.h"

class QLineEdit;
class QPlainTextEdit;

// A text value: one line (QLineEdit) or, for block scalars and text with line breaks, a small
// QPlainTextEdit. An empty (null) value is a text row too; what is typed there gets the type it reads as.
class TextFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    TextFieldWidget(PostDocument *document, const FieldEntry &entry, FormFieldKind kind,
                    QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void setReadOnly(bool readOnly) override;

    QLineEdit *lineEdit() const { return m_line; }
    QPlainTextEdit *textEdit() const { return m_text; }

private:
    void applyText(const QString &text);

    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    std::optional<ScalarType> m_type;  // String for text; none for an empty value, so typing infers it
    QString m_trailingBreaks;          // a block scalar's final line breaks, kept off-screen
};
