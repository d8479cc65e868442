#include "common/threadpriority.h"
#include "render/blockrenderer.h"
#include "render/liquidpreprocessor.h"
#include "render/renderpipeline.h"

#include <QMutex>
#include <QSemaphore>
#include <QtTest>

#include <memory>

namespace {

// A renderer the test holds back: each render waits for one permit, so "a render is in flight" is a state the
// test controls instead of a race it hopes to win.
struct Gate {
    QSemaphore permits;
    QMutex mutex;
    QList<QByteArray> seen;  // the texts the worker was asked to render, in order

    RenderPipeline::Renderer renderer() {
        return [this](const QByteArray &body) {
            {
                QMutexLocker lock(&mutex);
                seen.append(body);
            }
            permits.acquire();
            return BlockRenderer::render(body);
        };
    }
    QList<QByteArray> texts() {
        QMutexLocker lock(&mutex);
        return seen;
    }
    int started() { return texts().size(); }
};

// Records every patch as it is emitted.
struct Recorder {
    QList<PreviewPatch> patches;
    QList<quint64> generations;
    QList<bool> slowChanges;

    void attach(RenderPipeline &pipeline, QObject *context) {
        QObject::connect(&pipeline, &RenderPipeline::patchReady, context,
                         [this](const PreviewPatch &patch, quint64 generation) {
                             patches.append(patch);
                             generations.append(generation);
                         });
        QObject::connect(&pipeline, &RenderPipeline::renderSlow, context,
                         [this](bool slow) { slowChanges.append(slow); });
    }
    RenderedBlocks replayed() const {
        RenderedBlocks blocks;
        for (const PreviewPatch &patch : patches)
            patch.applyTo(blocks);
        return blocks;
    }
};

// Typing a document one keystroke at a time: every prefix, as an editor would send it.
QList<QByteArray> keystrokes(const QByteArray &text) {
    QList<QByteArray> steps;
    for (int i = 1; i <= text.size(); ++i)
        steps.append(text.left(i));
    return steps;
}

bool caughtUp(const RenderPipeline &pipeline) {
    return !pipeline.isBusy() && pipeline.shownGeneration() == pipeline.requestedGeneration();
}

const QByteArray kSample =
    "# Title\n\nFirst paragraph with *emphasis*.\n\n- one\n- two\n\n```cpp\nint x;\n```\n\n"
    "| a | b |\n|---|---|\n| 1 | 2 |\n\n> quoted\n\nLast paragraph.\n";

}  // namespace

class TestRenderPipeline : public QObject {
    Q_OBJECT

private slots:
    void rapidEditsEndInDirectRender_data();
    void rapidEditsEndInDirectRender();
    void editsInTheMiddleReplayToFinalBlocks();
    void setMarkdownReturnsWhileRenderRuns();
    void onlyNewestWaitingTextIsRendered();
    void intermediateResultIsShownBeforeNewerOne();
    void resultStartedBeforeResetIsDropped();
    void slowRenderIsReportedUntilCaughtUp();
    void noSlowReportWhenRenderKeepsUp();
    void rendersRunAtBackgroundPriority();
    void dialectAppliesFromTheNextRender();
    void aFootnoteAddedAtTheTopPatchesOnlyTheBlocksItRenumbers();
    void unrunLiquidComesWithEachRender();
};

void TestRenderPipeline::rapidEditsEndInDirectRender_data() {
    QTest::addColumn<QList<QByteArray>>("edits");
    QTest::newRow("typing a document keystroke by keystroke") << keystrokes(kSample);
    QTest::newRow("deleting everything") << QList<QByteArray>{kSample, kSample.left(20), QByteArray()};
    QTest::newRow("same text twice") << QList<QByteArray>{kSample, kSample};
    QTest::newRow("single edit") << QList<QByteArray>{"one\n\ntwo\n"};
}

