// MarkdownEditor driven through the keyboard: emphasis and link commands, list editing, undo steps, the
// UTF-8 body round trip, bodyEdited and the modified flag, line spacing and the centred text column.

#include "editor/markdowneditor.h"
#include "testpaths.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QFile>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

namespace {

void setSelection(MarkdownEditor &editor, int anchor, int position) {
    QTextCursor cursor = editor.textCursor();
    cursor.setPosition(anchor);
    cursor.setPosition(position, QTextCursor::KeepAnchor);
    editor.setTextCursor(cursor);
}

QString text(const MarkdownEditor &editor) {
    return QString::fromUtf8(editor.bodyUtf8());
}

}  // namespace

class TestMarkdownEditor : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void keyCommands_data();
    void keyCommands();
    void eachCommandIsOneUndoStep_data();
    void eachCommandIsOneUndoStep();
    void typingReplacesTheLinkPlaceholder();
    void actionsCarryTheirShortcuts();
    void bodyRoundTripsBytes_data();
    void bodyRoundTripsBytes();
    void adversarialBodiesRoundTrip_data();
    void adversarialBodiesRoundTrip();
    void setBodyResetsHistoryAndCursor();
    void bodyEditedFollowsUserEdits();
    void modifiedFlagFollowsTheUndoStack();
    void linesAreSpacedWithoutTouchingTheDocument();
    void longLinesWrapAtTheWidgetWidth();
    void textColumnIsCentredInWideWindows();
    void lineNavigation();

private:
    MarkdownEditor *m_editor = nullptr;
};

void TestMarkdownEditor::init() {
    m_editor = new MarkdownEditor;
    m_editor->resize(700, 400);
    m_editor->show();
    m_editor->activateWindow();
    m_editor->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor));
}

void TestMarkdownEditor::cleanup() {
    delete m_editor;
    m_editor = nullptr;
}

