// LiquidExpansion keeps the site's Jekyll's answer for a body and expands later bodies with it: text edits
// reuse the answer at once, new Liquid falls back until the next answer, and the expanded text's lines map
// back to the body's.
#include "render/incrementalrenderer.h"
#include "render/liquidexpansion.h"
#include "render/liquidsegments.h"
#include "site/siteenginerequests.h"

#include <QJsonArray>
#include <QJsonObject>

#include <QtTest>

namespace {

// The answer the engine would give for `body`: `outputs` in place of its Liquid segments, in order.
std::shared_ptr<const LiquidExpansion> answered(const QByteArray &body, const QList<QByteArray> &outputs,
                                                const QVector<LiquidExpansion::UnrunTag> &unrun = {}) {
    const QVector<LiquidSegment> segments = LiquidSegments::split(body);
    QByteArray content;
    qsizetype next = 0;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        if (i > 0)
            content += LiquidExpansion::marker();
        content += segments.at(i).liquid ? outputs.value(next++)
                                         : body.mid(segments.at(i).from, segments.at(i).size());
    }
    return LiquidExpansion::fromAnswer(body, segments, content, unrun);
}

QString lines(const RenderedBlocks &blocks) {
    QStringList out;
    for (const RenderedBlock &block : blocks)
        out.append(QStringLiteral("%1-%2").arg(block.firstLine).arg(block.lastLine));
    return out.join(QLatin1Char(' '));
}

}  // namespace

class TestLiquidExpansion : public QObject {
    Q_OBJECT

private slots:
    void theAnsweredBodyExpandsToTheAnswer() {
        const QByteArray body = "{% assign n = 'Ann' %}Hi {{ n }}.\n";
        const auto expansion = answered(body, {"", "Ann"});
        QVERIFY(expansion->isSegmented());
        QVector<PreviewCaveat> caveats;
        const LiquidExpansion::Expanded expanded = expansion->expand(body, LiquidContext(), &caveats);
        QCOMPARE(expanded.text, QByteArray("Hi Ann.\n"));
        QVERIFY(expanded.bodyLines.isEmpty());
        QVERIFY(caveats.isEmpty());
    }

    // The fallback cannot run `assign`: the output shown after a text edit is the engine's, not the
    // fallback's.
    void aTextEditReusesTheAnswer() {
        const QByteArray body = "{% assign n = 'Ann' %}Hi {{ n }}.\n\nMore.\n";
        const auto expansion = answered(body, {"", "Ann"});
        QVector<PreviewCaveat> caveats;
        const QByteArray edited = "{% assign n = 'Ann' %}Hello {{ n }}.\n\nMore text.\n";
        QCOMPARE(expansion->expand(edited, LiquidContext(), &caveats).text,
                 QByteArray("Hello Ann.\n\nMore text.\n"));
        QVERIFY(caveats.isEmpty());
    }

    void repeatedSourcesTakeTheirAnswersInOrder() {
        const QByteArray body = "{% increment c %} {% increment c %}";
        const auto expansion = answered(body, {"0", "1"});
        QVector<PreviewCaveat> caveats;
        QCOMPARE(expansion->expand("x " + body, LiquidContext(), &caveats).text, QByteArray("x 0 1"));
    }

    // Until the engine answers again, new Liquid is what the fallback makes of it, and what it cannot run is
    // said where it is in the body.
    void newLiquidFallsBack() {
        const QByteArray body = "{{ 'a' }}\n";
        const auto expansion = answered(body, {"a"});
        QVector<PreviewCaveat> caveats;
        const QByteArray edited = "{{ 'a' }}\nb {% custom x %}\n";
        const LiquidExpansion::Expanded expanded = expansion->expand(edited, LiquidContext(), &caveats);
        QCOMPARE(expanded.text, QByteArray("a\nb {% custom x %}\n"));
        QCOMPARE(caveats.size(), 1);
        QCOMPARE(caveats.at(0).line, 2);
        QCOMPARE(caveats.at(0).column, 3);
    }

    void unrunTagsAreMarkedWhereTheyAreNow() {
        const QByteArray body = "a\n{% seo %}\n";
        const auto expansion = answered(body, {""}, {{QStringLiteral("seo"), 2}});
        QVector<PreviewCaveat> caveats;
        expansion->expand("new line\n" + body, LiquidContext(), &caveats);
        QCOMPARE(caveats.size(), 1);
        QCOMPARE(caveats.at(0).line, 3);
        QCOMPARE(caveats.at(0).column, 1);
        QCOMPARE(caveats.at(0).length, 9);
        QVERIFY(caveats.at(0).reason.contains(QLatin1String("seo")));
    }

    // An empty body has no segment; its empty answer still serves later bodies (found by fuzz_render).
    void anEmptyBodysAnswerIsCut() {
        const auto expansion = LiquidExpansion::fromAnswer(QByteArray(), {}, QByteArray(), {});
        QVERIFY(expansion->isSegmented());
        QCOMPARE(expansion->expand("a {{ 'b' }}", LiquidContext(), nullptr).text, QByteArray("a b"));
    }