// However the edits interleave with the worker, the last patch leaves the page showing exactly the newest
// text, every patch applies to the state the previous one left, and generations only grow.
void TestRenderPipeline::rapidEditsEndInDirectRender() {
    QFETCH(QList<QByteArray>, edits);
    RenderPipeline pipeline(nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);

    for (const QByteArray &text : edits)
        pipeline.setMarkdown(text);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);

    const RenderedBlocks expected = BlockRenderer::render(edits.constLast());
    QCOMPARE(pipeline.blocks(), expected);
    QCOMPARE(recorder.replayed(), expected);
    QVERIFY(!recorder.generations.isEmpty());
    QCOMPARE(recorder.generations.constLast(), quint64(edits.size()));
    for (int i = 1; i < recorder.generations.size(); ++i)
        QVERIFY2(recorder.generations[i] > recorder.generations[i - 1], "a result came after a newer one");
}

// Edits with the event loop running between them (so many renders finish in between) still replay exactly.
void TestRenderPipeline::editsInTheMiddleReplayToFinalBlocks() {
    RenderPipeline pipeline(nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);

    QByteArray text = kSample;
    const int middle = text.indexOf("First paragraph") + 5;
    for (int i = 0; i < 40; ++i) {
        text.insert(middle + i, i % 7 == 6 ? "\n\n" : "x");
        pipeline.setMarkdown(text);
        QCoreApplication::processEvents();
    }
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);

    QCOMPARE(pipeline.blocks(), BlockRenderer::render(text));
    QCOMPARE(recorder.replayed(), BlockRenderer::render(text));
}

void TestRenderPipeline::setMarkdownReturnsWhileRenderRuns() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    pipeline.setMarkdown("held back\n");  // would never return if the caller waited for the held-back render
    QVERIFY(pipeline.isBusy());
    QCOMPARE(pipeline.shownGeneration(), quint64(0));
    gate.permits.release();
    QTRY_VERIFY(caughtUp(pipeline));
}

void TestRenderPipeline::onlyNewestWaitingTextIsRendered() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);

    pipeline.setMarkdown("first\n");
    QTRY_COMPARE(gate.started(), 1);
    for (int i = 2; i <= 10; ++i)
        pipeline.setMarkdown(QByteArray("text ") + QByteArray::number(i) + '\n');

    gate.permits.release(2);
    QTRY_VERIFY(caughtUp(pipeline));
    QCOMPARE(gate.texts(), (QList<QByteArray>{"first\n", "text 10\n"}));
    QCOMPARE(recorder.generations, (QList<quint64>{1, 10}));
    QCOMPARE(pipeline.blocks(), BlockRenderer::render("text 10\n"));
}

void TestRenderPipeline::intermediateResultIsShownBeforeNewerOne() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);

    pipeline.setMarkdown("a\n");
    QTRY_COMPARE(gate.started(), 1);
    pipeline.setMarkdown("a\n\nb\n");
    gate.permits.release();
    QTRY_COMPARE(recorder.generations.size(), 1);
    QCOMPARE(recorder.generations.first(), quint64(1));
    QCOMPARE(pipeline.blocks(), BlockRenderer::render("a\n"));
    QVERIFY(pipeline.isBusy());  // the newer text started as soon as the older one finished

    gate.permits.release();
    QTRY_VERIFY(caughtUp(pipeline));
    QCOMPARE(recorder.generations, (QList<quint64>{1, 2}));
    // The second patch was computed against the first result, so it adds one block and keeps the first.
    QCOMPARE(recorder.patches[1].ranges.size(), 1);
    QCOMPARE(recorder.patches[1].ranges.first().start, 1);
    QCOMPARE(recorder.patches[1].ranges.first().removeCount, 0);
    QCOMPARE(recorder.replayed(), BlockRenderer::render("a\n\nb\n"));
}