void TestMarkdownEditor::keyCommands_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("anchorAfter");
    QTest::addColumn<int>("positionAfter");

    const int ctrl = Qt::ControlModifier;
    const int none = Qt::NoModifier;
    const int shift = Qt::ShiftModifier;
    auto row = [](const char *name, const char *before, int anchor, int position, int key, int modifiers,
                  const char *after, int anchorAfter, int positionAfter) {
        QTest::newRow(name) << QString::fromUtf8(before) << anchor << position << key << modifiers
                            << QString::fromUtf8(after) << anchorAfter << positionAfter;
    };

    // Ctrl+B / Ctrl+I
    row("bold wraps the selection", "make this bold", 5, 9, Qt::Key_B, ctrl, "make **this** bold", 7, 11);
    row("italic wraps the selection", "make this bold", 5, 9, Qt::Key_I, ctrl, "make *this* bold", 6, 10);
    row("backwards selection", "make this bold", 9, 5, Qt::Key_B, ctrl, "make **this** bold", 7, 11);
    row("bold off, markers around the selection", "make **this** bold", 7, 11, Qt::Key_B, ctrl,
        "make this bold", 5, 9);
    row("bold off, markers inside the selection", "make **this** bold", 5, 13, Qt::Key_B, ctrl,
        "make this bold", 5, 9);
    row("italic off", "an *idea* here", 4, 8, Qt::Key_I, ctrl, "an idea here", 3, 7);
    row("italic on bold makes both", "**x**", 2, 3, Qt::Key_I, ctrl, "***x***", 3, 4);
    row("italic off keeps bold", "***x***", 3, 4, Qt::Key_I, ctrl, "**x**", 2, 3);
    row("bold off keeps italic", "***x***", 3, 4, Qt::Key_B, ctrl, "*x*", 1, 2);
    row("underscore strong counts as bold", "__x__", 0, 5, Qt::Key_B, ctrl, "x", 0, 1);
    row("underscore emphasis counts as italic", "_x_", 1, 2, Qt::Key_I, ctrl, "x", 0, 1);
    row("spaces stay outside the markers", "a word b", 1, 7, Qt::Key_B, ctrl, "a **word** b", 4, 8);
    row("non-ascii selection", "süß ok", 0, 3, Qt::Key_B, ctrl, "**süß** ok", 2, 5);
    row("bold without selection inserts a pair", "ab", 1, 1, Qt::Key_B, ctrl, "a****b", 3, 3);
    row("italic without selection inserts a pair", "ab", 1, 1, Qt::Key_I, ctrl, "a**b", 2, 2);
    row("bold on an empty pair removes it", "a****b", 3, 3, Qt::Key_B, ctrl, "ab", 1, 1);

    // Ctrl+K
    row("link from the selection, url selected", "see docs now", 4, 8, Qt::Key_K, ctrl, "see [docs](url) now",
        11, 14);
    row("link without selection", "ab", 1, 1, Qt::Key_K, ctrl, "a[]()b", 2, 2);
    row("link from a selected url", "go https://x.org", 3, 16, Qt::Key_K, ctrl, "go [](https://x.org)", 4, 4);

    // Enter in lists
    row("dash item continues", "- item", 6, 6, Qt::Key_Return, none, "- item\n- ", 9, 9);
    row("star item continues", "* item", 6, 6, Qt::Key_Return, none, "* item\n* ", 9, 9);
    row("plus item continues", "+ a", 3, 3, Qt::Key_Return, none, "+ a\n+ ", 6, 6);
    row("keypad enter continues too", "- a", 3, 3, Qt::Key_Enter, Qt::KeypadModifier, "- a\n- ", 6, 6);
    row("ordered item counts up", "1. first", 8, 8, Qt::Key_Return, none, "1. first\n2. ", 12, 12);
    row("paren ordered item counts up", "9) x", 4, 4, Qt::Key_Return, none, "9) x\n10) ", 9, 9);
    row("zero-padded numbers stay padded", "09. x", 5, 5, Qt::Key_Return, none, "09. x\n10. ", 10, 10);
    row("task item continues unchecked", "- [x] done", 10, 10, Qt::Key_Return, none, "- [x] done\n- [ ] ", 17,
        17);
    row("nested item keeps its indent", "  - sub", 7, 7, Qt::Key_Return, none, "  - sub\n  - ", 12, 12);
    row("wide marker spacing is kept", "1.  x", 5, 5, Qt::Key_Return, none, "1.  x\n2.  ", 10, 10);
    row("enter mid-item splits it", "- ab cd", 4, 4, Qt::Key_Return, none, "- ab\n- cd", 7, 7);
    row("empty item ends the list", "- a\n- ", 6, 6, Qt::Key_Return, none, "- a\n", 4, 4);
    row("empty ordered item ends the list", "1. a\n2. ", 8, 8, Qt::Key_Return, none, "1. a\n", 5, 5);
    row("empty task item ends the list", "- [ ] ", 6, 6, Qt::Key_Return, none, "", 0, 0);
    row("plain line gets a plain newline", "text", 4, 4, Qt::Key_Return, none, "text\n", 5, 5);
    row("cursor before the marker: plain newline", "- item", 0, 0, Qt::Key_Return, none, "\n- item", 1, 1);
    row("thematic break is not a list", "* * *", 5, 5, Qt::Key_Return, none, "* * *\n", 6, 6);
    row("bold line is not a list", "**b**", 5, 5, Qt::Key_Return, none, "**b**\n", 6, 6);
    row("no list continuation inside a fence", "```\n- a", 7, 7, Qt::Key_Return, none, "```\n- a\n", 8, 8);
    row("shift+enter: newline, no continuation", "- a", 3, 3, Qt::Key_Return, shift, "- a\n", 4, 4);

    // Tab / Shift+Tab
    row("tab indents an item under its sibling", "- a\n- b", 7, 7, Qt::Key_Tab, none, "- a\n  - b", 9, 9);
    row("tab indents from the middle of the text", "- a\n- bc", 7, 7, Qt::Key_Tab, none, "- a\n  - bc", 9, 9);
    row("tab on ordered item restarts numbering", "1. a\n2. b", 9, 9, Qt::Key_Tab, none, "1. a\n   1. b", 12,
        12);
    row("tab joins an existing sublist", "1. a\n   1. x\n2. b", 17, 17, Qt::Key_Tab, none,
        "1. a\n   1. x\n   2. b", 20, 20);
    row("shift+tab outdents to the parent", "- a\n  - b", 9, 9, Qt::Key_Backtab, shift, "- a\n- b", 7, 7);
    row("shift+tab continues the parent numbering", "1. a\n   1. b", 12, 12, Qt::Key_Backtab, shift,
        "1. a\n2. b", 9, 9);
    row("shift+tab at the left edge does nothing", "- a", 3, 3, Qt::Key_Backtab, shift, "- a", 3, 3);
    row("tab indents every selected item", "- a\n- b\n- c", 5, 11, Qt::Key_Tab, none, "- a\n  - b\n  - c", 7,
        15);
    row("tab on plain text inserts a tab", "ab", 2, 2, Qt::Key_Tab, none, "ab\t", 3, 3);
}

