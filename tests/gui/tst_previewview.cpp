// The live preview in a real (offscreen) WebEngine page: patches reach the DOM block by block, with their
// source lines, the scroll position survives them, and the header shows front-matter values as text.

#include "preview/previewbridge.h"
#include "tst_previewharness.h"

#include <QTemporaryDir>

using PreviewHarness::Fixture;
using PreviewHarness::literal;

namespace {

const QByteArray kDoc =
    "# Title\n\nFirst paragraph.\n\nMiddle paragraph\nover two lines.\n\n- one\n- two\n\n"
    "Last paragraph.\n";

// What the article should hold for `blocks`: "first-last|text", the text taken from each block's HTML in the
// page.
QStringList expectedBlocks(Fixture &fixture, const RenderedBlocks &blocks) {
    QStringList htmls;
    QStringList lines;
    for (const RenderedBlock &block : blocks) {
        htmls << literal(QString::fromUtf8(block.html));
        lines << QStringLiteral("%1-%2").arg(block.firstLine).arg(block.lastLine);
    }
    const QStringList texts =
        fixture
            .js(QStringLiteral(
                    "[%1].map(h => { const t = document.createElement('template'); t.innerHTML = h; "
                    "return t.content.textContent.trim().replace(/\\s+/g, ' '); })")
                    .arg(htmls.join(QLatin1Char(','))))
            .toStringList();
    QStringList expected;
    for (int i = 0; i < lines.size() && i < texts.size(); ++i)
        expected << lines[i] + QLatin1Char('|') + texts[i];
    return expected;
}

QByteArray paragraphs(int count, int longOne = -1) {
    QByteArray text;
    for (int i = 0; i < count; ++i) {
        text += "Paragraph " + QByteArray::number(i) + ": a few words to give it some height on the screen, ";
        text += i == longOne ? QByteArray("and then many more. ").repeated(80) : QByteArray("and an end.");
        text += "\n\n";
    }
    return text;
}

QByteArray replaceParagraph(const QByteArray &text, int index, const QByteArray &with) {
    QList<QByteArray> parts = text.split('\n');
    parts[index * 2] = with;
    return parts.join('\n');
}

}  // namespace

class TestPreviewView : public QObject {
    Q_OBJECT

private slots:
    void blocksCarryTextAndSourceLines_data();
    void blocksCarryTextAndSourceLines();
    void everyEditLeavesTheDomEqualToTheRender();
    void oneCharacterEditReplacesOneElement();
    void lineShiftMovesRangesWithoutReplacing();
    void editsFarApartKeepTheElementsBetween();
    void scrollPositionIsKept_data();
    void scrollPositionIsKept();
    void contentGivenBeforePageReadyIsShown();
    void headerShowsValuesAsText();
    void emptyHeaderIsHidden();
    void behindNoteFollowsTheFlag();
    void clearEmptiesThePreview();
    void anotherSiteReloadsTheShellWithTheContent();
};

void TestPreviewView::blocksCarryTextAndSourceLines_data() {
    QTest::addColumn<QByteArray>("markdown");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("heading and paragraph")
        << QByteArray("# Title\n\nHello *world*\n") << QStringList{"1-1|Title", "3-3|Hello world"};
    QTest::newRow("paragraph over two lines, then a list")
        << QByteArray("one\ntwo\n\n- a\n- b\n") << QStringList{"1-2|one two", "4-5|a b"};
    QTest::newRow("fenced code keeps its text")
        << QByteArray("```\nx < y\n```\n") << QStringList{"1-3|x < y"};
    QTest::newRow("raw html block is shown")
        << QByteArray("<div class=\"note\">a note</div>\n") << QStringList{"1-1|a note"};
    QTest::newRow("table") << QByteArray("| a | b |\n|---|---|\n| 1 | 2 |\n") << QStringList{"1-3|a b 1 2"};
}

void TestPreviewView::blocksCarryTextAndSourceLines() {
    QFETCH(QByteArray, markdown);
    QFETCH(QStringList, expected);
    Fixture fixture;
    QVERIFY(fixture.show(markdown));
    QCOMPARE(fixture.blocks(), expected);
    // No wrapper of ours: the rendered elements are the article's own children, as a theme's CSS expects.
    QCOMPARE(fixture
                 .js(QStringLiteral(
                     "Array.from(document.getElementById('pw-body').children)"
                     ".some(e => e.classList.contains('pw-block') || e.hasAttribute('data-lines'))"))
                 .toBool(),
             false);
}