void TestRenderPipeline::resultStartedBeforeResetIsDropped() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);

    pipeline.setMarkdown("old post\n");
    QTRY_COMPARE(gate.started(), 1);
    pipeline.reset();
    pipeline.setMarkdown("new post\n");
    gate.permits.release(2);
    QTRY_VERIFY(caughtUp(pipeline));

    QCOMPARE(recorder.generations, QList<quint64>{2});
    // Built from an empty page, not from the old post's blocks.
    QCOMPARE(recorder.patches.first().ranges.size(), 1);
    QCOMPARE(recorder.patches.first().ranges.first().start, 0);
    QCOMPARE(recorder.patches.first().ranges.first().removeCount, 0);
    QCOMPARE(recorder.patches.first().ranges.first().blocks, BlockRenderer::render("new post\n"));
}

void TestRenderPipeline::slowRenderIsReportedUntilCaughtUp() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    pipeline.setSlowThreshold(10);
    Recorder recorder;
    recorder.attach(pipeline, this);

    pipeline.setMarkdown("slow\n");
    QTRY_COMPARE(recorder.slowChanges, QList<bool>{true});  // the render is held back, so it is behind
    QVERIFY(pipeline.isSlow());
    QVERIFY(recorder.patches.isEmpty());

    pipeline.setMarkdown("slow, still typing\n");
    gate.permits.release();  // an intermediate result: still behind the newest text
    QTRY_COMPARE(recorder.patches.size(), 1);
    QCOMPARE(recorder.slowChanges, QList<bool>{true});

    gate.permits.release();
    QTRY_VERIFY(caughtUp(pipeline));
    QCOMPARE(recorder.slowChanges, (QList<bool>{true, false}));
    QVERIFY(!pipeline.isSlow());
}

void TestRenderPipeline::noSlowReportWhenRenderKeepsUp() {
    Gate gate;
    RenderPipeline pipeline(gate.renderer(), nullptr);
    pipeline.setSlowThreshold(60 * 60 * 1000);
    Recorder recorder;
    recorder.attach(pipeline, this);

    gate.permits.release(3);
    for (const QByteArray &text : {QByteArray("a\n"), QByteArray("ab\n"), QByteArray("abc\n")}) {
        pipeline.setMarkdown(text);
        QTRY_VERIFY(caughtUp(pipeline));
    }
    QVERIFY(recorder.slowChanges.isEmpty());
    QCOMPARE(recorder.generations, (QList<quint64>{1, 2, 3}));
}

// A render gives way to the GUI thread: the thread it runs on has a lower priority than the one that asked.
void TestRenderPipeline::rendersRunAtBackgroundPriority() {
    QAtomicInt workerNice(-100);
    RenderPipeline pipeline(
        [&workerNice](const QByteArray &body) {
            workerNice.storeRelaxed(ThreadPriority::currentThreadNice());
            return BlockRenderer::render(body);
        },
        nullptr);
    pipeline.setMarkdown(kSample);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);
#ifdef Q_OS_LINUX
    QCOMPARE(ThreadPriority::currentThreadNice(), 0);
    QCOMPARE(workerNice.loadRelaxed(), ThreadPriority::kBackgroundNice);
#else
    QVERIFY(workerNice.loadRelaxed() != -100);
#endif
}

// The preview renders in the dialect of the post's site: switching it re-renders the same text differently.
void TestRenderPipeline::dialectAppliesFromTheNextRender() {
    RenderPipeline pipeline(nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);
    const QByteArray text = "\"Quoted\" -- text\n\nSee https://x.org\n";
    QVERIFY(pipeline.dialect() == MarkdownDialect::kramdown());

    pipeline.setDialect(MarkdownDialect::commonMark());
    pipeline.setMarkdown(text);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);
    const RenderedBlocks gfm =
        BlockRenderer::renderBlocks(text, BlockRenderer::Liquid::Preprocess, MarkdownDialect::commonMark());
    QCOMPARE(pipeline.blocks(), gfm);

    pipeline.setDialect(MarkdownDialect::kramdown());
    pipeline.setMarkdown(text);
    QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);
    QCOMPARE(pipeline.blocks(), BlockRenderer::render(text));
    QCOMPARE(recorder.replayed(), BlockRenderer::render(text));
    QVERIFY(pipeline.blocks() != gfm);
}

