#pragma once

#include <QFrame>
#include <QStringList>

#include "site/termvocabulary.h"

class FlowLayout;
class QCompleter;
class QLineEdit;
class QStandardItemModel;
class QToolButton;
class QVBoxLayout;

// A list of short texts as chips, each with a remove button, and a line edit that adds what is typed on
// Enter or at a comma (focus leaving adds it too). Backspace in the empty line edit removes the last chip.
// Looks like one line edit that wraps its chips. Given the site's vocabulary, it completes what is typed
// (with each term's count) and warns under an item that has a near-duplicate the site uses more
// (`Jekyll` where the site writes `jekyll`), with a one-click replace.
class TagEditor : public QFrame {
    Q_OBJECT

public:
    explicit TagEditor(QWidget *parent = nullptr);

    QStringList items() const { return m_items; }
    // Shows `items` without emitting itemsEdited().
    void setItems(const QStringList &items);
    void setReadOnly(bool readOnly);
    // The site's terms of this field's kind (tags or categories); an empty vocabulary turns completion and
    // warnings off.
    void setVocabulary(const TermVocabulary &vocabulary);
    const TermVocabulary &vocabulary() const { return m_vocabulary; }

    QLineEdit *lineEdit() const { return m_line; }
    // The chip for items().at(index)'s remove button (tests and accessibility).
    QToolButton *removeButton(int index) const;
    QCompleter *completer() const { return m_completer; }
    // The near-duplicate warning shown for items().at(index), or null; its Replace button (tests).
    QWidget *warning(int index) const;
    QToolButton *replaceButton(int index) const;

Q_SIGNALS:
    // The writer added or removed items; carries the whole new list.
    void itemsEdited(const QStringList &items);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addTyped(bool keepLast);
    void addCompleted(const QString &item);
    void removeAt(int index);
    void replaceAt(int index, const QString &item);
    void rebuildChips();
    void rebuildWarnings();
    void updateCompletions(const QString &text);

    QStringList m_items;
    QList<QWidget *> m_chips;
    QHash<int, QWidget *> m_warnings;  // by item index
    TermVocabulary m_vocabulary;
    QCompleter *m_completer = nullptr;
    QStandardItemModel *m_completions = nullptr;
    FlowLayout *m_flow = nullptr;
    QVBoxLayout *m_warningRows = nullptr;
    QLineEdit *m_line = nullptr;
    bool m_readOnly = false;
};
