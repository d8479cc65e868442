#include "render/blockdiff.h"
#include "render/blockrenderer.h"
#include "render/previewpatch.h"

#include <QRandomGenerator>
#include <QtTest>

#include <algorithm>
#include <vector>

// Found by QCOMPARE through argument-dependent lookup: failures print the blocks.
char *toString(const RenderedBlock &block) {
    return qstrdup(QStringLiteral("%1@%2-%3")
                       .arg(QString::fromUtf8(block.html))
                       .arg(block.firstLine)
                       .arg(block.lastLine)
                       .toUtf8()
                       .constData());
}

namespace {

RenderedBlocks blocks(std::initializer_list<RenderedBlock> list) {
    return RenderedBlocks(list);
}

RenderedBlock block(const char *html, int first, int last) {
    return RenderedBlock{QByteArray(html), first, last};
}

RenderedBlocks applied(const PreviewPatch &patch, RenderedBlocks list) {
    patch.applyTo(list);
    return list;
}

QString describe(const RenderedBlocks &list) {
    QStringList parts;
    for (const RenderedBlock &b : list)
        parts << QStringLiteral("%1@%2-%3").arg(QString::fromUtf8(b.html)).arg(b.firstLine).arg(b.lastLine);
    return parts.join(QStringLiteral(", "));
}

// "start-removeCount+inserted~lineDelta" for each range, space-separated: "2-1+1~0 5-0+0~3".
QString describe(const PreviewPatch &patch) {
    QStringList parts;
    for (const PreviewPatch::Range &range : patch.ranges) {
        parts << QStringLiteral("%1-%2+%3~%4")
                     .arg(range.start)
                     .arg(range.removeCount)
                     .arg(range.blocks.size())
                     .arg(range.lineDelta);
    }
    return parts.join(QLatin1Char(' '));
}

using Ranges = QVector<PreviewPatch::Range>;

PreviewPatch::Range range(int start, int removeCount, RenderedBlocks inserted, int lineDelta) {
    return PreviewPatch::Range{start, removeCount, std::move(inserted), lineDelta};
}

}  // namespace

class TestPreviewPatch : public QObject {
    Q_OBJECT

private slots:
    void between_data();
    void between();
    void identicalListsGiveAnEmptyPatch();
    void typingInTheMiddleParagraphPatchesOneBlock();
    void typingANewLinePatchesOneBlockAndShiftsTheRest();
    void editsAtTheStartAndTheEndGiveTwoRangesAndKeepTheMiddle();
    void keptBlocksAfterEachRangeMoveByTheirOwnDelta();
    void applyToShiftsOnlyTheKeptBlocksAfterEachRange();
    void fitsListOf_data();
    void fitsListOf();
    void insertingGivesTheWholeList();
    void beyondTheDiffBoundTheMiddleIsOneRange();
    void randomEditsRoundTripWithMinimalRanges();
    void randomSingleBlockChangesGiveMinimalPatches();
};

