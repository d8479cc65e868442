// The kramdown syntax the preview knows it does not render as kramdown will (KramdownCaveats), found where
// `postwright check` warns and the editor marks it, and reported with each render of the kramdown dialect.
#include "render/incrementalrenderer.h"
#include "render/kramdowncaveats.h"
#include "render/markdowndialect.h"

#include <QtTest>

class TestKramdownCaveats : public QObject {
    Q_OBJECT

private slots:
    void found_data();
    void found();
    void reportedWithEachKramdownRender();
};

void TestKramdownCaveats::found_data() {
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");  // "line:column:length reason-word" for each, in order

    QTest::newRow("options") << QByteArray("Text.\n\n{::options auto_ids=\"false\" /}\n")
                             << QStringLiteral("3:1:30 options");
    QTest::newRow("options without a closing brace stop at the line end")
        << QByteArray("{::options x\nmore\n") << QStringLiteral("1:1:12 options");
    QTest::newRow("markdown span, either quote")
        << QByteArray("<span markdown=\"span\">*a*</span> <b markdown='span'>x</b>\n")
        << QStringLiteral("1:7:15 span;1:37:15 span");
    QTest::newRow("markdown=1 inside a list item and a quote, not at the top level")
        << QByteArray(
               "<div markdown=\"1\">\n*a*\n</div>\n\n- item\n  <div markdown=\"1\">\n> <div "
               "markdown='block'>\n")
        << QStringLiteral("6:8:12 list;7:8:16 list");
    QTest::newRow("markdown=1 inside raw HTML that began above it, not on an element opening its block")
        << QByteArray(
               "<div class=\"grid\">\n<div markdown=\"1\">\n*a*\n</div>\n\ntext\n<div markdown=\"1\">\n")
        << QStringLiteral("2:6:12 HTML");
    QTest::newRow("written in a fenced code block or a code span, it is code")
        << QByteArray(
               "```liquid\n<div markdown=\"span\">\n```\n\n`{::options x /}` "
               "and\n~~~~\n{::options\n~~~\n~~~~\n"
               "{::options y /}\n")
        << QStringLiteral("10:1:15 options");
    QTest::newRow("after a CRLF") << QByteArray("a\r\n{::options x /}\r\n")
                                  << QStringLiteral("2:1:15 options");
    QTest::newRow("nothing to say") << QByteArray("Plain *text* {: .class}\n{::comment}x{:/}\n") << QString();
}

void TestKramdownCaveats::found() {
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QVector<PreviewCaveat> caveats;
    KramdownCaveats::find(text, &caveats);
    QStringList got;
    const QStringList wanted = expected.isEmpty() ? QStringList() : expected.split(QLatin1Char(';'));
    QCOMPARE(caveats.size(), wanted.size());
    for (qsizetype i = 0; i < caveats.size(); ++i) {
        const PreviewCaveat &caveat = caveats.at(i);
        const QStringList parts = wanted.at(i).split(QLatin1Char(' '));
        QCOMPARE(QStringLiteral("%1:%2:%3").arg(caveat.line).arg(caveat.column).arg(caveat.length),
                 parts.at(0));
        QVERIFY2(caveat.reason.contains(parts.at(1)), qPrintable(caveat.reason));
        QCOMPARE(caveat.origin, PreviewCaveat::Origin::Kramdown);
    }
}

// The preview's renders carry them with the Liquid's, in the kramdown dialect only.
void TestKramdownCaveats::reportedWithEachKramdownRender() {
    const QByteArray body = "{% include x.html %}\n\n{::options auto_ids=\"false\" /}\n";
    IncrementalRenderer kramdown(BlockRenderer::Liquid::Preprocess, MarkdownDialect::kramdown());
    kramdown.render(body);
    QCOMPARE(kramdown.lastCaveats().size(), 2);
    QCOMPARE(kramdown.lastCaveats().at(0).origin, PreviewCaveat::Origin::Liquid);
    QCOMPARE(kramdown.lastCaveats().at(1).origin, PreviewCaveat::Origin::Kramdown);
    QCOMPARE(kramdown.lastCaveats().at(1).line, 3);
    kramdown.render("Fixed.\n");
    QVERIFY(kramdown.lastCaveats().isEmpty());

    IncrementalRenderer commonMark(BlockRenderer::Liquid::Preprocess, MarkdownDialect::commonMark());
    commonMark.render(body);
    QCOMPARE(commonMark.lastCaveats().size(), 1);
    QCOMPARE(commonMark.lastCaveats().at(0).origin, PreviewCaveat::Origin::Liquid);
}

QTEST_GUILESS_MAIN(TestKramdownCaveats)
#include "tst_kramdowncaveats.moc"
