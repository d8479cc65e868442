#pragma once

#include "form/fieldwidget.h"

class QPlainTextEdit;

// Anything the form has no widget for (nested maps, lists of maps, aliases): the value's YAML source,
// dedented, in a small text field. Applied with setYaml when editing finishes (focus leaves, Ctrl+Enter, or
// applyPending()); a refused value shows the reason and the text stays as typed.
class YamlFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    YamlFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void applyPending() override;
    void setReadOnly(bool readOnly) override;

    QPlainTextEdit *textEdit() const { return m_text; }

    // The value's source text in `fileBytes`, dedented, with "\n" line endings.
    static QString valueSource(const QByteArray &fileBytes, const FieldEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();

    QPlainTextEdit *m_text = nullptr;
    bool m_dirty = false;  // typed since the value was last shown or applied
};