void TestPreviewPatch::between_data() {
    QTest::addColumn<RenderedBlocks>("before");
    QTest::addColumn<RenderedBlocks>("after");
    QTest::addColumn<QString>("ranges");

    const RenderedBlocks abc = blocks({block("a", 1, 1), block("b", 3, 3), block("c", 5, 5)});
    const RenderedBlocks abcde =
        blocks({block("a", 1, 1), block("b", 3, 3), block("c", 5, 5), block("d", 7, 7), block("e", 9, 9)});

    QTest::newRow("both empty") << RenderedBlocks() << RenderedBlocks() << "";
    QTest::newRow("from empty inserts everything") << RenderedBlocks() << abc << "0-0+3~0";
    QTest::newRow("to empty removes everything") << abc << RenderedBlocks() << "0-3+0~0";
    QTest::newRow("insertion in the middle shifts the suffix")
        << abc << blocks({block("a", 1, 1), block("b", 3, 3), block("new", 5, 6), block("c", 8, 8)})
        << "2-0+1~3";
    QTest::newRow("insertion at the start")
        << abc << blocks({block("new", 1, 1), block("a", 3, 3), block("b", 5, 5), block("c", 7, 7)})
        << "0-0+1~2";
    QTest::newRow("insertion at the end keeps the prefix")
        << abc << blocks({block("a", 1, 1), block("b", 3, 3), block("c", 5, 5), block("d", 7, 7)})
        << "3-0+1~0";
    QTest::newRow("deletion in the middle shifts the suffix back")
        << abc << blocks({block("a", 1, 1), block("c", 3, 3)}) << "1-1+0~-2";
    QTest::newRow("deletion of the last block")
        << abc << blocks({block("a", 1, 1), block("b", 3, 3)}) << "2-1+0~0";
    QTest::newRow("two blocks merged into one")
        << abc << blocks({block("a", 1, 1), block("b c", 3, 4)}) << "1-2+1~0";
    QTest::newRow("one block split into two")
        << blocks({block("a", 1, 1), block("b c", 3, 4), block("d", 6, 6)})
        << blocks({block("a", 1, 1), block("b", 3, 3), block("c", 5, 5), block("d", 7, 7)}) << "1-1+2~1";
    QTest::newRow("a pure line shift moves every block and replaces none")
        << abc << blocks({block("a", 2, 2), block("b", 4, 4), block("c", 6, 6)}) << "0-0+0~1";
    QTest::newRow("a block moved by another delta than the next keeps its element")
        << abc << blocks({block("a", 1, 1), block("b", 4, 4), block("c", 5, 5)}) << "1-0+0~1 2-0+0~0";
    QTest::newRow("repeated blocks: prefix and suffix do not overlap")
        << blocks({block("x", 1, 1), block("x", 3, 3)})
        << blocks({block("x", 1, 1), block("x", 3, 3), block("x", 5, 5)}) << "2-0+1~0";
    QTest::newRow("changes at both ends keep the middle")
        << abcde
        << blocks({block("A", 1, 1), block("b", 3, 3), block("c", 5, 5), block("d", 7, 7), block("E", 9, 9)})
        << "0-1+1~0 4-1+1~0";
    QTest::newRow("a longer first block moves the middle, a removed last block moves nothing")
        << abcde << blocks({block("A", 1, 2), block("b", 4, 4), block("c", 6, 6), block("d", 8, 8)})
        << "0-1+1~1 4-1+0~0";
    QTest::newRow("three runs, each with the delta of the blocks after it")
        << abcde
        << blocks({block("a", 1, 1), block("B", 3, 4), block("c", 6, 6), block("new", 8, 8),
                   block("d", 10, 10), block("E", 12, 12)})
        << "1-1+1~1 3-0+1~3 4-1+1~0";
    QTest::newRow("a block moved across others is removed and inserted, the rest kept")
        << abcde
        << blocks({block("b", 1, 1), block("c", 3, 3), block("d", 5, 5), block("a", 7, 7), block("e", 9, 9)})
        << "0-1+0~-2 4-0+1~0";
}

void TestPreviewPatch::between() {
    QFETCH(RenderedBlocks, before);
    QFETCH(RenderedBlocks, after);
    QFETCH(QString, ranges);

    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(describe(patch), ranges);
    QVERIFY(patch.fitsListOf(before.size()));
    QCOMPARE(applied(patch, before), after);
}

void TestPreviewPatch::identicalListsGiveAnEmptyPatch() {
    const RenderedBlocks list = blocks({block("a", 1, 1), block("b", 3, 4)});
    const PreviewPatch patch = PreviewPatch::between(list, list);
    QVERIFY(patch.isEmpty());
    QCOMPARE(applied(patch, list), list);
    QVERIFY(PreviewPatch::between({}, {}).isEmpty());
    QVERIFY(!PreviewPatch::between(list, list.mid(0, 1)).isEmpty());
}

void TestPreviewPatch::typingInTheMiddleParagraphPatchesOneBlock() {
    const RenderedBlocks before =
        BlockRenderer::render("# Title\n\nFirst paragraph.\n\nMiddle paragraph.\n\nLast.\n");
    const RenderedBlocks after =
        BlockRenderer::render("# Title\n\nFirst paragraph.\n\nMiddle paragraphs.\n\nLast.\n");
    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(patch.ranges.size(), 1);
    const PreviewPatch::Range &only = patch.ranges.first();
    QCOMPARE(only.start, 2);
    QCOMPARE(only.removeCount, 1);
    QCOMPARE(only.blocks.size(), 1);
    QCOMPARE(only.blocks.first().html, QByteArray("<p>Middle paragraphs.</p>\n"));
    QCOMPARE(only.lineDelta, 0);
    QCOMPARE(applied(patch, before), after);
}