void TestMarkdownEditor::keyCommands() {
    QFETCH(QString, before);
    QFETCH(int, anchor);
    QFETCH(int, position);
    QFETCH(int, key);
    QFETCH(int, modifiers);
    QFETCH(QString, after);
    QFETCH(int, anchorAfter);
    QFETCH(int, positionAfter);

    m_editor->setBodyUtf8(before.toUtf8());
    setSelection(*m_editor, anchor, position);
    QTest::keyClick(m_editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));

    QCOMPARE(text(*m_editor), after);
    QCOMPARE(m_editor->textCursor().anchor(), anchorAfter);
    QCOMPARE(m_editor->textCursor().position(), positionAfter);
}

void TestMarkdownEditor::eachCommandIsOneUndoStep_data() {
    QTest::addColumn<QString>("before");
    QTest::addColumn<int>("anchor");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("key");
    QTest::addColumn<int>("modifiers");

    QTest::newRow("bold") << QStringLiteral("make this bold") << 5 << 9 << int(Qt::Key_B)
                          << int(Qt::ControlModifier);
    QTest::newRow("bold off") << QStringLiteral("a **b** c") << 4 << 5 << int(Qt::Key_B)
                              << int(Qt::ControlModifier);
    QTest::newRow("italic") << QStringLiteral("make this") << 5 << 9 << int(Qt::Key_I)
                            << int(Qt::ControlModifier);
    QTest::newRow("link") << QStringLiteral("see docs") << 4 << 8 << int(Qt::Key_K)
                          << int(Qt::ControlModifier);
    QTest::newRow("list continuation")
        << QStringLiteral("1. a  b") << 4 << 4 << int(Qt::Key_Return) << int(Qt::NoModifier);
    QTest::newRow("list end") << QStringLiteral("- a\n- ") << 6 << 6 << int(Qt::Key_Return)
                              << int(Qt::NoModifier);
    QTest::newRow("indent of several items")
        << QStringLiteral("1. a\n2. b\n3. c") << 6 << 14 << int(Qt::Key_Tab) << int(Qt::NoModifier);
}

void TestMarkdownEditor::eachCommandIsOneUndoStep() {
    QFETCH(QString, before);
    QFETCH(int, anchor);
    QFETCH(int, position);
    QFETCH(int, key);
    QFETCH(int, modifiers);

    m_editor->setBodyUtf8(before.toUtf8());
    setSelection(*m_editor, anchor, position);
    QTest::keyClick(m_editor, Qt::Key(key), Qt::KeyboardModifiers(modifiers));
    const QString changed = text(*m_editor);
    QVERIFY(changed != before);

    m_editor->undo();
    QCOMPARE(text(*m_editor), before);
    QVERIFY(!m_editor->document()->isUndoAvailable());
    m_editor->redo();
    QCOMPARE(text(*m_editor), changed);
}

void TestMarkdownEditor::typingReplacesTheLinkPlaceholder() {
    m_editor->setBodyUtf8("read the docs");
    setSelection(*m_editor, 9, 13);
    QTest::keyClick(m_editor, Qt::Key_K, Qt::ControlModifier);
    QTest::keyClicks(m_editor, QStringLiteral("https://e.org"));
    QCOMPARE(text(*m_editor), QStringLiteral("read the [docs](https://e.org)"));
}

