// The editor feeds the document and the document feeds the editor (EditorBinding): typing changes the
// document's body, which every subscriber reads from the document; a loaded post or a body changed by anyone
// else shows in the editor; the editor's own edits are not written back into it (its undo history stays).

#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "editor/editorbinding.h"
#include "editor/markdowneditor.h"
#include "post/postdocument.h"

class TestEditorBinding : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingReachesEverySubscriberOfTheDocument() {
        MarkdownEditor editor;
        PostDocument document;
        EditorBinding binding(&editor, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\r\ntitle: T\r\n---\r\nBody\r\n"),
                       QStringLiteral("/nonexistent/p.md"));
        QCOMPARE(editor.bodyUtf8(), QByteArray("Body\n"));
        QCOMPARE(editor.textCursor().position(), 0);

        // Two later consumers (say, an outline and a word count) each see every keystroke.
        QList<QByteArray> outline, words;
        connect(&document, &PostDocument::bodyChanged, this, [&] { outline.append(document.bodyLf()); });
        connect(&document, &PostDocument::bodyChanged, this, [&] { words.append(document.bodyLf()); });
        editor.show();
        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("abc"));
        const QList<QByteArray> expected{"Body\na", "Body\nab", "Body\nabc"};
        QCOMPARE(outline, expected);
        QCOMPARE(words, expected);
        QCOMPARE(document.post().body(), QByteArray("Body\r\nabc"));  // the file's line endings kept
        QVERIFY(document.isModified());
        QVERIFY(editor.document()->isUndoAvailable());  // not replaced by its own text coming back
        QCOMPARE(editor.textCursor().position(), 8);
    }

    void loadedPostReplacesTheEditorText() {
        MarkdownEditor editor;
        PostDocument document;
        EditorBinding binding(&editor, nullptr);
        binding.setDocument(&document);
        editor.setPlainText(QStringLiteral("left over"));
        document.reset(Post::fromText("---\ntitle: New\n---\nFresh body\n"),
                       QStringLiteral("/nonexistent/n.md"));
        QCOMPARE(editor.bodyUtf8(), QByteArray("Fresh body\n"));
        QVERIFY(!editor.document()->isUndoAvailable());
        QCOMPARE(editor.textCursor().position(), 0);
    }

    void bodyChangedElsewhereShowsInTheEditor() {
        MarkdownEditor editor;
        PostDocument document;
        EditorBinding binding(&editor, nullptr);
        binding.setDocument(&document);
        document.reset(Post::fromText("---\ntitle: T\n---\nOne\n"), QStringLiteral("/nonexistent/p.md"));
        QSignalSpy edited(&editor, &MarkdownEditor::bodyEdited);
        document.setBodyFromLf("Changed by a panel\n");
        QCOMPARE(editor.bodyUtf8(), QByteArray("Changed by a panel\n"));
        QCOMPARE(edited.count(), 0);  // not mistaken for typing
    }

    void anotherDocumentTakesOver() {
        MarkdownEditor editor;
        PostDocument first, second;
        EditorBinding binding(&editor, nullptr);
        binding.setDocument(&first);
        second.reset(Post::fromText("---\ntitle: 2\n---\nSecond\n"), QStringLiteral("/nonexistent/2.md"));
        binding.setDocument(&second);
        QCOMPARE(editor.bodyUtf8(), QByteArray("Second\n"));
        first.reset(Post::fromText("---\ntitle: 1\n---\nFirst\n"), QStringLiteral("/nonexistent/1.md"));
        QCOMPARE(editor.bodyUtf8(), QByteArray("Second\n"));  // the old document no longer reaches it
        editor.show();
        editor.setFocus();
        editor.moveCursor(QTextCursor::End);
        QTest::keyClicks(&editor, QStringLiteral("!"));
        QCOMPARE(second.bodyLf(), QByteArray("Second\n!"));
        QCOMPARE(first.bodyLf(), QByteArray("First\n"));
    }
};

QTEST_MAIN(TestEditorBinding)
#include "tst_editorbinding.moc"