void TestPreviewPatch::typingANewLinePatchesOneBlockAndShiftsTheRest() {
    const RenderedBlocks before = BlockRenderer::render("# Title\n\nMiddle paragraph.\n\nNext.\n\n- list\n");
    const RenderedBlocks after = BlockRenderer::render("# Title\n\nMiddle\nparagraph.\n\nNext.\n\n- list\n");
    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(patch.ranges.size(), 1);
    const PreviewPatch::Range &only = patch.ranges.first();
    QCOMPARE(only.start, 1);
    QCOMPARE(only.removeCount, 1);
    QCOMPARE(only.blocks.size(), 1);
    QCOMPARE(only.blocks.first().firstLine, 3);
    QCOMPARE(only.blocks.first().lastLine, 4);
    QCOMPARE(only.lineDelta, 1);
    QCOMPARE(applied(patch, before), after);
}

// What a post with a table of contents at the top sees when a heading at the end is edited: the TOC block
// and the heading change, every block between them stays.
void TestPreviewPatch::editsAtTheStartAndTheEndGiveTwoRangesAndKeepTheMiddle() {
    QByteArray middle;
    for (int i = 0; i < 20; ++i)
        middle += "Paragraph " + QByteArray::number(i) + ".\n\n";
    const RenderedBlocks before = BlockRenderer::render("- [One](#one)\n\n" + middle + "## One\n");
    const RenderedBlocks after =
        BlockRenderer::render("- [One](#one)\n- [Two](#two)\n\n" + middle + "## One\n\n## Two\n");
    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(describe(patch), QStringLiteral("0-1+1~1 22-0+1~0"));
    QCOMPARE(patch.ranges[0].blocks, after.mid(0, 1));
    QCOMPARE(patch.ranges[1].blocks, after.mid(22, 1));
    QCOMPARE(applied(patch, before), after);
}

void TestPreviewPatch::keptBlocksAfterEachRangeMoveByTheirOwnDelta() {
    const RenderedBlocks before = BlockRenderer::render("One.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n");
    // One line more in the first paragraph, one line less (the paragraph removed) further down.
    const RenderedBlocks after = BlockRenderer::render("One\nmore.\n\nTwo.\n\nFour.\n\nFive.\n");
    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(describe(patch), QStringLiteral("0-1+1~1 2-1+0~-1"));
    QCOMPARE(applied(patch, before), after);
    QCOMPARE(after.at(1).firstLine, before.at(1).firstLine + 1);
    QCOMPARE(after.at(2).firstLine, before.at(3).firstLine - 1);
}

void TestPreviewPatch::applyToShiftsOnlyTheKeptBlocksAfterEachRange() {
    PreviewPatch patch;
    patch.ranges = {range(1, 1, blocks({block("B", 3, 5)}), 2), range(3, 0, {}, 5)};
    const RenderedBlocks result = applied(patch, blocks({block("a", 1, 1), block("b", 3, 3), block("c", 5, 6),
                                                         block("d", 8, 8), block("e", 9, 9)}));
    QCOMPARE(result, blocks({block("a", 1, 1), block("B", 3, 5), block("c", 7, 8), block("d", 13, 13),
                             block("e", 14, 14)}));
}

void TestPreviewPatch::fitsListOf_data() {
    QTest::addColumn<Ranges>("ranges");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("fits");
    QTest::newRow("no ranges fit an empty list") << Ranges{} << 0 << true;
    QTest::newRow("ranges in order") << Ranges{range(0, 1, {}, 0), range(2, 1, {}, 0)} << 3 << true;
    QTest::newRow("removing past the end") << Ranges{range(2, 2, {}, 0)} << 3 << false;
    QTest::newRow("out of order") << Ranges{range(2, 1, {}, 0), range(0, 1, {}, 0)} << 3 << false;
    QTest::newRow("overlapping the range before")
        << Ranges{range(0, 2, {}, 0), range(1, 1, {}, 0)} << 3 << false;
    QTest::newRow("a negative count") << Ranges{range(1, -1, {}, 0)} << 3 << false;
}

