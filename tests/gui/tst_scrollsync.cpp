// Scroll sync by source lines: the preview follows the editor's cursor and scrolling, a plain click in the
// preview puts the editor's cursor on the block's first line, and View > Sync Scrolling turns both off.

#include "editor/markdowneditor.h"
#include "preview/scrollsyncbinding.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"

#include <QAction>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBlock>

using PreviewHarness::Fixture;
using PreviewHarness::literal;

namespace {

// 120 paragraphs, "Paragraph N." on body line 2N-1, a list and a code block after them.
QByteArray longBody() {
    QByteArray body;
    for (int i = 1; i <= 120; ++i)
        body += "Paragraph " + QByteArray::number(i) + " with [a link](https://example.com/" +
                QByteArray::number(i) + ") in it.\n\n";
    body += "- first item\n- second *item*\n\n```ruby\nputs 1\n```\n";
    return body;
}

// The editor and the preview of one body, bound.
struct SyncFixture : Fixture {
    SyncFixture() : binding(&editor, &view, &editor) {
        editor.resize(500, 400);
        editor.show();
    }
    bool load(const QByteArray &body) {
        editor.setBodyUtf8(body);
        return show(body);
    }
    void putCursorOnLine(int line) {
        editor.setTextCursor(QTextCursor(editor.document()->findBlockByNumber(line - 1)));
    }
    // JS: the rectangle of the block starting at body line `line`.
    static QString rectOf(int line) {
        return QStringLiteral(
                   "postwrightPreview.blocks().find(b => b.firstLine === %1).nodes[0]"
                   ".getBoundingClientRect()")
            .arg(line);
    }
    bool becomes(const QString &condition) {
        return QTest::qWaitFor([&] { return js(condition).toBool(); }, PreviewHarness::kTimeout);
    }
    // Clicks (a plain left click, as the page sees one) on the element `selector` inside the block starting
    // at `line`; `selector` empty: the block's first node.
    QString click(int line, const QString &selector) {
        return js(QStringLiteral(
                      "(() => { try { const block = postwrightPreview.blocks().find(b => b.firstLine "
                      "=== %1); const target = %2 ? block.nodes[0].querySelector(%2) : block.nodes[0];"
                      "target.dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true,"
                      "  button: 0})); return 'clicked'; } catch (e) { return String(e); } })()")
                      .arg(line)
                      .arg(selector.isEmpty() ? QStringLiteral("''") : literal(selector)))
            .toString();
    }

    MarkdownEditor editor;
    ScrollSyncBinding binding;
};

}  // namespace

class TestScrollSync : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_scrollsync"));
        QSettings().clear();
    }
    void init() { QSettings().clear(); }

    void onByDefaultAndRemembered();
    void cursorFarDownShowsItsBlock();
    void cursorInViewDoesNotScroll();
    void editorScrollBringsItsTopBlockUp();
    void clickPutsCursorOnTheBlocksLine_data();
    void clickPutsCursorOnTheBlocksLine();
    void linkClickLeavesTheCursor();
    void offFollowsNothing();
};

void TestScrollSync::onByDefaultAndRemembered() {
    SyncFixture fixture;
    QVERIFY(fixture.binding.action()->isChecked());
    fixture.binding.action()->setChecked(false);
    QCOMPARE(AppSettings::syncScrolling(), false);
    SyncFixture again;
    QVERIFY(!again.binding.action()->isChecked());
}

void TestScrollSync::cursorFarDownShowsItsBlock() {
    SyncFixture fixture;
    QVERIFY(fixture.load(longBody()));
    QCOMPARE(fixture.js(QStringLiteral("window.scrollY")).toInt(), 0);
    fixture.putCursorOnLine(199);  // Paragraph 100
    QVERIFY(fixture.becomes(QStringLiteral("(() => { const r = %1; return r.top >= 0 && r.bottom <= "
                                           "window.innerHeight; })()")
                                .arg(SyncFixture::rectOf(199))));
    QVERIFY(fixture.js(QStringLiteral("window.scrollY")).toInt() > 0);
}

