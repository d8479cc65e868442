// Find in Site's result rows: MatchRowDelegate::fit keeps the match in view however long the line, and the
// painted row shows the match tinted as the editor's find bar does.

#include <QApplication>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QTreeView>
#include <QtTest>

#include "site/matchrowdelegate.h"

class TestMatchRowDelegate : public QObject {
    Q_OBJECT

    QFont m_font;
    QFont m_bold;

private Q_SLOTS:
    void initTestCase() {
        m_font = QApplication::font();
        m_bold = m_font;
        m_bold.setBold(true);
    }

    void aShortLineIsShownWhole() {
        const QString text = QStringLiteral("7: Jekyll is fine.");
        const auto parts =
            MatchRowDelegate::fit(text, 3, 6, 3, QFontMetrics(m_font), QFontMetrics(m_bold), 2000);
        QCOMPARE(parts.before, QStringLiteral("7: "));
        QCOMPARE(parts.match, QStringLiteral("Jekyll"));
        QCOMPARE(parts.after, QStringLiteral(" is fine."));
    }

    void aMatchFarRightKeepsOnlyTheEndOfWhatPrecedesIt() {
        const QString before = QStringLiteral("12: ") + QStringLiteral("word ").repeated(60);
        const QString text = before + QStringLiteral("Jekyll") + QStringLiteral(" and more words after it");
        const QFontMetrics metrics(m_font);
        const QFontMetrics boldMetrics(m_bold);
        const int width = metrics.horizontalAdvance(QStringLiteral("word ").repeated(20));
        const auto parts = MatchRowDelegate::fit(text, int(before.size()), 6, 4, metrics, boldMetrics, width);
        QCOMPARE(parts.match, QStringLiteral("Jekyll"));
        // The line number stays; what follows it is cut from the left.
        QVERIFY2(parts.before.startsWith(QStringLiteral("12: ") + QChar(0x2026)), qPrintable(parts.before));
        QVERIFY(parts.before.endsWith(QStringLiteral("word ")));
        // At most a third of the room before the match, the match whole, and everything within the width.
        QVERIFY(metrics.horizontalAdvance(parts.before) <=
                width / 3 + metrics.horizontalAdvance(QStringLiteral("12: ") + QChar(0x2026)));
        QVERIFY(metrics.horizontalAdvance(parts.before) + boldMetrics.horizontalAdvance(parts.match) +
                    metrics.horizontalAdvance(parts.after) <=
                width + 1);
        QVERIFY(!parts.after.isEmpty());
    }

    void aMatchWiderThanTheRowIsCutAtItsEnd() {
        const QString text = QStringLiteral("3: ") + QStringLiteral("x").repeated(400);
        const QFontMetrics metrics(m_font);
        const auto parts = MatchRowDelegate::fit(text, 3, 400, 3, metrics, QFontMetrics(m_bold), 200);
        QVERIFY(parts.match.endsWith(QChar(0x2026)));
        QVERIFY(parts.after.isEmpty());
    }

    void theMatchIsTintedWhenPainted() {
        QStandardItemModel model;
        auto *plain = new QStandardItem(QStringLiteral("1: nothing here at all"));
        auto *marked = new QStandardItem(QStringLiteral("2: the Jekyll line"));
        marked->setData(6, MatchRowDelegate::kMatchStartRole);
        marked->setData(6, MatchRowDelegate::kMatchLengthRole);
        model.appendRow(plain);
        model.appendRow(marked);
        QTreeView view;
        view.setHeaderHidden(true);
        view.setItemDelegate(new MatchRowDelegate(&view));
        view.setModel(&model);
        view.resize(400, 100);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QColor tint = view.palette().color(QPalette::Active, QPalette::Highlight);
        const QImage image = view.viewport()->grab().toImage();
        const QColor base = view.palette().color(QPalette::Base);
        // The tint over the base colour, as painted at alpha 70.
        const auto blended = [&](int a, int b) { return (a * 70 + b * (255 - 70)) / 255; };
        const QColor expected(blended(tint.red(), base.red()), blended(tint.green(), base.green()),
                              blended(tint.blue(), base.blue()));
        const auto countTinted = [&](const QRect &rect) {
            int found = 0;
            for (int y = rect.top(); y <= rect.bottom(); ++y) {
                for (int x = rect.left(); x <= rect.right(); ++x) {
                    const QColor c = image.pixelColor(x, y);
                    if (std::abs(c.red() - expected.red()) <= 3 &&
                        std::abs(c.green() - expected.green()) <= 3 &&
                        std::abs(c.blue() - expected.blue()) <= 3)
                        ++found;
                }
            }
            return found;
        };
        const QRect plainRow = view.visualRect(model.index(0, 0));
        const QRect markedRow = view.visualRect(model.index(1, 0));
        QCOMPARE(countTinted(plainRow), 0);
        QVERIFY(countTinted(markedRow) > 20);
    }
};

QTEST_MAIN(TestMatchRowDelegate)
#include "tst_matchrowdelegate.moc"