void TestPreviewPatch::fitsListOf() {
    QFETCH(Ranges, ranges);
    QFETCH(int, count);
    QFETCH(bool, fits);
    PreviewPatch patch;
    patch.ranges = ranges;
    QCOMPARE(patch.fitsListOf(count), fits);
}

void TestPreviewPatch::insertingGivesTheWholeList() {
    const RenderedBlocks list = blocks({block("a", 1, 1), block("b", 3, 4)});
    QCOMPARE(applied(PreviewPatch::inserting(list), {}), list);
    QVERIFY(PreviewPatch::inserting({}).isEmpty());
}

void TestPreviewPatch::beyondTheDiffBoundTheMiddleIsOneRange() {
    // Every other block changes, between an unchanged first and last block: more changes than the diff looks
    // for, so the middle is replaced whole although its odd blocks could stay.
    RenderedBlocks before;
    RenderedBlocks after;
    const int count = PreviewPatch::kMaxDiffEdits + 4;
    for (int i = 0; i < count; ++i) {
        const bool edited = i > 0 && i < count - 1 && i % 2 == 0;
        const QByteArray html = "<p>" + QByteArray::number(i) + "</p>\n";
        before.append(RenderedBlock{html, 2 * i + 1, 2 * i + 1});
        after.append(RenderedBlock{edited ? "<p>edited " + html.mid(3) : html, 2 * i + 1, 2 * i + 1});
    }
    const PreviewPatch patch = PreviewPatch::between(before, after);
    QCOMPARE(describe(patch), QStringLiteral("2-%1+%1~0").arg(count - 3));
    QCOMPARE(applied(patch, before), after);

    // Under the bound the same kind of change keeps every unchanged block.
    const PreviewPatch small = PreviewPatch::between(before.mid(0, 9), after.mid(0, 8) + before.mid(8, 1));
    QCOMPARE(describe(small), QStringLiteral("2-1+1~0 4-1+1~0 6-1+1~0"));
}

namespace {

RenderedBlocks randomBlocks(QRandomGenerator &random, int count, int firstLine) {
    RenderedBlocks list;
    int line = firstLine;
    for (int i = 0; i < count; ++i) {
        // A small alphabet so equal HTML in different places (the hard case for the diff) is common.
        const QByteArray html = "<p>" + QByteArray(1, char('a' + random.bounded(4))) + "</p>\n";
        const int height = random.bounded(3);
        list.append(RenderedBlock{html, line, line + height});
        line += height + 1 + random.bounded(2);
    }
    return list;
}

// `before` with blocks [from, from + removed) replaced by `inserted` random blocks; the blocks after them
// move by the number of lines the edit added or removed, as they do when a writer edits the text.
RenderedBlocks edited(QRandomGenerator &random, const RenderedBlocks &before, int from, int removed,
                      int inserted) {
    const int firstLine = from > 0 ? before.at(from - 1).lastLine + 2 : 1;
    RenderedBlocks middle = randomBlocks(random, inserted, firstLine);
    const int oldNext = from + removed < before.size() ? before.at(from + removed).firstLine : 0;
    const int newNext = middle.isEmpty() ? firstLine + random.bounded(2) : middle.constLast().lastLine + 2;
    RenderedBlocks after = before.mid(0, from) + middle;
    for (int i = from + removed; i < before.size(); ++i) {
        RenderedBlock moved = before.at(i);
        moved.firstLine += newNext - oldNext;
        moved.lastLine += newNext - oldNext;
        after.append(moved);
    }
    return after;
}

// The fewest blocks any patch must remove plus insert: blocks not in a longest common subsequence of blocks
// the page may keep (BlockDiff::sameBlock), by the textbook O(n * m) table.
int fewestReplacedBlocks(const RenderedBlocks &before, const RenderedBlocks &after) {
    const size_t n = size_t(before.size());
    const size_t m = size_t(after.size());
    std::vector<std::vector<int>> common(n + 1, std::vector<int>(m + 1, 0));
    for (size_t i = n; i-- > 0;) {
        for (size_t j = m; j-- > 0;) {
            common[i][j] = BlockDiff::sameBlock(before.at(qsizetype(i)), after.at(qsizetype(j)))
                               ? common[i + 1][j + 1] + 1
                               : std::max(common[i + 1][j], common[i][j + 1]);
        }
    }
    return int(n + m) - 2 * common[0][0];
}

// Minimal, as between() promises: (1) it removes and inserts no more blocks than the fewest possible; (2)
// every range replaces a block or changes the delta, so none could be dropped; (3) a kept block separates
// each range from the next, so no two could be one without replacing a kept block.
QString minimalityProblem(const PreviewPatch &patch, const RenderedBlocks &before,
                          const RenderedBlocks &after) {
    const int fewest = fewestReplacedBlocks(before, after);
    if (patch.removedCount() + patch.insertedCount() != fewest)
        return QStringLiteral("replaces %1 blocks, %2 would do")
            .arg(patch.removedCount() + patch.insertedCount())
            .arg(fewest);
    int delta = 0;
    int end = -1;
    for (const PreviewPatch::Range &range : patch.ranges) {
        if (range.removeCount == 0 && range.blocks.isEmpty() && range.lineDelta == delta)
            return QStringLiteral("a range at %1 changes nothing").arg(range.start);
        if (range.start <= end && end >= 0)
            return QStringLiteral("no kept block before the range at %1").arg(range.start);
        delta = range.lineDelta;
        end = range.start + range.removeCount;
    }
    return {};
}

}  // namespace

