// Find and replace in the body through the real window: Ctrl+F opens the bar with the selection, matches are
// counted and highlighted, F3 / Shift+F3 move between them, Escape closes and returns to the editor; Ctrl+H
// replaces one match or all of them as one undo step, with \1 captures; an invalid expression says why.

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/editorsearch.h"
#include "editor/findbar.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

const QByteArray kBody = "The cat sat.\nA concat of Cat and cat.\nmail: ann@example\n";

struct OpenWindow {
    MainWindow window;
    bool open(const QString &path, const QByteArray &body = kBody) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.write("---\ntitle: Find\n---\n" + body);
        file.close();
        if (!window.fileActions()->open(path).ok())
            return false;
        window.show();
        window.activateWindow();
        return QTest::qWaitForWindowActive(&window);
    }
    MarkdownEditor *editor() { return window.editor(); }
    FindBar *bar() { return window.findBar(); }
    QString text() { return QString::fromUtf8(editor()->bodyUtf8()); }
    QString selected() { return editor()->textCursor().selectedText(); }
};

}  // namespace

class TestFindBar : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString nextPath() { return m_dir.filePath(QStringLiteral("2024-05-0%1-find.md").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_findbar"));
        QVERIFY(m_dir.isValid());
    }

    void ctrlFFindsCountsAndMoves() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.editor()->setFocus();
        QVERIFY(w.bar()->isHidden());
        QTest::keySequence(w.editor(), QKeySequence(QKeySequence::Find));
        QVERIFY(w.bar()->isVisible());
        QVERIFY(!w.bar()->isReplacing());
        QVERIFY(w.bar()->findField()->hasFocus());

        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(1).arg(4));
        QCOMPARE(w.editor()->textCursor().selectionStart(), 4);
        // Every match on screen is highlighted.
        QCOMPARE(w.editor()->decorations(MarkdownEditor::Decoration::Search).size(), 4);

        QTest::keySequence(w.bar()->findField(), QKeySequence(QKeySequence::FindNext));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(2).arg(4));
        QCOMPARE(w.editor()->textCursor().selectionStart(), 18);  // inside "concat"
        QTest::keySequence(w.bar()->findField(), QKeySequence(QKeySequence::FindPrevious));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(1).arg(4));
        QTest::keySequence(w.bar()->findField(), QKeySequence(QKeySequence::FindPrevious));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(4).arg(4));  // wraps around

        QTest::keyClick(w.bar()->findField(), Qt::Key_Escape);
        QVERIFY(w.bar()->isHidden());
        QVERIFY(w.editor()->hasFocus());
        QVERIFY(w.editor()->decorations(MarkdownEditor::Decoration::Search).isEmpty());
        QCOMPARE(w.selected(), QStringLiteral("cat"));  // the last match found stays selected
    }

    void optionsNarrowTheMatches_data() {
        QTest::addColumn<bool>("matchCase");
        QTest::addColumn<bool>("wholeWord");
        QTest::addColumn<int>("count");
        QTest::newRow("neither") << false << false << 4;
        QTest::newRow("match case drops Cat") << true << false << 3;
        QTest::newRow("whole words drop concat") << false << true << 3;
        QTest::newRow("both") << true << true << 2;
    }
    void optionsNarrowTheMatches() {
        QFETCH(bool, matchCase);
        QFETCH(bool, wholeWord);
        QFETCH(int, count);
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->findAction()->trigger();
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        w.bar()->matchCaseBox()->setChecked(matchCase);
        w.bar()->wholeWordBox()->setChecked(wholeWord);
        QCOMPARE(w.bar()->search()->matchCount(), count);
    }

    void selectionFillsTheSearch() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        QTextCursor cursor = w.editor()->textCursor();
        cursor.setPosition(8);
        cursor.setPosition(11, QTextCursor::KeepAnchor);
        w.editor()->setTextCursor(cursor);
        w.editor()->setFocus();
        QTest::keySequence(w.editor(), QKeySequence(QKeySequence::Find));
        QCOMPARE(w.bar()->findField()->text(), QStringLiteral("sat"));
        QCOMPARE(w.bar()->findField()->selectedText(), QStringLiteral("sat"));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(1).arg(1));
    }

    void invalidExpressionShowsItsError() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->findAction()->trigger();
        w.bar()->regularExpressionBox()->setChecked(true);
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("ca(t"));
        QVERIFY2(w.bar()->statusText().contains(QStringLiteral("parenthesis")),
                 qPrintable(w.bar()->statusText()));
        QCOMPARE(w.bar()->search()->matchCount(), 0);
        QVERIFY(!w.bar()->replaceAllButton()->isEnabled());
        QTest::keyClick(w.bar()->findField(),
                        Qt::Key_Return);  // finding with a broken expression does nothing
        QCOMPARE(w.text(), QString::fromUtf8(kBody));
    }

    void replaceAllIsOneUndoStep() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.editor()->setFocus();
        QTest::keySequence(w.editor(), QKeySequence(QKeySequence::Replace));
        QVERIFY(w.bar()->isReplacing());
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        w.bar()->wholeWordBox()->setChecked(true);
        QTest::keyClicks(w.bar()->replaceField(), QStringLiteral("dog"));
        QTest::mouseClick(w.bar()->replaceAllButton(), Qt::LeftButton);
        QCOMPARE(w.text(), QStringLiteral("The dog sat.\nA concat of dog and dog.\nmail: ann@example\n"));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%n replaced", nullptr, 3));
        // The document (what is saved and previewed) has the edit too.
        QVERIFY(w.window.document()->bodyLf().contains("of dog and dog"));

        w.editor()->setFocus();
        QTest::keySequence(w.editor(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(w.text(), QString::fromUtf8(kBody));
        QCOMPARE(w.window.document()->bodyLf(), kBody);
    }

    void replaceOneThenTheNext() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->replaceAction()->trigger();
        w.bar()->matchCaseBox()->setChecked(true);
        w.bar()->wholeWordBox()->setChecked(true);
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(1).arg(2));
        QTest::keyClicks(w.bar()->replaceField(), QStringLiteral("owl"));
        QTest::mouseClick(w.bar()->replaceButton(), Qt::LeftButton);
        QVERIFY(w.text().startsWith(QStringLiteral("The owl sat.")));
        // The remaining match is selected, ready for the next Replace.
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(1).arg(1));
        QCOMPARE(w.selected(), QStringLiteral("cat"));
        QTest::keyClick(w.bar()->replaceField(), Qt::Key_Return);
        QCOMPARE(w.text(), QStringLiteral("The owl sat.\nA concat of Cat and owl.\nmail: ann@example\n"));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("No matches"));
    }

    void expressionReplacementUsesGroups() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->replaceAction()->trigger();
        w.bar()->regularExpressionBox()->setChecked(true);
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("(\\w+)@(\\w+)"));
        QTest::keyClicks(w.bar()->replaceField(), QStringLiteral("\\1 at \\2"));
        QTest::mouseClick(w.bar()->replaceAllButton(), Qt::LeftButton);
        QVERIFY2(w.text().endsWith(QStringLiteral("mail: ann at example\n")), qPrintable(w.text()));
    }

    void highlightsStayOnTheMatchesWhileTyping() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->findAction()->trigger();
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        w.editor()->setFocus();
        w.editor()->moveCursor(QTextCursor::Start);
        QTest::keyClicks(w.editor(), QStringLiteral("xx"));
        QCoreApplication::processEvents();  // what the editor does between keys, before the search runs again
        const QList<QTextEdit::ExtraSelection> shown =
            w.editor()->decorations(MarkdownEditor::Decoration::Search);
        QCOMPARE(shown.size(), 4);
        for (const QTextEdit::ExtraSelection &selection : shown)
            QCOMPARE(selection.cursor.selectedText().toLower(), QStringLiteral("cat"));
    }

    void onlyMatchesOnScreenAreHighlighted() {
        QByteArray body;
        for (int i = 1; i <= 2000; ++i)
            body += "cat " + QByteArray::number(i) + "\n";
        OpenWindow w;
        QVERIFY(w.open(nextPath(), body));
        w.bar()->findAction()->trigger();
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        QCOMPARE(w.bar()->search()->matchCount(), 2000);
        const auto highlighted = [&w] {
            QList<int> starts;
            for (const QTextEdit::ExtraSelection &s :
                 w.editor()->decorations(MarkdownEditor::Decoration::Search))
                starts << s.cursor.selectionStart();
            return starts;
        };
        QVERIFY(!highlighted().isEmpty());
        QVERIFY2(highlighted().size() < 200, qPrintable(QString::number(highlighted().size())));
        QCOMPARE(highlighted().first(), 0);
        // Going to the last match scrolls there, and the highlights follow.
        QTest::keySequence(w.bar()->findField(), QKeySequence(QKeySequence::FindPrevious));
        QCOMPARE(w.bar()->statusText(), FindBar::tr("%1 of %2").arg(2000).arg(2000));
        const int last = w.bar()->search()->matches().last().position;
        QTRY_VERIFY(highlighted().contains(last));
        QVERIFY(!highlighted().contains(0));
    }

    void countFollowsEdits() {
        OpenWindow w;
        QVERIFY(w.open(nextPath()));
        w.bar()->findAction()->trigger();
        QTest::keyClicks(w.bar()->findField(), QStringLiteral("cat"));
        QCOMPARE(w.bar()->search()->matchCount(), 4);
        w.editor()->setFocus();
        w.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(w.editor(), QStringLiteral("cat"));
        // Found again once typing pauses, not on the key itself.
        QCOMPARE(w.bar()->search()->matchCount(), 4);
        QTRY_COMPARE(w.bar()->search()->matchCount(), 5);
        QTRY_COMPARE(w.bar()->statusText(), FindBar::tr("%n match(es)", nullptr, 5));
    }
};

PREVIEW_TEST_MAIN(TestFindBar)
#include "tst_findbar.moc"
