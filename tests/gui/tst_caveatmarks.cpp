// The editor marks what the preview shows unlike Jekyll (the Liquid it could not run, the kramdown syntax it
// does not render), at the places `postwright check` warns about (CaveatMarkBinding): a wavy underline with
// the reason as tooltip, moved by edits, gone once fixed, and turned off from the View menu.

#include <QAction>
#include <QDir>
#include <QFile>
#include <QHelpEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QToolTip>

#include "editor/caveatmarkbinding.h"
#include "editor/markdowneditor.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

const QString kInclude = QStringLiteral("{% include x.html %}");

// The render behind the marks is of the editor's current text.
bool waitForRender(MainWindow &window) {
    const RenderPipeline *pipeline = window.preview()->pipeline();
    return QTest::qWaitFor(
        [&] {
            return !pipeline->isBusy() && pipeline->requestedGeneration() > 0 &&
                   pipeline->shownGeneration() == pipeline->requestedGeneration();
        },
        PreviewHarness::kTimeout);
}

QString editorText(MarkdownEditor *editor) {
    return editor->document()->toPlainText();
}

}  // namespace

Q_DECLARE_METATYPE(PreviewCaveat)

class TestCaveatMarks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A post of a site, whose title the preview can print; the include only Jekyll can run. Non-ASCII text
    // before the include puts its byte column past its character column.
    QString writePost() {
        QDir(m_dir.path()).mkpath(QStringLiteral("_posts"));
        QFile config(m_dir.filePath(QStringLiteral("_config.yml")));
        if (!config.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        config.write("title: Marks\n");
        config.close();
        const QString path = m_dir.filePath(QStringLiteral("_posts/2024-05-01-marks.md"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return QString();
        file.write("---\ntitle: Marked\n---\nFirst line.\n\nCafé 日本 😀 " + kInclude.toUtf8() +
                   " for {{ page.title }}.\n");
        return path;
    }

    // The one mark is the include's characters, whatever the edits before it. Callers wrap it in
    // QVERIFY(oneMarkAtInclude(...)): a failed comparison inside returns early from here only.
    bool oneMarkAtInclude(MarkdownEditor *editor) {
        checkOneMarkAtInclude(editor);
        return !QTest::currentTestFailed();
    }
    void checkOneMarkAtInclude(MarkdownEditor *editor) {
        const QVector<TextMark> marks = editor->textMarks();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks.at(0).position, editorText(editor).indexOf(kInclude));
        QCOMPARE(marks.at(0).length, kInclude.size());
        QVERIFY2(marks.at(0).reason.contains(QLatin1String("include")), qPrintable(marks.at(0).reason));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_caveatmarks"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    // Spans count lines from 1 and bytes of UTF-8; the document counts UTF-16 units over paragraphs.
    void marksForPlacesSpans_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<PreviewCaveat>("span");
        QTest::addColumn<QStringList>("marked");
        QTest::newRow("ascii") << QStringLiteral("ab {% x %} cd") << PreviewCaveat{1, 4, 7, {}}
                               << QStringList{QStringLiteral("{% x %}")};
        // "Über " is 6 bytes, "日本 " 7, "😀 " 5 (two UTF-16 units).
        QTest::newRow("non-ascii before it, second line")
            << QStringLiteral("line\nÜber 日本 😀 {{ a }}") << PreviewCaveat{2, 19, 7, {}}
            << QStringList{QStringLiteral("{{ a }}")};
        QTest::newRow("non-ascii inside it") << QStringLiteral("x {{ 'é' }}") << PreviewCaveat{1, 3, 10, {}}
                                             << QStringList{QStringLiteral("{{ 'é' }}")};
        QTest::newRow("over a line end") << QStringLiteral("x {% if\ny %} z") << PreviewCaveat{1, 3, 10, {}}
                                         << QStringList{QStringLiteral("{% if\ny %}")};
        QTest::newRow("past the end of the text is clipped")
            << QStringLiteral("ab {{") << PreviewCaveat{1, 4, 40, {}} << QStringList{QStringLiteral("{{")};
        QTest::newRow("a line beyond the text is dropped")
            << QStringLiteral("ab") << PreviewCaveat{5, 1, 2, {}} << QStringList{};
    }

    void marksForPlacesSpans() {
        QFETCH(QString, text);
        QFETCH(PreviewCaveat, span);
        QFETCH(QStringList, marked);
        QTextDocument document(text);
        span.reason = QStringLiteral("why");
        QStringList found;
        for (const TextMark &mark : CaveatMarkBinding::marksFor({span}, &document)) {
            found.append(document.toPlainText().mid(mark.position, mark.length));
            QVERIFY(mark.reason.contains(QLatin1String("why")));
        }
        QCOMPARE(found, marked);
    }

    // Marks never reach past the text, and move with edits made before the next setTextMarks().
    void editorMarksAreClippedAndFollowEdits() {
        MarkdownEditor editor;
        editor.setBodyUtf8("abc {% x %}\n");
        editor.setTextMarks({TextMark{4, 100, QStringLiteral("r")}});
        const int textEnd = editor.document()->characterCount() - 1;
        QCOMPARE(editor.textMarks().at(0).position + editor.textMarks().at(0).length, textEnd);

        QTextCursor cursor(editor.document());
        cursor.insertText(QStringLiteral("zz"));
        QCOMPARE(editor.textMarks().at(0).position, 6);
        QCOMPARE(editor.textMarkReasonAt(8), QStringLiteral("r"));
        QVERIFY(editor.textMarkReasonAt(1).isEmpty());

        editor.setBodyUtf8("a\n");  // another post's text before its render: nothing past its end
        for (const TextMark &mark : editor.textMarks())
            QVERIFY(mark.position + mark.length <= editor.document()->characterCount() - 1);
    }

    void unrunLiquidIsMarkedWithItsReason() {
        MainWindow window;
        window.show();
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(waitForRender(window));
        MarkdownEditor *editor = window.editor();
        QVERIFY(oneMarkAtInclude(editor));

        // Resting the mouse on the mark shows its reason.
        const int inside = editorText(editor).indexOf(kInclude) + 4;
        QTextCursor cursor(editor->document());
        cursor.setPosition(inside);
        const QPoint point = editor->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, editor->viewport()->mapToGlobal(point));
        QApplication::sendEvent(editor->viewport(), &help);
        const QString reason = editor->textMarks().at(0).reason;
        QTRY_COMPARE(QToolTip::text(), reason);
        QVERIFY(reason.contains(QLatin1String("the `include` tag is run only by Jekyll")));

        // Nothing to show over the unmarked first line.
        const QPoint plain = editor->cursorRect(QTextCursor(editor->document())).center();
        QHelpEvent elsewhere(QEvent::ToolTip, plain, editor->viewport()->mapToGlobal(plain));
        QApplication::sendEvent(editor->viewport(), &elsewhere);
        QTRY_VERIFY(QToolTip::text().isEmpty() || !QToolTip::isVisible());
    }

    void kramdownSyntaxIsMarkedWithItsReason() {
        MainWindow window;
        window.show();
        const QString path = writePost();
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(waitForRender(window));
        MarkdownEditor *editor = window.editor();
        QTextCursor cursor(editor->document());
        cursor.movePosition(QTextCursor::End);
        const QString options = QStringLiteral("{::options auto_ids=\"false\" /}");
        cursor.insertText(QStringLiteral("\n") + options + QStringLiteral("\n"));
        QVERIFY(waitForRender(window));
        QTRY_COMPARE_WITH_TIMEOUT(editor->textMarks().size(), 2, PreviewHarness::kTimeout);
        const TextMark mark = editor->textMarks().at(1);
        QCOMPARE(mark.position, editorText(editor).indexOf(options));
        QCOMPARE(mark.length, options.size());
        QVERIFY2(mark.reason.startsWith(QLatin1String("Not rendered as Jekyll will: ")),
                 qPrintable(mark.reason));
        QVERIFY2(editor->textMarks().at(0).reason.startsWith(QLatin1String("Not run by the preview: ")),
                 qPrintable(editor->textMarks().at(0).reason));
    }

    void marksFollowEditsAndGoWhenFixed() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(writePost()).ok());
        QVERIFY(waitForRender(window));
        MarkdownEditor *editor = window.editor();
        QVERIFY(oneMarkAtInclude(editor));
        const int before = editor->textMarks().at(0).position;

        // Typing on the include's line, before it.
        QTextCursor cursor(editor->document());
        cursor.setPosition(editorText(editor).indexOf(QStringLiteral("Café")));
        editor->setTextCursor(cursor);
        editor->setFocus();
        QTest::keyClicks(editor, QStringLiteral("Über "));
        QVERIFY(waitForRender(window));
        QVERIFY(oneMarkAtInclude(editor));
        QCOMPARE(editor->textMarks().at(0).position, before + 5);

        // A new line above it.
        cursor.setPosition(0);
        cursor.insertText(QStringLiteral("A new first line.\n"));
        QVERIFY(waitForRender(window));
        QVERIFY(oneMarkAtInclude(editor));

        // Fixing it: the include goes, so does the mark.
        const int at = editorText(editor).indexOf(kInclude);
        cursor.setPosition(at);
        cursor.setPosition(at + kInclude.size(), QTextCursor::KeepAnchor);
        cursor.insertText(QStringLiteral("no Liquid"));
        QVERIFY(waitForRender(window));
        QVERIFY(editor->textMarks().isEmpty());
    }

    void theToggleRemovesTheMarks() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(writePost()).ok());
        QVERIFY(waitForRender(window));
        MarkdownEditor *editor = window.editor();
        QAction *toggle = window.markCaveatsAction();
        QVERIFY(toggle->isChecked());  // on by default
        QVERIFY(oneMarkAtInclude(editor));

        toggle->trigger();
        QVERIFY(!toggle->isChecked());
        QVERIFY(editor->textMarks().isEmpty());
        QVERIFY(!AppSettings::markPreviewCaveats());

        // Renders while off mark nothing.
        QTextCursor cursor(editor->document());
        cursor.insertText(QStringLiteral("Typed. "));
        QVERIFY(waitForRender(window));
        QVERIFY(editor->textMarks().isEmpty());

        // A new window remembers the choice; turning it back on marks the current text.
        MainWindow second;
        QVERIFY(!second.markCaveatsAction()->isChecked());
        toggle->trigger();
        QVERIFY(AppSettings::markPreviewCaveats());
        QVERIFY(oneMarkAtInclude(editor));
    }
};

QTEST_MAIN(TestCaveatMarks)
#include "tst_caveatmarks.moc"
