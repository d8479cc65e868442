#pragma once

#include <QWidget>

#include "form/fieldclassifier.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// The "Add field" strip under the form: a key name, a type (text, yes/no, date, number, list, image, YAML)
// and Add / Cancel. Enter in the name adds.
class AddFieldPanel : public QWidget {
    Q_OBJECT

public:
    explicit AddFieldPanel(QWidget *parent = nullptr);

    // Clears the panel, shows it and puts the cursor in the name.
    void open();
    void showError(const QString &message);

    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *kindBox() const { return m_kind; }
    QPushButton *addButton() const { return m_add; }
    FormFieldKind chosenKind() const;
    void setChosenKind(FormFieldKind kind);

Q_SIGNALS:
    void addRequested(const QString &key, FormFieldKind kind);
    void cancelled();

private:
    void requestAdd();

    QLineEdit *m_key = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
};