void TestPreviewView::everyEditLeavesTheDomEqualToTheRender() {
    const QList<QByteArray> edits = {
        kDoc,
        "Intro.\n\n" + kDoc,                                      // a block added at the top: all lines move
        QByteArray(kDoc).replace("First", "The first"),           // an edit in place
        QByteArray(kDoc).replace("- two\n", "- two\n- three\n"),  // a block grows by a line
        QByteArray(kDoc).replace("\n\nLast", "\n\n\n\n\nLast"),   // blank lines: only ranges move
        QByteArray(kDoc).replace("# Title\n\n", ""),              // the first block removed
        "Just one line.\n",
        QByteArray(),
        kDoc,
    };
    Fixture fixture;
    for (const QByteArray &text : edits) {
        QVERIFY(fixture.show(text));
        QCOMPARE(fixture.blocks(), expectedBlocks(fixture, fixture.view.pipeline()->blocks()));
    }
}

void TestPreviewView::oneCharacterEditReplacesOneElement() {
    Fixture fixture;
    QVERIFY(fixture.show(kDoc));
    // An expando property lives on the element object: an element the patch replaced does not have it.
    QCOMPARE(
        fixture
            .js(QStringLiteral("(() => { const b = Array.from(document.getElementById('pw-body').children);"
                               "b.forEach(e => e.pwKept = true); return b.length; })()"))
            .toInt(),
        5);

    QVERIFY(fixture.show(QByteArray(kDoc).replace("Middle paragraph", "Middle paragraphs")));

    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.getElementById('pw-body').children)"
                                    ".map(e => e.pwKept ? 'kept' : 'new').join(' ')"))
                 .toString(),
             QStringLiteral("kept kept new kept kept"));
    QCOMPARE(fixture.blocks().at(2), QStringLiteral("5-6|Middle paragraphs over two lines."));
}

void TestPreviewView::lineShiftMovesRangesWithoutReplacing() {
    Fixture fixture;
    QVERIFY(fixture.show(kDoc));
    fixture.js(QStringLiteral(
        "Array.from(document.getElementById('pw-body').children).forEach(e => e.pwKept = true)"));

    QVERIFY(fixture.show(QByteArray(kDoc).replace("First paragraph.\n\n", "First paragraph.\n\n\n\n")));

    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.getElementById('pw-body').children)"
                                    ".filter(e => !e.pwKept).length"))
                 .toInt(),
             0);
    QCOMPARE(fixture.blocks(),
             (QStringList{"1-1|Title", "3-3|First paragraph.", "7-8|Middle paragraph over two lines.",
                          "10-11|one two", "13-13|Last paragraph."}));
}

// Two edits far apart (a table of contents at the top and the heading it lists at the end): the page
// replaces the two elements, keeps every element between them as the same object and moves its lines.
void TestPreviewView::editsFarApartKeepTheElementsBetween() {
    const QByteArray text = paragraphs(12);
    Fixture fixture;
    QVERIFY(fixture.show(text));
    fixture.js(QStringLiteral(
        "Array.from(document.getElementById('pw-body').children).forEach(e => e.pwKept = true)"));

    const QByteArray edited = replaceParagraph(replaceParagraph(text, 11, "The last one, edited."), 0,
                                               "The first one,\nnow two lines.");
    QVERIFY(fixture.show(edited));

    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.getElementById('pw-body').children)"
                                    ".map(e => e.pwKept ? 'kept' : 'new').join(' ')"))
                 .toString(),
             QStringLiteral("new") + QStringLiteral(" kept").repeated(10) + QStringLiteral(" new"));
    QCOMPARE(fixture.blocks(), expectedBlocks(fixture, fixture.view.pipeline()->blocks()));
    QCOMPARE(fixture.blocks().at(1).section(QLatin1Char('|'), 0, 0), QStringLiteral("4-4"));
}

