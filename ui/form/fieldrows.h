#pragma once

#include <QSet>
#include <QStringList>
#include <QVector>

class FieldWidget;
class QFormLayout;
class QLabel;

// The form's rows in file order, laid out in a QFormLayout: labels named after their keys with a mnemonic
// each (the title takes T first; letters the menus use are left alone), Tab following the rows, and lookups
// by key. Which rows there are is decided by FrontMatterForm.
class FieldRows {
public:
    struct Row {
        FieldWidget *widget = nullptr;
        QLabel *label = nullptr;
        int occurrence = 0;  // among rows with the same key
        bool readOnly = false;
    };

    explicit FieldRows(QFormLayout *layout) : m_layout(layout) {}

    const QVector<Row> &rows() const { return m_rows; }
    bool isEmpty() const { return m_rows.isEmpty(); }
    // Shows `rows`, in this order. Rows no longer among them are hidden and deleted later (one of them may
    // be sending the signal being handled); widgets kept keep their focus.
    void setRows(const QVector<Row> &rows);
    void setReservedMnemonics(const QSet<QChar> &letters);

    QStringList keys() const;
    // The row of `key` (the last one for a duplicated key), or nullptr.
    FieldWidget *widget(const QString &key) const;
    QLabel *label(const QString &key) const;

private:
    const Row *find(const QString &key) const;
    void relayout();
    void updateLabels();

    QFormLayout *m_layout;
    QVector<Row> m_rows;
    QSet<QChar> m_reserved;
};