void TestScrollSync::cursorInViewDoesNotScroll() {
    SyncFixture fixture;
    QVERIFY(fixture.load(longBody()));
    fixture.putCursorOnLine(199);
    // Where the smooth scroll ends: the block just below the top edge.
    QVERIFY(fixture.becomes(QStringLiteral("(() => { const r = %1; return Math.abs(r.top - 8) < 1; })()")
                                .arg(SyncFixture::rectOf(199))));
    const int before = fixture.js(QStringLiteral("window.scrollY")).toInt();
    fixture.putCursorOnLine(201);  // the next paragraph, in view already
    fixture.view.showSourceLine(201, false);
    QVERIFY(fixture.roundTrip());
    QCOMPARE(fixture.js(QStringLiteral("window.scrollY")).toInt(), before);
}

void TestScrollSync::editorScrollBringsItsTopBlockUp() {
    SyncFixture fixture;
    QVERIFY(fixture.load(longBody()));
    QScrollBar *bar = fixture.editor.verticalScrollBar();
    bar->setValue(bar->maximum() / 2);
    const int top = fixture.editor.cursorForPosition(QPoint(0, 0)).blockNumber() + 1;
    const int blockLine = top % 2 == 1 ? top : top - 1;  // the blank lines belong to the paragraph above
    QVERIFY(fixture.becomes(QStringLiteral("(() => { const r = %1; return r.top >= 0 && r.top < 20; })()")
                                .arg(SyncFixture::rectOf(blockLine))));
}

void TestScrollSync::clickPutsCursorOnTheBlocksLine_data() {
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("selector");
    QTest::newRow("paragraph") << 5 << QString();
    QTest::newRow("emphasis inside a list") << 241 << QStringLiteral("em");
    QTest::newRow("code block token") << 244 << QStringLiteral("code");
}

void TestScrollSync::clickPutsCursorOnTheBlocksLine() {
    QFETCH(int, line);
    QFETCH(QString, selector);
    SyncFixture fixture;
    QVERIFY(fixture.load(longBody()));
    QSignalSpy clicked(&fixture.view, &PreviewView::sourceLineClicked);
    QCOMPARE(fixture.click(line, selector), QStringLiteral("clicked"));
    QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), PreviewHarness::kTimeout);
    QCOMPARE(clicked.first().value(0).toInt(), line);
    QCOMPARE(fixture.editor.textCursor().blockNumber() + 1, line);
    QCOMPARE(fixture.editor.textCursor().positionInBlock(), 0);
}

void TestScrollSync::linkClickLeavesTheCursor() {
    SyncFixture fixture;
    QVERIFY(fixture.load(longBody()));
    QSignalSpy links(&fixture.view, &PreviewView::linkClicked);
    QSignalSpy clicked(&fixture.view, &PreviewView::sourceLineClicked);
    QCOMPARE(fixture.click(9, QStringLiteral("a")), QStringLiteral("clicked"));
    QTRY_VERIFY_WITH_TIMEOUT(!links.isEmpty(), PreviewHarness::kTimeout);
    // After the link's report: a plain click is reported in order.
    QCOMPARE(fixture.click(3, QString()), QStringLiteral("clicked"));
    QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), PreviewHarness::kTimeout);
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(clicked.first().value(0).toInt(), 3);
}

void TestScrollSync::offFollowsNothing() {
    SyncFixture fixture;
    fixture.binding.action()->setChecked(false);
    QVERIFY(fixture.load(longBody()));
    fixture.putCursorOnLine(199);
    QTest::qWait(ScrollSyncBinding::kGatherMs * 4);
    QVERIFY(fixture.roundTrip());
    QCOMPARE(fixture.js(QStringLiteral("window.scrollY")).toInt(), 0);

    QSignalSpy clicked(&fixture.view, &PreviewView::sourceLineClicked);
    QCOMPARE(fixture.click(5, QString()), QStringLiteral("clicked"));
    QTRY_VERIFY_WITH_TIMEOUT(!clicked.isEmpty(), PreviewHarness::kTimeout);
    QCOMPARE(fixture.editor.textCursor().blockNumber() + 1, 199);

    // On again: the preview catches up with the cursor.
    fixture.binding.action()->setChecked(true);
    QVERIFY(fixture.becomes(QStringLiteral("(() => { const r = %1; return r.top >= 0 && r.bottom <= "
                                           "window.innerHeight; })()")
                                .arg(SyncFixture::rectOf(199))));
}

PREVIEW_TEST_MAIN(TestScrollSync)
#include "tst_scrollsync.moc"