// The window puts these in its Edit menu; triggering them from there must act on the editor.
void TestMarkdownEditor::actionsCarryTheirShortcuts() {
    QCOMPARE(m_editor->boldAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QCOMPARE(m_editor->italicAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(m_editor->linkAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_K));

    m_editor->setBodyUtf8("one two");
    setSelection(*m_editor, 0, 3);
    m_editor->boldAction()->trigger();
    QCOMPARE(text(*m_editor), QStringLiteral("**one** two"));
    m_editor->italicAction()->trigger();
    QCOMPARE(text(*m_editor), QStringLiteral("***one*** two"));
    setSelection(*m_editor, 10, 13);
    m_editor->linkAction()->trigger();
    QCOMPARE(text(*m_editor), QStringLiteral("***one*** [two](url)"));
}

void TestMarkdownEditor::bodyRoundTripsBytes_data() {
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");

    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("one line, no final newline") << QByteArray("text") << QByteArray("text");
    QTest::newRow("final newline kept") << QByteArray("a\nb\n") << QByteArray("a\nb\n");
    QTest::newRow("blank lines kept") << QByteArray("\n\na\n\n\n") << QByteArray("\n\na\n\n\n");
    QTest::newRow("tabs and trailing spaces") << QByteArray("\tx  \n  y\t\n") << QByteArray("\tx  \n  y\t\n");
    QTest::newRow("non-ascii") << QByteArray("Grüße, 日本語, emoji 🎉\n")
                               << QByteArray("Grüße, 日本語, emoji 🎉\n");
    const QByteArray nbsp = QStringLiteral(u"a\u00a0b\n").toUtf8();
    QTest::newRow("non-breaking space kept") << nbsp << nbsp;
    const QByteArray lineSeparator = QStringLiteral(u"a\u2028b").toUtf8();
    QTest::newRow("U+2028 kept") << lineSeparator << lineSeparator;
    QTest::newRow("right-to-left text") << QByteArray("שלום *עולם*\n") << QByteArray("שלום *עולם*\n");
    QTest::newRow("CRLF becomes LF") << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n");
    QTest::newRow("lone CR becomes LF") << QByteArray("a\rb") << QByteArray("a\nb");
}

void TestMarkdownEditor::bodyRoundTripsBytes() {
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    m_editor->setBodyUtf8(in);
    QCOMPARE(m_editor->bodyUtf8(), out);
}

void TestMarkdownEditor::adversarialBodiesRoundTrip_data() {
    QTest::addColumn<QString>("file");
    QTest::newRow("1 MB single line") << QStringLiteral("long-line.md");
    QTest::newRow("emphasis bomb") << QStringLiteral("emphasis-bomb.md");
    QTest::newRow("huge table") << QStringLiteral("huge-table.md");
    QTest::newRow("deep nesting") << QStringLiteral("deep-nesting.md");
}

void TestMarkdownEditor::adversarialBodiesRoundTrip() {
    QFETCH(QString, file);
    REQUIRE_SHARED_DIR("/adversarial/files");
    QFile in(TestPaths::adversarialFiles() + u'/' + file);
    QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
    const QByteArray bytes = in.readAll();
    QVERIFY(!bytes.contains('\r'));
    m_editor->setBodyUtf8(bytes);
    QCOMPARE(m_editor->bodyUtf8(), bytes);

    // An edit at the end of the document still works and is reported.
    QSignalSpy edited(m_editor, &MarkdownEditor::bodyEdited);
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral("x"));
    QCOMPARE(edited.count(), 1);
    QCOMPARE(m_editor->bodyUtf8(), bytes + "x");
}

void TestMarkdownEditor::setBodyResetsHistoryAndCursor() {
    QSignalSpy edited(m_editor, &MarkdownEditor::bodyEdited);
    m_editor->setBodyUtf8("first");
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral(" edit"));
    QVERIFY(m_editor->document()->isModified());
    QVERIFY(m_editor->document()->isUndoAvailable());
    edited.clear();

    m_editor->setBodyUtf8("second body\nline two");
    QCOMPARE(edited.count(), 0);
    QVERIFY(!m_editor->document()->isModified());
    QVERIFY(!m_editor->document()->isUndoAvailable());
    QVERIFY(!m_editor->document()->isRedoAvailable());
    QCOMPARE(m_editor->textCursor().position(), 0);
    QVERIFY(!m_editor->textCursor().hasSelection());
}

void TestMarkdownEditor::bodyEditedFollowsUserEdits() {
    QSignalSpy edited(m_editor, &MarkdownEditor::bodyEdited);
    m_editor->setBodyUtf8("word");
    QCOMPARE(edited.count(), 0);

    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral("abc"));
    QCOMPARE(edited.count(), 3);

    setSelection(*m_editor, 0, 4);
    QTest::keyClick(m_editor, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(edited.count() > 3);

    edited.clear();
    m_editor->undo();
    QVERIFY(edited.count() > 0);

    // Moving the cursor or selecting is not an edit.
    edited.clear();
    QTest::keyClick(m_editor, Qt::Key_Left);
    setSelection(*m_editor, 0, 2);
    QCOMPARE(edited.count(), 0);
}

void TestMarkdownEditor::modifiedFlagFollowsTheUndoStack() {
    m_editor->setBodyUtf8("text");
    QVERIFY(!m_editor->document()->isModified());
    m_editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(m_editor, QStringLiteral("!"));
    QVERIFY(m_editor->document()->isModified());
    m_editor->undo();
    QVERIFY(!m_editor->document()->isModified());
    m_editor->redo();
    QVERIFY(m_editor->document()->isModified());
    // The window clears the flag after saving.
    m_editor->document()->setModified(false);
    QVERIFY(!m_editor->document()->isModified());
}

