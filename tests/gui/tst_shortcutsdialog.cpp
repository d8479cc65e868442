// Help > Keyboard Shortcuts and the tooltips: every shortcut of the window is listed (gathered from its
// actions, so a new panel's action shows up by itself), no two actions share a key, and every action's
// tooltip names its key once.

#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTreeWidget>

#include "editor/markdowneditor.h"
#include "tst_previewharness.h"
#include "window/mainwindow.h"
#include "window/part.h"
#include "window/shortcutsdialog.h"
#include "window/shortcuttooltips.h"
#include "window/windowshortcuts.h"

namespace {

// A panel with one action of its own, added after the window was built.
class KeyPart : public Part {
public:
    KeyPart() : m_label(new QLabel), m_action(new QAction(QStringLiteral("Frobnicate &Paragraph"), this)) {
        m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::SHIFT | Qt::Key_F12));
    }
    QString title() const override { return QStringLiteral("Keys"); }
    QWidget *widget() const override { return m_label; }
    QList<QAction *> actions() const override { return {m_action}; }
    void setDocument(PostDocument *) override {}
    QAction *action() const { return m_action; }

private:
    QLabel *m_label;
    QAction *m_action;
};

QList<QAction *> actionsWithShortcuts(MainWindow &window) {
    QList<QAction *> result;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (!action->shortcuts().isEmpty() && !result.contains(action))
            result.append(action);
    }
    return result;
}

QString keysText(const QList<QKeySequence> &keys) {
    QStringList texts;
    for (const QKeySequence &key : keys)
        texts.append(key.toString(QKeySequence::NativeText));
    return texts.join(QStringLiteral(", "));
}

// The dialog's rows as "group/name/keys", the hidden ones left out.
QStringList visibleRows(ShortcutsDialog &dialog) {
    QStringList rows;
    QTreeWidget *tree = dialog.tree();
    for (int g = 0; g < tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = tree->topLevelItem(g);
        if (group->isHidden())
            continue;
        for (int i = 0; i < group->childCount(); ++i) {
            if (!group->child(i)->isHidden())
                rows.append(group->text(0) + QLatin1Char('/') + group->child(i)->text(0) + QLatin1Char('/') +
                            group->child(i)->text(1));
        }
    }
    return rows;
}

ShortcutsDialog *openDialog(MainWindow &window) {
    auto *action = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
    if (!action)
        return nullptr;
    action->trigger();
    return window.findChild<ShortcutsDialog *>();
}

}  // namespace

class TestShortcutsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_shortcutsdialog"));
    }

    void helpMenuOpensTheListWithTheHelpKey() {
        MainWindow window;
        auto *action = window.findChild<QAction *>(QStringLiteral("keyboardShortcutsAction"));
        QVERIFY(action);
        QCOMPARE(action->shortcuts(), QKeySequence::keyBindings(QKeySequence::HelpContents));
        QVERIFY(!action->shortcut().isEmpty());
        QVERIFY(!action->icon().isNull());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.editor()->setFocus();
        QTest::keySequence(window.editor(), action->shortcut());
        auto *dialog = window.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
    }

    void listsEveryActionWithAShortcut() {
        MainWindow window;
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        const QStringList rows = visibleRows(*dialog);
        const QList<QAction *> actions = actionsWithShortcuts(window);
        QVERIFY(actions.size() >= 20);
        for (QAction *action : actions) {
            const QString row = QLatin1Char('/') + ShortcutToolTips::plainText(action->text()) +
                                QLatin1Char('/') + keysText(action->shortcuts());
            QVERIFY2(std::any_of(rows.begin(), rows.end(), [&](const QString &r) { return r.endsWith(row); }),
                     qPrintable(row));
        }
        // Grouped by menu; the find bar's own key under the bar; the editor's keys last.
        QVERIFY(rows.contains(QStringLiteral("File/Save/") +
                              QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
        QVERIFY(rows.contains(QStringLiteral("Edit/Bold/") +
                              QKeySequence(Qt::CTRL | Qt::Key_B).toString(QKeySequence::NativeText)));
        QVERIFY(rows.contains(QStringLiteral("Find bar/Close the Find Bar/") +
                              QKeySequence(Qt::Key_Escape).toString(QKeySequence::NativeText)));
        QVERIFY(rows.last().startsWith(WindowShortcuts::tr("Text Editing") + QLatin1Char('/')));
        const QString copy = WindowShortcuts::tr("Text Editing") + QStringLiteral("/Copy/") +
                             QKeySequence(QKeySequence::Copy).toString(QKeySequence::NativeText);
        QVERIFY(std::any_of(rows.begin(), rows.end(), [&](const QString &r) { return r.startsWith(copy); }));
    }

    void aNewPanelsActionIsListedWithoutTouchingTheDialog() {
        MainWindow window;
        auto *part = new KeyPart;
        window.addPart(part, Qt::RightDockWidgetArea);
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(visibleRows(*dialog).contains(QStringLiteral("View/Frobnicate Paragraph/") +
                                              part->action()->shortcut().toString(QKeySequence::NativeText)));
        // Its tooltip names the key too.
        QVERIFY(part->action()->toolTip().contains(
            part->action()->shortcut().toString(QKeySequence::NativeText)));
    }

    void filterMatchesNamesKeysAndMenus() {
        MainWindow window;
        ShortcutsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        const int all = visibleRows(*dialog).size();
        dialog->filterField()->setText(QStringLiteral("bold"));
        QCOMPARE(visibleRows(*dialog).size(), 1);
        QVERIFY(visibleRows(*dialog).first().startsWith(QStringLiteral("Edit/Bold/")));
        dialog->filterField()->setText(QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText));
        const QStringList byKey = visibleRows(*dialog);
        QVERIFY(!byKey.isEmpty());
        for (const QString &row : byKey)
            QVERIFY2(row.contains(QStringLiteral("Ctrl+K"), Qt::CaseInsensitive), qPrintable(row));
        dialog->filterField()->setText(QStringLiteral("file"));
        QVERIFY(visibleRows(*dialog).contains(
            QStringLiteral("File/Open/") +
            QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
        dialog->filterField()->clear();
        QCOMPARE(visibleRows(*dialog).size(), all);
    }

    void noTwoActionsShareAShortcut() {
        MainWindow window;
        QHash<QKeySequence, QAction *> owners;
        QStringList clashes;
        for (QAction *action : actionsWithShortcuts(window)) {
            for (const QKeySequence &key : action->shortcuts()) {
                if (QAction *other = owners.value(key))
                    clashes.append(key.toString() + QStringLiteral(": ") + other->text() +
                                   QStringLiteral(" / ") + action->text());
                else
                    owners.insert(key, action);
            }
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
    }

    void everyTooltipNamesItsShortcutOnce() {
        MainWindow window;
        for (QAction *action : actionsWithShortcuts(window)) {
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const QString tip = action->toolTip();
            QVERIFY2(tip.count(keys) == 1, qPrintable(tip + QStringLiteral(" — ") + keys));
            QVERIFY2(!tip.contains(QLatin1Char('&')), qPrintable(tip));
        }
    }

    void tooltipFollowsChanges() {
        QAction action(QStringLiteral("&Save As\u2026"));
        action.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
        ShortcutToolTips::cover(&action);
        const QString j = QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText);
        const QString k = QKeySequence(Qt::CTRL | Qt::Key_K).toString(QKeySequence::NativeText);
        QCOMPARE(action.toolTip(), QStringLiteral("Save As (%1)").arg(j));
        action.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
        QCOMPARE(action.toolTip(), QStringLiteral("Save As (%1)").arg(k));
        action.setText(QStringLiteral("Save a &Copy"));
        QCOMPARE(action.toolTip(), QStringLiteral("Save a Copy (%1)").arg(k));
        action.setToolTip(QStringLiteral("Write it elsewhere"));
        QCOMPARE(action.toolTip(), QStringLiteral("Write it elsewhere (%1)").arg(k));
        action.setShortcut(QKeySequence());
        QCOMPARE(action.toolTip(), QStringLiteral("Write it elsewhere"));
    }

    void sunKeyboardKeysAreLeftOut() {
        const QKeySequence copy(Qt::CTRL | Qt::Key_C);
        const QKeySequence insert(Qt::CTRL | Qt::Key_Insert);
        QCOMPARE(WindowShortcuts::withoutSunKeys({copy, insert, QKeySequence(Qt::Key_F16)}),
                 QList<QKeySequence>({copy, insert}));
        QCOMPARE(WindowShortcuts::withoutSunKeys({QKeySequence(Qt::Key_F12)}),
                 QList<QKeySequence>({QKeySequence(Qt::Key_F12)}));
    }

    void tooltipNamingItsKeyAlreadyIsKeptAsItIs() {
        const QKeySequence key(Qt::CTRL | Qt::Key_P);
        const QString named = QStringLiteral("Open a post (%1)").arg(key.toString(QKeySequence::NativeText));
        QCOMPARE(ShortcutToolTips::withShortcut(named, key), named);
        QCOMPARE(ShortcutToolTips::withShortcut(QString(), key), QString());
        QCOMPARE(ShortcutToolTips::withShortcut(QStringLiteral("Open"), QKeySequence()),
                 QStringLiteral("Open"));
    }
};

PREVIEW_TEST_MAIN(TestShortcutsDialog)
#include "tst_shortcutsdialog.moc"
