#pragma once

#include <QFrame>
#include <QStringList>

class FlowLayout;
class QLineEdit;
class QToolButton;

// A list of short texts as chips, each with a remove button, and a line edit that adds what is typed on
// Enter or at a comma (focus leaving adds it too). Backspace in the empty line edit removes the last chip.
// Looks like one line edit that wraps its chips.
class TagEditor : public QFrame {
    Q_OBJECT

public:
    explicit TagEditor(QWidget *parent = nullptr);

    QStringList items() const { return m_items; }
    // Shows `items` without emitting itemsEdited().
    void setItems(const QStringList &items);
    void setReadOnly(bool readOnly);

    QLineEdit *lineEdit() const { return m_line; }
    // The chip for items().at(index)'s remove button (tests and accessibility).
    QToolButton *removeButton(int index) const;

Q_SIGNALS:
    // The writer added or removed items; carries the whole new list.
    void itemsEdited(const QStringList &items);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped(bool keepLast);
    void removeAt(int index);
    void rebuildChips();

    QStringList m_items;
    QList<QWidget *> m_chips;
    FlowLayout *m_flow = nullptr;
    QLineEdit *m_line = nullptr;
    bool m_readOnly = false;
};