// A document-wide construct changes blocks far from the edit: the patch replaces those and the edited one,
// and keeps every paragraph between them.
void TestRenderPipeline::aFootnoteAddedAtTheTopPatchesOnlyTheBlocksItRenumbers() {
    QByteArray middle;
    for (int i = 0; i < 5; ++i)
        middle += "Paragraph " + QByteArray::number(i) + ".\n\n";
    const QByteArray before = "First[^a].\n\n" + middle + "Last[^b].\n\n[^a]: One.\n[^b]: Two.\n";
    const QByteArray after =
        "First[^c][^a].\n\n" + middle + "Last[^b].\n\n[^a]: One.\n[^b]: Two.\n[^c]: Three.\n";
    RenderPipeline pipeline(nullptr);
    Recorder recorder;
    recorder.attach(pipeline, this);
    pipeline.setMarkdown(before);
    QTRY_VERIFY(caughtUp(pipeline));
    pipeline.setMarkdown(after);
    QTRY_VERIFY(caughtUp(pipeline));

    QCOMPARE(recorder.patches.size(), 2);
    const PreviewPatch &patch = recorder.patches.last();
    // The first paragraph (its reference is now [2]), then "Last" (now [3]) and the footnotes.
    QCOMPARE(patch.ranges.size(), 2);
    QCOMPARE(patch.ranges[0].start, 0);
    QCOMPARE(patch.ranges[0].removeCount, 1);
    QCOMPARE(patch.ranges[1].start, 6);
    QCOMPARE(patch.ranges[1].removeCount, 2);
    QCOMPARE(recorder.replayed(), BlockRenderer::render(after));
}

// The Liquid a render left as written comes from the worker with each patch, placed as the preprocessor
// reports it (what `postwright check` warns about), and follows the text from render to render.
void TestRenderPipeline::unrunLiquidComesWithEachRender() {
    RenderPipeline pipeline(nullptr);
    QList<QVector<PreviewCaveat>> reported;
    QList<quint64> generations;
    connect(&pipeline, &RenderPipeline::caveatsReady, this,
            [&](const QVector<PreviewCaveat> &spans, quint64 generation) {
                reported.append(spans);
                generations.append(generation);
            });
    const QList<QByteArray> texts = {"Intro {% include x.html %} and {{ 'a literal' }}\n",
                                     "Longer intro {% include x.html %}\n", "Fixed.\n"};
    for (const QByteArray &text : texts) {
        pipeline.setMarkdown(text);
        QTRY_VERIFY_WITH_TIMEOUT(caughtUp(pipeline), 60000);
        QVector<PreviewCaveat> expected;
        LiquidPreprocessor::process(text, LiquidContext(), &expected);
        QCOMPARE(reported.size(), generations.size());
        QCOMPARE(generations.constLast(), pipeline.shownGeneration());
        QCOMPARE(pipeline.caveats().size(), expected.size());
        QCOMPARE(reported.constLast().size(), expected.size());
        for (qsizetype i = 0; i < expected.size(); ++i) {
            QCOMPARE(reported.constLast().at(i).line, expected.at(i).line);
            QCOMPARE(reported.constLast().at(i).column, expected.at(i).column);
            QCOMPARE(reported.constLast().at(i).length, expected.at(i).length);
            QCOMPARE(reported.constLast().at(i).reason, expected.at(i).reason);
        }
    }
    // The include is one span in the first two texts, moved by the longer intro; the fix leaves none.
    QCOMPARE(reported.at(0).size(), 1);
    QCOMPARE(reported.at(0).at(0).column, 7);
    QCOMPARE(reported.at(1).at(0).column, 14);
    QVERIFY(reported.at(2).isEmpty());
}

QTEST_GUILESS_MAIN(TestRenderPipeline)
#include "tst_renderpipeline.moc"
