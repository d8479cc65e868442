// Spell check in the editor (SpellCheckBinding): a misspelled word typed gets the spell-check underline, code
// and HTML do not, a suggestion from the context menu replaces the word as one undo step, and "Add to Site
// Word List" writes the site's shared list and clears the mark; the View menu's toggle turns it off and is
// remembered. Needs Debian's hunspell-en-us.

#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTextDocument>
#include <QTimer>
#include <QtTest>

#include "editor/markdowneditor.h"
#include "editor/spellcheckbinding.h"
#include "post/post.h"
#include "post/postdocument.h"
#include "spelling/wordlistfile.h"
#include "window/appsettings.h"
#include "window/mainwindow.h"

namespace {

// A generous bound so that a check that never comes fails the test instead of blocking it.
constexpr int kWaitMs = 30000;

QStringList markedWords(MarkdownEditor *editor) {
    QStringList out;
    const QString text = editor->document()->toPlainText();
    for (const TextMark &mark : editor->textMarks(TextMark::Layer::Spelling))
        out << text.mid(mark.position, mark.length);
    return out;
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QAction *actionNamed(const QList<QAction *> &actions, const QString &text) {
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}

}  // namespace

class TestSpellCheck : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;
    QString m_post;

    struct Editor {
        PostDocument document;
        MarkdownEditor editor;
        SpellCheckBinding *binding = new SpellCheckBinding(&editor, &editor);
    };

    std::unique_ptr<Editor> openEditor(const QByteArray &front = "---\nlang: en-US\n---\n") {
        auto e = std::make_unique<Editor>();
        e->binding->setPause(10);
        e->document.reset(Post::fromText(front), m_post);
        e->binding->setDocument(&e->document);
        e->editor.resize(600, 400);
        e->editor.show();
        if (!QTest::qWaitForWindowExposed(&e->editor))
            return nullptr;
        e->editor.setFocus();
        return e;
    }

