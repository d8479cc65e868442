#pragma once

#include "form/fieldwidget.h"

class QLineEdit;

// An integer or a float. A line edit with a validator rather than a spin box, so the number stays as
// written (`1.10` must not become `1.1`, `007` not `7`); the value keeps the type it reads as.
class NumberFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    NumberFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void setReadOnly(bool readOnly) override;

private:
    void applyText(const QString &text);

    QLineEdit *m_line = nullptr;
};