void TestMarkdownEditor::linesAreSpacedWithoutTouchingTheDocument() {
    m_editor->setBodyUtf8(QByteArray("first\n") + QByteArray("word ").repeated(200) + "\nlast");
    QCoreApplication::processEvents();
    QAbstractTextDocumentLayout *layout = m_editor->document()->documentLayout();
    const qreal fontLine = QFontMetricsF(m_editor->font()).height();

    const QTextBlock first = m_editor->document()->firstBlock();
    const QRectF firstRect = layout->blockBoundingRect(first);
    QVERIFY2(
        firstRect.height() >= 1.3 * fontLine,
        qPrintable(QStringLiteral("line box %1 px for a %2 px font").arg(firstRect.height()).arg(fontLine)));

    // Inside a wrapped paragraph the same pitch applies between its lines.
    const QTextBlock wrapped = first.next();
    layout->blockBoundingRect(wrapped);
    QTextLayout *lines = wrapped.layout();
    QVERIFY(lines->lineCount() >= 3);
    for (int i = 1; i < lines->lineCount(); ++i) {
        const qreal pitch = lines->lineAt(i).y() - lines->lineAt(i - 1).y();
        QVERIFY2(pitch >= 1.3 * fontLine,
                 qPrintable(QStringLiteral("pitch %1 at line %2").arg(pitch).arg(i)));
    }
    QVERIFY(!m_editor->document()->isModified());
    QVERIFY(!m_editor->document()->isUndoAvailable());
}

void TestMarkdownEditor::longLinesWrapAtTheWidgetWidth() {
    m_editor->setBodyUtf8(QByteArray("word ").repeated(100) + QByteArray(300, 'x'));
    QCoreApplication::processEvents();
    const QTextBlock block = m_editor->document()->firstBlock();
    m_editor->document()->documentLayout()->blockBoundingRect(block);
    QVERIFY(block.layout()->lineCount() > 4);
    for (int i = 0; i < block.layout()->lineCount(); ++i)
        QVERIFY(block.layout()->lineAt(i).naturalTextWidth() <= m_editor->viewport()->width());
    QCOMPARE(m_editor->horizontalScrollBar()->maximum(), 0);
}

void TestMarkdownEditor::textColumnIsCentredInWideWindows() {
    const qreal columnWidth = QFontMetricsF(m_editor->font()).horizontalAdvance(QLatin1Char('m')) * 80;

    m_editor->resize(2400, 400);
    QCoreApplication::processEvents();
    const QRect wide = m_editor->viewport()->geometry();
    QVERIFY2(wide.width() < columnWidth * 1.2, qPrintable(QString::number(wide.width())));
    QVERIFY(wide.width() >= columnWidth);
    const int left = wide.left();
    const int right =
        m_editor->contentsRect().right() - wide.right() -
        (m_editor->verticalScrollBar()->isVisible() ? m_editor->verticalScrollBar()->width() : 0);
    QVERIFY2(qAbs(left - right) <= 2, qPrintable(QStringLiteral("%1 vs %2").arg(left).arg(right)));

    m_editor->resize(300, 400);
    QCoreApplication::processEvents();
    QCOMPARE(m_editor->viewport()->geometry().left(), m_editor->contentsRect().left());

    m_editor->setMaxTextColumns(40);
    m_editor->resize(2400, 400);
    QCoreApplication::processEvents();
    QVERIFY(m_editor->viewport()->width() < columnWidth * 0.6);
}

void TestMarkdownEditor::lineNavigation() {
    m_editor->setBodyUtf8("one\ntwo\nthree\n");
    QCOMPARE(m_editor->currentSourceLine(), 1);
    m_editor->goToLine(3);
    QCOMPARE(m_editor->currentSourceLine(), 3);
    QCOMPARE(m_editor->textCursor().positionInBlock(), 0);
    m_editor->goToLine(99);
    QCOMPARE(m_editor->currentSourceLine(), 4);
    m_editor->goToLine(0);
    QCOMPARE(m_editor->currentSourceLine(), 1);

    QByteArray many;
    for (int i = 1; i <= 500; ++i)
        many += "line " + QByteArray::number(i) + '\n';
    m_editor->setBodyUtf8(many);
    QCOMPARE(m_editor->firstVisibleSourceLine(), 1);
    m_editor->goToLine(400);
    QCoreApplication::processEvents();
    QCOMPARE(m_editor->currentSourceLine(), 400);
    QVERIFY(m_editor->firstVisibleSourceLine() > 300);
    QVERIFY(m_editor->firstVisibleSourceLine() < 400);
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