    // Types `text` at the end and waits for the check after the pause.
    static void type(Editor &e, const QString &text) {
        QSignalSpy checked(e.binding, &SpellCheckBinding::marksUpdated);
        e.editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&e.editor, text);
        QVERIFY(checked.wait(kWaitMs));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_spellcheck"));
        QSettings().clear();
        QFile::remove(WordListFile::personalPath());
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(m_site + QStringLiteral("/_posts")));
        QFile config(m_site + QStringLiteral("/_config.yml"));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("title: Spelling\n");
        m_post = m_site + QStringLiteral("/_posts/2024-05-01-spelling.md");
    }

    void typedMisspellingIsUnderlined() {
        auto e = openEditor();
        QVERIFY(e);
        QCOMPARE(e->binding->language(), QStringLiteral("en-US"));
        QCOMPARE(e->binding->problem(), QString());
        type(*e, QStringLiteral("I wrote teh word "));
        QCOMPARE(markedWords(&e->editor), QStringList{QStringLiteral("teh")});
        // Drawn with the spell-check underline, as an extra selection over exactly the word.
        const QList<QTextEdit::ExtraSelection> selections = e->editor.extraSelections();
        QCOMPARE(selections.size(), 1);
        QCOMPARE(selections[0].format.underlineStyle(), QTextCharFormat::SpellCheckUnderline);
        QCOMPARE(selections[0].cursor.selectedText(), QStringLiteral("teh"));
        const int at = e->editor.textMarks(TextMark::Layer::Spelling).value(0).position + 1;
        QVERIFY2(e->editor.textMarkReasonAt(at).contains(QStringLiteral("right-click for suggestions")),
                 qPrintable(e->editor.textMarkReasonAt(at)));
    }

    void wordBeingTypedWaitsUntilTheCursorLeaves() {
        auto e = openEditor();
        QVERIFY(e);
        type(*e, QStringLiteral("a wrd"));
        QCOMPARE(markedWords(&e->editor), QStringList());
        type(*e, QStringLiteral(" "));
        QCOMPARE(markedWords(&e->editor), QStringList{QStringLiteral("wrd")});
    }

    void codeHtmlAndLiquidAreNotMarked_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("code span") << "see `teh` here ";
        QTest::newRow("fenced block") << "```\nteh qwrty\n```\n";
        QTest::newRow("html comment's inner line, known from the highlighter") << "<!--\nteh qwrty\n-->\n";
        QTest::newRow("liquid") << "{{ page.qwrty }} {% include teh.html %} ";
        QTest::newRow("link target") << "[the link](https://example.com/teh) ";
    }
    void codeHtmlAndLiquidAreNotMarked() {
        QFETCH(QString, text);
        auto e = openEditor();
        QVERIFY(e);
        e->editor.setPlainText(text + QStringLiteral("\nplain sentense\n"));
        e->binding->checkNow();
        QCOMPARE(markedWords(&e->editor), QStringList{QStringLiteral("sentense")});
    }

    // Only the blocks on screen (and a margin) are checked; scrolling checks the ones that come into view.
    void checksTheVisibleBlocksAndFollowsScrolling() {
        auto e = openEditor();
        QVERIFY(e);
        QStringList lines;
        for (int i = 0; i < 600; ++i)
            lines << QStringLiteral("line teh");
        e->editor.setPlainText(lines.join(u'\n'));
        e->binding->checkNow();
        const QVector<TextMark> top = e->editor.textMarks(TextMark::Layer::Spelling);
        QVERIFY(!top.isEmpty());
        QVERIFY2(top.size() < 100, qPrintable(QString::number(top.size())));
        const int lastLineStart = e->editor.document()->lastBlock().position();
        QVERIFY(top.last().position < lastLineStart);
        QSignalSpy checked(e->binding, &SpellCheckBinding::marksUpdated);
        e->editor.verticalScrollBar()->setValue(e->editor.verticalScrollBar()->maximum());
        QVERIFY(checked.wait(kWaitMs));
        const QVector<TextMark> bottom = e->editor.textMarks(TextMark::Layer::Spelling);
        QVERIFY(!bottom.isEmpty());
        QCOMPARE(bottom.last().position, lastLineStart + 5);
    }

    void suggestionReplacesTheWordAsOneUndoStep() {
        auto e = openEditor();
        QVERIFY(e);
        type(*e, QStringLiteral("I wrote teh word "));
        const TextMark mark = e->editor.textMarks(TextMark::Layer::Spelling).value(0);
        QMenu menu;
        const QList<QAction *> actions = e->binding->actionsAt(mark.position + 1, &menu);
        QVERIFY(actions.size() >= 4);
        QVERIFY(actions.size() <= 6 + 3);
        QCOMPARE(actions.first()->text(), QStringLiteral("the"));
        QVERIFY(actionNamed(actions, QStringLiteral("Add to Personal Dictionary")));
        QVERIFY(actionNamed(actions, QStringLiteral("Ignore")));
        QSignalSpy checked(e->binding, &SpellCheckBinding::marksUpdated);
        actions.first()->trigger();
        QCOMPARE(e->editor.toPlainText(), QStringLiteral("I wrote the word "));
        QVERIFY(checked.wait(kWaitMs));
        QCOMPARE(markedWords(&e->editor), QStringList());
        e->editor.undo();
        QCOMPARE(e->editor.toPlainText(), QStringLiteral("I wrote teh word "));
        // No spelling entries where no word is misspelled.
        QVERIFY(e->binding->actionsAt(0, &menu).isEmpty());
    }

    // A right click on the word: the real menu, the spelling entries above the editor's own.
    void rightClickMenuPutsSuggestionsFirst() {
        auto e = openEditor();
        QVERIFY(e);
        type(*e, QStringLiteral("I wrote teh word "));
        QTextCursor onWord(e->editor.document());
        onWord.setPosition(e->editor.textMarks(TextMark::Layer::Spelling).value(0).position + 1);
        const QPoint at = e->editor.cursorRect(onWord).center();
        QStringList shown;
        QTimer poll;
        connect(&poll, &QTimer::timeout, &poll, [&] {
            if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
                for (const QAction *action : popup->actions())
                    shown << action->text().remove(u'&');
                popup->close();
            }
        });
        poll.start(10);
        QContextMenuEvent click(QContextMenuEvent::Mouse, at, e->editor.viewport()->mapToGlobal(at));
        QApplication::sendEvent(e->editor.viewport(), &click);
        QVERIFY(!shown.isEmpty());
        QCOMPARE(shown.first(), QStringLiteral("the"));
        QVERIFY(shown.contains(QStringLiteral("Add to Site Word List")));
        QVERIFY2(shown.filter(QStringLiteral("Copy")).size() == 1, qPrintable(shown.join(u'|')));
    }

    void addToSiteWordListWritesTheSharedFile() {
        auto e = openEditor();
        QVERIFY(e);
        type(*e, QStringLiteral("Postwright checks spelling "));
        QCOMPARE(markedWords(&e->editor), QStringList{QStringLiteral("Postwright")});
        QMenu menu;
        const QList<QAction *> actions =
            e->binding->actionsAt(e->editor.textMarks(TextMark::Layer::Spelling).value(0).position, &menu);
        QAction *site = actionNamed(actions, QStringLiteral("Add to Site Word List"));
        QVERIFY(site);
        QVERIFY(site->isEnabled());
        site->trigger();
        QCOMPARE(readAll(m_site + QStringLiteral("/.postwright-words")), QByteArray("Postwright\n"));
        QCOMPARE(markedWords(&e->editor), QStringList());
        // Another post of the site reads the list.
        auto other = openEditor();
        QVERIFY(other);
        type(*other, QStringLiteral("Postwright again "));
        QCOMPARE(markedWords(&other->editor), QStringList());
    }

    void addToPersonalDictionaryAndIgnore() {
        auto e = openEditor();
        QVERIFY(e);
        type(*e, QStringLiteral("zorblax and frobnitz "));
        QCOMPARE(markedWords(&e->editor), (QStringList{"zorblax", "frobnitz"}));
        QMenu menu;
        const QVector<TextMark> marks = e->editor.textMarks(TextMark::Layer::Spelling);
        actionNamed(e->binding->actionsAt(marks[0].position, &menu),
                    QStringLiteral("Add to Personal Dictionary"))
            ->trigger();
        QCOMPARE(readAll(WordListFile::personalPath()), QByteArray("zorblax\n"));
        actionNamed(e->binding->actionsAt(marks[1].position, &menu), QStringLiteral("Ignore"))->trigger();
        QCOMPARE(markedWords(&e->editor), QStringList());
    }

    void languageWithoutDictionarySaysSo() {
        auto e = std::make_unique<Editor>();
        QSignalSpy messages(e->binding, &SpellCheckBinding::message);
        e->document.reset(Post::fromText("---\nlang: xx-YY\n---\nteh\n"), m_post);
        e->binding->setDocument(&e->document);
        QVERIFY(e->binding->problem().contains(QStringLiteral("xx_YY")));
        QCOMPARE(messages.size(), 1);
        QCOMPARE(markedWords(&e->editor), QStringList());
        // Said once, not again at every edit of the front matter.
        QVERIFY(e->document.setScalar(QStringLiteral("title"), QStringLiteral("Another")).ok());
        QCOMPARE(messages.size(), 1);
    }

    void windowToggleTurnsMarksOffAndIsRemembered() {
        MainWindow window;
        window.spelling()->setPause(10);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QAction *toggle = window.spelling()->action();
        QVERIFY(toggle->isChecked());
        bool inViewMenu = false;
        for (QAction *menu : window.menuBar()->actions()) {
            if (menu->text().remove(u'&') == QStringLiteral("View"))
                inViewMenu = menu->menu()->actions().contains(toggle);
        }
        QVERIFY(inViewMenu);
        MarkdownEditor *editor = window.editor();
        editor->setFocus();
        QSignalSpy checked(window.spelling(), &SpellCheckBinding::marksUpdated);
        QTest::keyClicks(editor, QStringLiteral("a mispelled word "));
        QVERIFY(checked.wait(kWaitMs));
        QCOMPARE(markedWords(editor), QStringList{QStringLiteral("mispelled")});
        toggle->trigger();
        QCOMPARE(markedWords(editor), QStringList());
        QCOMPARE(AppSettings::checkSpelling(), false);
        toggle->trigger();
        QCOMPARE(markedWords(editor), QStringList{QStringLiteral("mispelled")});
        QCOMPARE(AppSettings::checkSpelling(), true);
    }
};

QTEST_MAIN(TestSpellCheck)
#include "tst_spellcheck.moc"