    // A body may hold the marker's first byte alone: only whole markers cut (found by fuzz_render).
    void aBodyHoldingTheMarkersFirstByteIsCut() {
        const QByteArray body = "a\x1e b {{ x }} c";
        const auto expansion = answered(body, {"X"});
        QVERIFY(expansion->isSegmented());
        QCOMPARE(expansion->expand(body, LiquidContext(), nullptr).text, QByteArray("a\x1e b X c"));
    }

    // The engine lists tags it could not run in includes and layouts too, with their own file's line: only
    // the body's are marked in the body.
    void onlyTheBodysUnrunTagsAreMarked() {
        const QByteArray body = "a\n{% seo %}\n{% include head.html %}\n";
        const QVector<LiquidSegment> segments = LiquidSegments::split(body);
        QByteArray content;
        for (qsizetype i = 0; i < segments.size(); ++i)
            content +=
                (i > 0 ? LiquidExpansion::marker() : QByteArray()) +
                (segments.at(i).liquid ? QByteArray() : body.mid(segments.at(i).from, segments.at(i).size()));
        const QJsonObject answer{
            {QStringLiteral("content"), QString::fromUtf8(content)},
            {QStringLiteral("unrun"),
             QJsonArray{
                 QJsonObject{{QStringLiteral("tag"), QStringLiteral("seo")}, {QStringLiteral("line"), 2}},
                 QJsonObject{{QStringLiteral("tag"), QStringLiteral("feed_meta")},
                             {QStringLiteral("line"), 3},
                             {QStringLiteral("file"), QStringLiteral("_includes/head.html")}}}}};
        QVector<PreviewCaveat> caveats;
        SiteEngineRequests::expansion(answer, body, segments)->expand(body, LiquidContext(), &caveats);
        QCOMPARE(caveats.size(), 1);
        QCOMPARE(caveats.at(0).line, 2);
        QVERIFY(caveats.at(0).reason.contains(QLatin1String("seo")));
    }

    // An answer whose markers did not come back in place (a plugin's block that rewrote its content) serves
    // its own body only.
    void anUncutAnswerServesItsBodyOnly() {
        const QByteArray body = "a {{ x }} b";
        const auto expansion = LiquidExpansion::fromAnswer(body, LiquidSegments::split(body), "A X B", {});
        QVERIFY(!expansion->isSegmented());
        QVector<PreviewCaveat> caveats;
        QCOMPARE(expansion->expand(body, LiquidContext(), &caveats).text, QByteArray("A X B"));
        QCOMPARE(expansion->expand("a {{ x }} c", LiquidContext(), &caveats).text, QByteArray("a {{ x }} c"));
    }

    // A loop prints more lines than it has: each printed line maps to the loop's line it comes from, or its
    // last; the lines after it map back exactly.
    void linesMapBackToTheBody() {
        const QByteArray body = "{% for i in (1..3) %}\n- {{ i }}\n{% endfor %}\nafter\n";
        const auto expansion = answered(body, {"\n- 1\n\n- 2\n\n- 3\n"});
        QVector<PreviewCaveat> caveats;
        const LiquidExpansion::Expanded expanded = expansion->expand(body, LiquidContext(), &caveats);
        QCOMPARE(expanded.text, QByteArray("\n- 1\n\n- 2\n\n- 3\n\nafter\n"));
        QCOMPARE(expanded.bodyLines, (QVector<int>{1, 2, 3, 3, 3, 3, 3, 4, 5}));
    }

    // The renderer's blocks carry body lines, and a render after an edit equals a fresh full render.
    void blocksCarryBodyLines() {
        const QByteArray body =
            "{% for i in (1..3) %}\nItem {{ i }}\n\n{% endfor %}\n\nAfter the loop.\n\nLast.\n";
        const auto expansion = answered(body, {"\nItem 1\n\n\nItem 2\n\n\nItem 3\n\n"});
        IncrementalRenderer renderer;
        renderer.setExpansion(expansion);
        const RenderedBlocks blocks = renderer.render(body);
        QCOMPARE(lines(blocks), QStringLiteral("2-2 4-4 4-4 6-6 8-8"));
        QVERIFY(blocks.at(1).html.contains("Item 2"));

        const QByteArray edited =
            "{% for i in (1..3) %}\nItem {{ i }}\n\n{% endfor %}\n\nAfter the loop, edited.\n\nLast.\n";
        const RenderedBlocks again = renderer.render(edited);
        QVERIFY(renderer.lastReport().incremental);
        IncrementalRenderer fresh;
        fresh.setExpansion(expansion);
        QCOMPARE(again, fresh.render(edited));
        QVERIFY(again.at(3).html.contains("edited"));
    }
};

QTEST_GUILESS_MAIN(TestLiquidExpansion)
#include "tst_liquidexpansion.moc"
