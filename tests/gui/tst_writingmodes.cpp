// View > Focus Mode (everything but the cursor's paragraph dimmed) and View > Typewriter Scrolling (the
// cursor's line kept at the editor's middle) in the real window, each remembered in the settings.

#include <QMenuBar>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>

#include "editor/focusmode.h"
#include "editor/markdowneditor.h"
#include "editor/typewriterscrolling.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

bool inViewMenu(MainWindow &window, QAction *action) {
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->menu() && menu->text() == MainWindow::tr("&View"))
            return menu->menu()->actions().contains(action);
    }
    return false;
}

QString openPost(MainWindow &window, const QString &path, const QByteArray &body) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write");
    file.write("---\ntitle: Modes\n---\n" + body);
    file.close();
    const Status opened = window.fileActions()->open(path);
    return opened ? QString() : opened.error();
}

// The stretches the focus mode dims, as [start, end) pairs.
QVector<QPair<int, int>> dimmed(MarkdownEditor *editor) {
    QVector<QPair<int, int>> out;
    for (const QTextEdit::ExtraSelection &s : editor->decorations(MarkdownEditor::Decoration::Focus))
        out.append({s.cursor.selectionStart(), s.cursor.selectionEnd()});
    return out;
}

}  // namespace

class TestWritingModes : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_writingmodes"));
        QVERIFY(m_dir.isValid());
    }

    void focusModeDimsAllButTheParagraph() {
        AppSettings::setFocusMode(false);
        MainWindow window;
        // Paragraphs: "one\ntwo" (0-7), "three" (9-14), "four" (16-20).
        const QString error = openPost(window, m_dir.filePath(QStringLiteral("2024-08-01-focus.md")),
                                       "one\ntwo\n\nthree\n\nfour\n");
        QVERIFY2(error.isEmpty(), qPrintable(error));
        MarkdownEditor *editor = window.editor();
        QAction *toggle = window.focusMode()->action();
        QVERIFY(inViewMenu(window, toggle));
        QVERIFY(dimmed(editor).isEmpty());

        QTextCursor cursor = editor->textCursor();
        cursor.setPosition(5);  // in "two"
        editor->setTextCursor(cursor);
        toggle->trigger();
        QVERIFY(AppSettings::focusMode());
        const int end = editor->document()->characterCount() - 1;
        QCOMPARE(dimmed(editor), (QVector<QPair<int, int>>{{7, end}}));  // nothing before the first paragraph

        cursor.setPosition(11);  // in "three"
        editor->setTextCursor(cursor);
        QCOMPARE(dimmed(editor), (QVector<QPair<int, int>>{{0, 9}, {14, end}}));

        toggle->trigger();
        QVERIFY(!AppSettings::focusMode());
        QVERIFY(dimmed(editor).isEmpty());
    }

    void focusModeIsRemembered() {
        AppSettings::setFocusMode(true);
        MainWindow window;
        QVERIFY(window.focusMode()->action()->isChecked());
        QVERIFY(window.focusMode()->isEnabled());
        AppSettings::setFocusMode(false);
    }

    void typewriterKeepsTheCursorLineInTheMiddle() {
        AppSettings::setTypewriterScrolling(false);
        MainWindow window;
        QByteArray body;
        for (int i = 1; i <= 300; ++i)
            body += "line " + QByteArray::number(i) + "\n";
        const QString error =
            openPost(window, m_dir.filePath(QStringLiteral("2024-08-02-typewriter.md")), body);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MarkdownEditor *editor = window.editor();
        QAction *toggle = window.typewriterScrolling()->action();
        QVERIFY(inViewMenu(window, toggle));

        toggle->trigger();
        QVERIFY(AppSettings::typewriterScrolling());
        const auto middleOff = [editor] {
            return std::abs(editor->cursorRect().center().y() - editor->viewport()->height() / 2);
        };
        const int lineHeight = editor->cursorRect().height();
        for (int line : {150, 40, 299}) {  // the last lines too
            editor->goToLine(1);
            editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(line - 1)));
            QVERIFY2(middleOff() <= lineHeight, qPrintable(QString::number(middleOff())));
        }
        // Typing on keeps it there.
        editor->setFocus();
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY(middleOff() <= lineHeight);

        toggle->trigger();
        QVERIFY(!AppSettings::typewriterScrolling());
        editor->setTextCursor(QTextCursor(editor->document()->findBlockByNumber(0)));
        QCOMPARE(editor->verticalScrollBar()->value(), 0);  // an ordinary editor again: line 1 at the top
    }
};

PREVIEW_TEST_MAIN(TestWritingModes)
#include "tst_writingmodes.moc"
