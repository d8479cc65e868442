// The line diff behind every Compare (common/linediff): longest common subsequence on lines, line numbers on
// both sides, and a correct (if not minimal) answer when the middle is too large to compare line by line.

#include <QtTest>

#include <algorithm>

#include "common/linediff.h"

namespace {

// The diff in one line per entry: " a" unchanged, "-a" removed, "+a" added, joined by "|".
QString compact(const QVector<LineDiff::Line> &lines) {
    QStringList out;
    for (const LineDiff::Line &line : lines) {
        const QChar mark = line.kind == LineDiff::Kind::Same      ? QLatin1Char(' ')
                           : line.kind == LineDiff::Kind::Removed ? QLatin1Char('-')
                                                                  : QLatin1Char('+');
        out.append(mark + line.text);
    }
    return out.join(QLatin1Char('|'));
}

}  // namespace

class TestLineDiff : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void lineDiff_data() {
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<QString>("diff");
        QTest::newRow("identical") << QByteArray("a\nb\n") << QByteArray("a\nb\n") << QStringLiteral(" a| b");
        QTest::newRow("one line changed in the middle")
            << QByteArray("a\nb\nc\n") << QByteArray("a\nB\nc\n") << QStringLiteral(" a|-b|+B| c");
        QTest::newRow("line inserted at the start")
            << QByteArray("a\nb\n") << QByteArray("new\na\nb\n") << QStringLiteral("+new| a| b");
        QTest::newRow("line removed at the end")
            << QByteArray("a\nb\nc\n") << QByteArray("a\nb\n") << QStringLiteral(" a| b|-c");
        QTest::newRow("everything added") << QByteArray() << QByteArray("a\nb") << QStringLiteral("+a|+b");
        QTest::newRow("everything removed") << QByteArray("a\n") << QByteArray() << QStringLiteral("-a");
        QTest::newRow("both empty") << QByteArray() << QByteArray() << QString();
        QTest::newRow("moved line matched by lcs")
            << QByteArray("x\na\nb\nc\ny\n") << QByteArray("x\nb\nc\na\ny\n")
            << QStringLiteral(" x|-a| b| c|+a| y");
        QTest::newRow("repeated lines")
            << QByteArray("-\n-\na\n-\n") << QByteArray("-\na\n-\n-\n") << QStringLiteral(" -|--| a|+-| -");
        QTest::newRow("crlf and lf lines compare equal")
            << QByteArray("a\r\nb\r\n") << QByteArray("a\nb\n") << QStringLiteral(" a| b");
        QTest::newRow("no final newline")
            << QByteArray("a\nb") << QByteArray("a\nb\n") << QStringLiteral(" a| b");
    }
    void lineDiff() {
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(QString, diff);
        QCOMPARE(compact(LineDiff::compare(before, after)), diff);
    }

    void lineDiffNumbersLines() {
        const QVector<LineDiff::Line> lines =
            LineDiff::compare(QByteArray("a\nb\nc\n"), QByteArray("a\nB\nc\nd\n"));
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines.at(1).beforeLine, 2);  // -b
        QCOMPARE(lines.at(1).afterLine, 0);
        QCOMPARE(lines.at(2).afterLine, 2);   // +B
        QCOMPARE(lines.at(3).beforeLine, 3);  // c
        QCOMPARE(lines.at(3).afterLine, 3);
        QCOMPARE(lines.at(4).afterLine, 4);  // +d
    }

    void hugeDiffStaysCorrect() {
        // A middle too large for the LCS table: still every old line removed and every new one added.
        QStringList before, after;
        before << QStringLiteral("head");
        after << QStringLiteral("head");
        for (int i = 0; i < 3000; ++i) {
            before << QStringLiteral("old %1").arg(i);
            after << QStringLiteral("new %1").arg(i);
        }
        before << QStringLiteral("tail");
        after << QStringLiteral("tail");
        const QVector<LineDiff::Line> lines = LineDiff::compare(before, after);
        QCOMPARE(lines.size(), 6002);
        QCOMPARE(lines.front().kind, LineDiff::Kind::Same);
        QCOMPARE(lines.back().kind, LineDiff::Kind::Same);
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const auto &l) { return l.kind == LineDiff::Kind::Removed; }),
                 3000);
        QCOMPARE(std::count_if(lines.begin(), lines.end(),
                               [](const auto &l) { return l.kind == LineDiff::Kind::Added; }),
                 3000);
    }
};

QTEST_GUILESS_MAIN(TestLineDiff)
#include "tst_linediff.moc"
