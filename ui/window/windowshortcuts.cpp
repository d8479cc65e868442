#include "window/windowshortcuts.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QWidget>

#include "window/shortcuttooltips.h"

namespace {

// The widget an action belongs to, named for people: the nearest widget above it with an accessible name
// or a window title.
QString ownerName(const QAction *action, const QWidget *window) {
    for (const QObject *object = action->parent(); object && object != window; object = object->parent()) {
        if (!object->isWidgetType())
            continue;
        const auto *widget = static_cast<const QWidget *>(object);
        if (!widget->accessibleName().isEmpty())
            return widget->accessibleName();
        if (!widget->windowTitle().isEmpty())
            return widget->windowTitle();
    }
    return {};
}

}  // namespace

void WindowShortcuts::addMenu(QMenu *menu, const QString &group, QList<Entry> &entries,
                              QList<QAction *> &seen) {
    const QList<QAction *> actions = menu->actions();
    for (QAction *action : actions) {
        if (QMenu *sub = action->menu()) {
            addMenu(
                sub,
                tr("%1 \u203a %2", "menu › submenu").arg(group, ShortcutToolTips::plainText(sub->title())),
                entries, seen);
            continue;
        }
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        entries.append({group, ShortcutToolTips::plainText(action->text()), action->shortcuts(), action});
    }
}

QList<WindowShortcuts::Entry> WindowShortcuts::actions(QMainWindow *window) {
    QList<Entry> entries;
    QList<QAction *> seen;
    const QList<QAction *> menus = window->menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (QMenu *menu = menuAction->menu())
            addMenu(menu, ShortcutToolTips::plainText(menu->title()), entries, seen);
    }
    const QList<QAction *> others = window->findChildren<QAction *>();
    for (QAction *action : others) {
        if (action->shortcuts().isEmpty() || seen.contains(action))
            continue;
        seen.append(action);
        QString group = ownerName(action, window);
        if (group.isEmpty())
            group = tr("Window");
        QString name = ShortcutToolTips::plainText(action->text());
        if (name.isEmpty())
            name = action->toolTip();
        entries.append({group, name, action->shortcuts(), action});
    }
    return entries;
}

QList<QKeySequence> WindowShortcuts::withoutSunKeys(QList<QKeySequence> keys) {
    keys.removeIf([](const QKeySequence &sequence) {
        const int pressed = sequence[0].key();
        return pressed >= Qt::Key_F13 && pressed <= Qt::Key_F35;
    });
    return keys;
}

QList<WindowShortcuts::Entry> WindowShortcuts::textEditingKeys() {
    const QString group = tr("Text Editing");
    QList<Entry> entries;
    const auto add = [&](const QString &name, const QList<QKeySequence> &keys) {
        if (!keys.isEmpty())
            entries.append({group, name, keys, nullptr});
    };
    const auto standard = [&](const QString &name, QKeySequence::StandardKey key) {
        add(name, withoutSunKeys(QKeySequence::keyBindings(key)));
    };
    standard(tr("Cut"), QKeySequence::Cut);
    standard(tr("Copy"), QKeySequence::Copy);
    standard(tr("Paste"), QKeySequence::Paste);
    standard(tr("Select All"), QKeySequence::SelectAll);
    standard(tr("Delete the Word Before the Cursor"), QKeySequence::DeleteStartOfWord);
    standard(tr("Delete the Word After the Cursor"), QKeySequence::DeleteEndOfWord);
    standard(tr("Move to the Previous Word"), QKeySequence::MoveToPreviousWord);
    standard(tr("Move to the Next Word"), QKeySequence::MoveToNextWord);
    standard(tr("Select to the Previous Word"), QKeySequence::SelectPreviousWord);
    standard(tr("Select to the Next Word"), QKeySequence::SelectNextWord);
    standard(tr("Move to the Start of the Line"), QKeySequence::MoveToStartOfLine);
    standard(tr("Move to the End of the Line"), QKeySequence::MoveToEndOfLine);
    standard(tr("Move to the Start of the Post"), QKeySequence::MoveToStartOfDocument);
    standard(tr("Move to the End of the Post"), QKeySequence::MoveToEndOfDocument);
    add(tr("Line Break Without a New Paragraph"), {QKeySequence(Qt::SHIFT | Qt::Key_Return)});
    add(tr("Continue the List"), {QKeySequence(Qt::Key_Return)});
    add(tr("Indent the List Item"), {QKeySequence(Qt::Key_Tab)});
    add(tr("Outdent the List Item"), {QKeySequence(Qt::SHIFT | Qt::Key_Tab)});
    return entries;
}