void TestPreviewView::scrollPositionIsKept_data() {
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<QByteArray>("after");
    const QByteArray text = paragraphs(150);
    QTest::newRow("typing in a paragraph below the view")
        << text << replaceParagraph(text, 140, "Paragraph 140 was edited.");
    QTest::newRow("paragraphs added above the view") << text << text.left(40) + paragraphs(6) + text.mid(40);
    QTest::newRow("a paragraph removed above the view") << text << replaceParagraph(text, 3, "");
    QTest::newRow("a paragraph above the view grows long") << text << paragraphs(150, 4);
    QTest::newRow("a long paragraph above the view shrinks") << paragraphs(150, 4) << text;
    QTest::newRow("a paragraph above the view and one below it edited together")
        << text
        << replaceParagraph(replaceParagraph(text, 140, "Paragraph 140 was edited."), 3, "Grown\nby a line.");
}

// The block at the top of the view stays where it was on screen, whatever the patch did above or below it.
void TestPreviewView::scrollPositionIsKept() {
    QFETCH(QByteArray, before);
    QFETCH(QByteArray, after);
    Fixture fixture(QSize(800, 600));
    QVERIFY(fixture.show(before));
    QVERIFY(QTest::qWaitFor(
        [&] { return fixture.js(QStringLiteral("scrollTo(0, 6000); scrollY")).toInt() == 6000; },
        PreviewHarness::kTimeout));
    const QVariantList visible =
        fixture
            .js(QStringLiteral("(() => { const e = Array.from(document.getElementById('pw-body').children)"
                               ".find(e => e.getBoundingClientRect().bottom > 0); e.pwAnchor = true;"
                               "return [e.textContent.slice(0, 13), e.getBoundingClientRect().top]; })()"))
            .toList();
    QCOMPARE(visible.size(), 2);
    QVERIFY2(visible[0].toString().startsWith(QLatin1String("Paragraph ")),
             qPrintable(visible[0].toString()));

    QVERIFY(fixture.show(after));

    const QVariantList now =
        fixture
            .js(QStringLiteral(
                "(() => { const e = Array.from(document.getElementById('pw-body').children)"
                ".find(e => e.pwAnchor);"
                "return e ? [e.textContent.slice(0, 13), e.getBoundingClientRect().top] : []; })()"))
            .toList();
    QCOMPARE(now.size(), 2);
    QCOMPARE(now[0].toString(), visible[0].toString());
    // Layout is in fractions of a pixel and scrolling in whole ones.
    QVERIFY2(
        qAbs(now[1].toDouble() - visible[1].toDouble()) < 1.0,
        qPrintable(QStringLiteral("moved from %1 to %2").arg(visible[1].toDouble()).arg(now[1].toDouble())));
}

void TestPreviewView::contentGivenBeforePageReadyIsShown() {
    Fixture fixture;
    QVERIFY(!fixture.view.isPageReady());
    fixture.view.setHeader({QStringLiteral("Early title"), QStringLiteral("today"), {}, {}});
    fixture.view.setMarkdown("Early body.\n");
    QVERIFY(fixture.waitUntilDrawn());
    QCOMPARE(fixture.blocks(), QStringList{"1-1|Early body."});
    QVERIFY(QTest::qWaitFor(
        [&] {
            return fixture.js(QStringLiteral("document.getElementById('pw-title').textContent")) ==
                   "Early title";
        },
        PreviewHarness::kTimeout));
}

void TestPreviewView::headerShowsValuesAsText() {
    Fixture fixture;
    QVERIFY(fixture.show("Body.\n"));
    fixture.view.setHeader({QStringLiteral("<b>x</b>"),
                            QStringLiteral("<i>May 1</i>"),
                            {QStringLiteral("<svg onload=alert(1)>"), QStringLiteral("ok")},
                            QStringLiteral("<img src=x>")});
    QVERIFY(QTest::qWaitFor(
        [&] {
            return fixture.js(QStringLiteral("document.getElementById('pw-title').textContent")) ==
                   "<b>x</b>";
        },
        PreviewHarness::kTimeout));
    QCOMPARE(fixture.js(QStringLiteral("document.getElementById('pw-date').textContent")).toString(),
             QStringLiteral("<i>May 1</i>"));
    QCOMPARE(fixture
                 .js(QStringLiteral("Array.from(document.querySelectorAll('#pw-tags li'))"
                                    ".map(e => e.textContent)"))
                 .toStringList(),
             (QStringList{"<svg onload=alert(1)>", "ok"}));
    // Nothing in the header was parsed as markup: only the elements of the shell itself are there.
    QCOMPARE(fixture
                 .js(QStringLiteral("document.querySelectorAll('#pw-header b, #pw-header i, #pw-header svg, "
                                    "#pw-tags li *, #pw-title *').length"))
                 .toInt(),
             0);
    QCOMPARE(fixture.js(QStringLiteral("document.getElementById('pw-header').hidden")).toBool(), false);
}

