#pragma once

#include <QHash>
#include <QVector>
#include <QWidget>

#include "form/fieldclassifier.h"

class QComboBox;
class QCompleter;
class QStringListModel;
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
    // The keys the site's posts use, most used first, with the kind of value they usually hold: the name
    // completes from them and picking one picks its kind.
    void setSuggestions(const QVector<QPair<QString, FormFieldKind>> &keys);
    QStringList suggestedKeys() const;

Q_SIGNALS:
    void addRequested(const QString &key, FormFieldKind kind);
    void cancelled();

private:
    void requestAdd();

    QLineEdit *m_key = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_error = nullptr;
    QStringListModel *m_keys = nullptr;
    QHash<QString, FormFieldKind> m_kinds;
};
