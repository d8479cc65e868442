#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QString>

class QAction;
class QObject;

// Tooltips that name the shortcut: every action with a shortcut gets a tooltip ending with it in the
// platform's words ("Save (Ctrl+S)"), unless the tooltip names it already. One pass over a window's actions
// instead of code per action; an action covered once stays right when its text, tooltip or shortcut changes.
class ShortcutToolTips {
    Q_DECLARE_TR_FUNCTIONS(ShortcutToolTips)

public:
    // Every QAction among root's descendants.
    static void cover(QObject *root);
    static void cover(QAction *action);

    // `toolTip` followed by `shortcut` in native text, or `toolTip` as it is when it is empty, names the
    // shortcut already, or there is no shortcut.
    static QString withShortcut(const QString &toolTip, const QKeySequence &shortcut);
    // The action's text as a tooltip: no mnemonic, no trailing ellipsis.
    static QString plainText(const QString &actionText);

private:
    static void update(QAction *action);
};
