#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>

#include "common/result.h"
#include "form/fieldclassifier.h"
#include "frontmatter/yamlscalar.h"

class PostDocument;
class QLabel;
class QLineEdit;
class QHBoxLayout;
class QToolButton;
struct FieldEntry;

// One row of the front-matter form: the editor for one top-level key, a remove button and a message line
// for a refused edit. Subclasses edit through the narrowest PostDocument call for their kind and write only
// when the writer changes the value.
class FieldWidget : public QWidget {
    Q_OBJECT

public:
    FieldWidget(PostDocument *document, const QString &key, FormFieldKind kind, QWidget *parent = nullptr);

    QString key() const { return m_key; }
    FormFieldKind kind() const { return m_kind; }
    // The main editing widget (a QLineEdit, QCheckBox, QDateTimeEdit...); takes the label's mnemonic focus.
    virtual QWidget *editor() const = 0;
    // Shows `entry`'s value after a change made elsewhere; keeps focus and the text cursor. Emits nothing.
    virtual void showEntry(const FieldEntry &entry) = 0;
    // Applies an edit the row holds back until editing finishes (YAML text); nothing for most rows.
    virtual void applyPending() {}
    // Read-only rows (an earlier duplicate key, a complex key) cannot be edited or removed here.
    virtual void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // The message of the last refused edit, or empty.
    QString errorText() const;
    // Shows a failed status under the row, or clears the message for a successful one.
    void showStatus(const Status &status);
    void setNote(const QString &note);
    QString noteText() const;
    QToolButton *removeButton() const { return m_remove; }
    // What a screen reader says for the row: `label` names its editor and every other unnamed input in it,
    // the description tells the kind of value and the key as written in the file.
    void setAccessibleLabel(const QString &label);

Q_SIGNALS:
    // Around each edit this row makes, so the form leaves the row alone while the document reports it.
    void editStarted();
    void editFinished();
    void removeRequested(const QString &key);

protected:
    PostDocument *document() const { return m_document; }
    // Puts the row's editing widgets before the remove button.
    QHBoxLayout *contentLayout() const { return m_content; }
    // Runs `edit` on the document as this row's own edit and shows its failure under the row.
    Status apply(const std::function<Status(PostDocument &)> &edit);
    // Shows `text` in `edit`; the cursor stays where it was when the writer is in the field, else it goes to
    // the start.
    static void showText(QLineEdit *edit, const QString &text);

private:
    PostDocument *m_document;
    QString m_key;
    FormFieldKind m_kind;
    bool m_readOnly = false;
    QHBoxLayout *m_content = nullptr;
    QToolButton *m_remove = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_note = nullptr;
};
