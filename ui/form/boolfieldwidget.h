#pragma once

#include "form/fieldwidget.h"

class QCheckBox;

// A yes/no value: a check box. setBool keeps the file's spelling (`True` becomes `False`, `yes` becomes
// `no`).
class BoolFieldWidget : public FieldWidget {
    Q_OBJECT

public:
    BoolFieldWidget(PostDocument *document, const FieldEntry &entry, QWidget *parent = nullptr);

    QWidget *editor() const override;
    void showEntry(const FieldEntry &entry) override;
    void setReadOnly(bool readOnly) override;

private:
    QCheckBox *m_check = nullptr;
};
