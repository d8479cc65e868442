#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

// Every shortcut of a window, gathered from its actions rather than listed by hand: first the menus' actions
// grouped by menu ("View › Theme"), then any other action of the window (a bar's or a panel's own keys),
// grouped under the widget they belong to. The Keyboard Shortcuts dialog and the tests read it.
class WindowShortcuts {
    Q_DECLARE_TR_FUNCTIONS(WindowShortcuts)

public:
    struct Entry {
        QString group;
        QString name;
        QList<QKeySequence> keys;
        QAction *action = nullptr;  // null for the text editor's own keys
    };

    static QList<Entry> actions(QMainWindow *window);
    // The keys the Markdown editor handles itself (standard text editing and its list keys); no actions.
    static QList<Entry> textEditingKeys();
    // `keys` without the Sun keyboard's F13-F35 keys, which Qt binds on X11 too (Copy is F16) and a PC
    // keyboard lacks.
    static QList<QKeySequence> withoutSunKeys(QList<QKeySequence> keys);

private:
    static void addMenu(QMenu *menu, const QString &group, QList<Entry> &entries, QList<QAction *> &seen);
};
