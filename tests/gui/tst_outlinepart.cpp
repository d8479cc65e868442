// The Outline panel in the real window: the body's headings as a tree, a click puts the editor's cursor on
// the heading and focuses the editor, the heading whose section holds the cursor is the current item as the
// cursor moves, and the tree follows edits once typing pauses.

#include <QDockWidget>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

#include "editor/markdowneditor.h"
#include "editor/outlinepart.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

const QByteArray kPost =
    "---\ntitle: Outline\n# not a heading: a YAML comment\n---\n"
    "Intro\n"             // 1
    "\n"                  // 2
    "# Start\n"           // 3
    "\n"                  // 4
    "## Details\n"        // 5
    "text\n"              // 6
    "```\n# code\n```\n"  // 7-9
    "Closing words\n"     // 10
    "-------------\n"     // 11
    "last line\n";        // 12

QString treeText(QTreeWidget *tree) {
    QStringList out;
    std::function<void(QTreeWidgetItem *, int)> walk = [&](QTreeWidgetItem *item, int depth) {
        out << QString(depth * 2, QLatin1Char(' ')) + item->text(0);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i), depth + 1);
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i), 0);
    return out.join(QLatin1Char('\n'));
}

void putCursorOnLine(MarkdownEditor *editor, int line) {
    editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(line - 1)));
}

}  // namespace

class TestOutlinePart : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_outlinepart"));
        QVERIFY(m_dir.isValid());
    }

    void listsClicksAndFollows() {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("2024-06-01-outline.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPost);
        file.close();
        QVERIFY(window.fileActions()->open(path).ok());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        OutlinePart *outline = window.outlinePart();
        QTreeWidget *tree = outline->tree();
        QVERIFY(tree->isVisible());
        QCOMPARE(treeText(tree), QStringLiteral("Start\n  Details\n  Closing words"));
        auto *dock = qobject_cast<QDockWidget *>(tree->parentWidget());
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), OutlinePart::tr("Outline"));

        // Above the first heading nothing is current.
        QCOMPARE(tree->currentItem(), nullptr);

        // A click on "Closing words" puts the cursor on its line and the focus in the editor.
        QTreeWidgetItem *closing = outline->itemAt(2);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualItemRect(closing).center());
        QCOMPARE(window.editor()->currentSourceLine(), 10);
        QVERIFY(window.editor()->hasFocus());
        QCOMPARE(tree->currentItem(), closing);

        // Moving the cursor moves the current heading: inside the code block under "Details" is its section.
        putCursorOnLine(window.editor(), 8);
        QCOMPARE(tree->currentItem(), outline->itemAt(1));
        putCursorOnLine(window.editor(), 3);
        QCOMPARE(tree->currentItem(), outline->itemAt(0));
        putCursorOnLine(window.editor(), 1);
        QCOMPARE(tree->currentItem(), nullptr);
    }

    void followsEditsAfterAPause() {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("2024-06-02-outline.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kPost);
        file.close();
        QVERIFY(window.fileActions()->open(path).ok());
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(window.editor(), Qt::Key_Return);
        QTest::keyClicks(window.editor(), QStringLiteral("### Added"));
        QTreeWidget *tree = window.outlinePart()->tree();
        QTRY_COMPARE(treeText(tree), QStringLiteral("Start\n  Details\n  Closing words\n    Added"));
        // The cursor is in the new section.
        QCOMPARE(tree->currentItem(), window.outlinePart()->itemAt(3));
    }

    void viewMenuTogglesThePanel() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QDockWidget *dock = qobject_cast<QDockWidget *>(window.outlinePart()->tree()->parentWidget());
        QVERIFY(dock);
        QAction *toggle = dock->toggleViewAction();
        bool listed = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->menu() && menu->menu()->actions().contains(toggle))
                listed = true;
        }
        QVERIFY(listed);
        toggle->trigger();
        QVERIFY(dock->isHidden());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }
};

PREVIEW_TEST_MAIN(TestOutlinePart)
#include "tst_outlinepart.moc"