void TestPreviewPatch::randomEditsRoundTripWithMinimalRanges() {
    QRandomGenerator random(20240611);  // fixed seed: a failure is reproducible
    for (int round = 0; round < 5000; ++round) {
        const RenderedBlocks before = randomBlocks(random, random.bounded(12), 1 + random.bounded(3));
        RenderedBlocks after = before;
        if (random.bounded(6) == 0) {
            after = randomBlocks(random, random.bounded(12), 1 + random.bounded(3));  // unrelated lists
        } else {
            // One to three edits anywhere, as a writer's edit plus the blocks it changes far away.
            for (int edits = 1 + random.bounded(3); edits > 0; --edits) {
                const int from = random.bounded(int(after.size()) + 1);
                const int removed = random.bounded(std::min(3, int(after.size()) - from + 1));
                after = edited(random, after, from, removed, random.bounded(3));
            }
        }
        const PreviewPatch patch = PreviewPatch::between(before, after);
        const RenderedBlocks result = applied(patch, before);
        const QString context = QStringLiteral("round %1\nbefore: %2\nafter:  %3\npatch:  %4")
                                    .arg(round)
                                    .arg(describe(before), describe(after), describe(patch));
        QVERIFY2(result == after, qPrintable(context + QStringLiteral("\ngot:    ") + describe(result)));
        QVERIFY2(patch.fitsListOf(before.size()), qPrintable(context));
        QVERIFY2(patch.isEmpty() == (before == after), qPrintable(context));
        const QString problem = minimalityProblem(patch, before, after);
        QVERIFY2(problem.isEmpty(), qPrintable(context + QStringLiteral("\n") + problem));
    }
}

void TestPreviewPatch::randomSingleBlockChangesGiveMinimalPatches() {
    QRandomGenerator random(7);
    for (int round = 0; round < 5000; ++round) {
        const RenderedBlocks before = randomBlocks(random, 1 + random.bounded(8), 1);
        const RenderedBlocks after = edited(random, before, random.bounded(int(before.size())), 1, 1);
        const PreviewPatch patch = PreviewPatch::between(before, after);
        // The block may also keep its HTML and move by other lines than the blocks after it: then ranges only
        // change deltas.
        const auto replacing = std::count_if(patch.ranges.cbegin(), patch.ranges.cend(), [](const auto &r) {
            return r.removeCount > 0 || !r.blocks.isEmpty();
        });
        QVERIFY2(replacing <= 1 && patch.removedCount() <= 1 && patch.insertedCount() <= 1,
                 qPrintable(QStringLiteral("round %1: %2 -> %3 gave %4")
                                .arg(round)
                                .arg(describe(before), describe(after), describe(patch))));
        QCOMPARE(applied(patch, before), after);
    }
}

QTEST_GUILESS_MAIN(TestPreviewPatch)
#include "tst_previewpatch.moc"
