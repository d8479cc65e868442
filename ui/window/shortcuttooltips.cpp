#include "window/shortcuttooltips.h"

#include <QAction>
#include <QScopedValueRollback>

namespace {

// Dynamic properties on the action: the tooltip its owner gave, and the one we composed from it.
const char *const kCovered = "pwShortcutTipCovered";
const char *const kBase = "pwShortcutTipBase";
const char *const kFollowsText = "pwShortcutTipFollowsText";
const char *const kComposed = "pwShortcutTipComposed";

// What QAction::toolTip() returns when nobody set one (qt_strippedText in qaction.cpp).
QString qtDefaultToolTip(QString text) {
    text.remove(QLatin1String("..."));
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&'))
            text.remove(i, 1);
    }
    return text.trimmed();
}

bool updating = false;

}  // namespace

QString ShortcutToolTips::plainText(const QString &actionText) {
    QString text = qtDefaultToolTip(actionText);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

QString ShortcutToolTips::withShortcut(const QString &toolTip, const QKeySequence &shortcut) {
    if (toolTip.isEmpty() || shortcut.isEmpty())
        return toolTip;
    const QString keys = shortcut.toString(QKeySequence::NativeText);
    if (toolTip.contains(keys, Qt::CaseInsensitive))
        return toolTip;
    return tr("%1 (%2)", "tooltip (shortcut)").arg(toolTip, keys);
}

void ShortcutToolTips::cover(QObject *root) {
    const QList<QAction *> actions = root->findChildren<QAction *>();
    for (QAction *action : actions)
        cover(action);
}

void ShortcutToolTips::cover(QAction *action) {
    if (!action->property(kCovered).toBool()) {
        action->setProperty(kCovered, true);
        QObject::connect(action, &QAction::changed, action, [action] { update(action); });
    }
    update(action);
}

void ShortcutToolTips::update(QAction *action) {
    if (updating)
        return;
    const QString current = action->toolTip();
    const QVariant composed = action->property(kComposed);
    if (!composed.isValid() || current != composed.toString()) {
        // A tooltip we did not write: the owner's, or Qt's default made from the text.
        action->setProperty(kBase, current);
        action->setProperty(kFollowsText, current == qtDefaultToolTip(action->text()));
    }
    const QString base = action->property(kFollowsText).toBool() ? plainText(action->text())
                                                                 : action->property(kBase).toString();
    const QString tip = withShortcut(base, action->shortcut());
    action->setProperty(kComposed, tip);
    if (tip != current) {
        const QScopedValueRollback<bool> guard(updating, true);
        action->setToolTip(tip);
    }
}
