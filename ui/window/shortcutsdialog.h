#pragma once

#include <QDialog>

class QLineEdit;
class QMainWindow;
class QTreeWidget;

// Help > Keyboard Shortcuts: every shortcut of the window (WindowShortcuts) grouped by menu, the text
// editor's own keys last, with a filter that matches an action's name, its keys or its menu.
class ShortcutsDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShortcutsDialog(QMainWindow *window);

    QLineEdit *filterField() const { return m_filter; }
    QTreeWidget *tree() const { return m_tree; }
    // Fills the list again from the window's actions as they are now.
    void reload();

private:
    void applyFilter(const QString &text);

    QMainWindow *m_window;
    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};