void TestPreviewView::emptyHeaderIsHidden() {
    Fixture fixture;
    fixture.view.setHeader({QStringLiteral("Title"), {}, {}, {}});
    QVERIFY(fixture.show("Body.\n"));
    QVERIFY(QTest::qWaitFor(
        [&] { return fixture.js(QStringLiteral("document.getElementById('pw-header').hidden")) == false; },
        PreviewHarness::kTimeout));
    QCOMPARE(fixture
                 .js(QStringLiteral("[document.getElementById('pw-date').hidden, "
                                    "document.getElementById('pw-tags').hidden]"))
                 .toList(),
             (QVariantList{true, true}));

    fixture.view.setHeader({});
    QVERIFY(QTest::qWaitFor(
        [&] { return fixture.js(QStringLiteral("document.getElementById('pw-header').hidden")) == true; },
        PreviewHarness::kTimeout));
}

void TestPreviewView::behindNoteFollowsTheFlag() {
    Fixture fixture;
    QVERIFY(fixture.show("Body.\n"));
    auto *bridge = fixture.view.findChild<PreviewBridge *>();
    QVERIFY(bridge);
    const QString noteHidden = QStringLiteral("document.getElementById('pw-behind').hidden");
    QCOMPARE(fixture.js(noteHidden).toBool(), true);
    bridge->sendBehind(true);
    QVERIFY(QTest::qWaitFor([&] { return fixture.js(noteHidden) == false; }, PreviewHarness::kTimeout));
    bridge->sendBehind(false);
    QVERIFY(QTest::qWaitFor([&] { return fixture.js(noteHidden) == true; }, PreviewHarness::kTimeout));
}

void TestPreviewView::clearEmptiesThePreview() {
    Fixture fixture;
    fixture.view.setHeader({QStringLiteral("Title"), {}, {}, {}});
    QVERIFY(fixture.show(kDoc));
    fixture.view.clear();
    QVERIFY(QTest::qWaitFor(
        [&] {
            return fixture
                .js(QStringLiteral("document.getElementById('pw-body').children.length === 0 && "
                                   "document.getElementById('pw-header').hidden"))
                .toBool();
        },
        PreviewHarness::kTimeout));
    QVERIFY(fixture.show("Another post.\n"));
    QCOMPARE(fixture.blocks(), QStringList{"1-1|Another post."});
}

// Opening a post of another site loads a fresh shell (no image of the old site from a cache); what the writer
// sees comes back without any new edit.
void TestPreviewView::anotherSiteReloadsTheShellWithTheContent() {
    QTemporaryDir first;
    QTemporaryDir second;
    Fixture fixture;
    fixture.view.setSiteRoot(first.path());
    fixture.view.setHeader({QStringLiteral("Kept title"), {}, {}, {}});
    QVERIFY(fixture.show(kDoc));
    fixture.js(QStringLiteral("window.pwOldShell = true"));

    QSignalSpy ready(&fixture.view, &PreviewView::pageReady);
    fixture.view.setSiteRoot(second.path());
    QVERIFY(ready.wait(PreviewHarness::kTimeout));

    QCOMPARE(fixture.js(QStringLiteral("window.pwOldShell === undefined")).toBool(), true);
    QVERIFY(QTest::qWaitFor([&] { return fixture.blocks().size() == 5; }, PreviewHarness::kTimeout));
    QCOMPARE(fixture.blocks(), expectedBlocks(fixture, fixture.view.pipeline()->blocks()));
    QVERIFY(QTest::qWaitFor(
        [&] {
            return fixture.js(QStringLiteral("document.getElementById('pw-title').textContent")) ==
                   "Kept title";
        },
        PreviewHarness::kTimeout));
}

PREVIEW_TEST_MAIN(TestPreviewView)
#include "tst_previewview.moc"
