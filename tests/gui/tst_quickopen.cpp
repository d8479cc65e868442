// Quick open (Ctrl+P) and its insert-link mode, driven from the keyboard: typing ranks titles, the matched
// characters are marked for bold, arrows move, Enter chooses and closes, Esc closes.

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

#include "site/quickopendelegate.h"
#include "site/quickopendialog.h"

Q_DECLARE_METATYPE(PostSummary)

namespace {

PostSummary post(const QString &title, const QString &date) {
    PostSummary p;
    p.title = title;
    p.relativePath = QStringLiteral("_posts/%1-%2.md").arg(date.left(10), title.toLower().replace(' ', '-'));
    p.path = QStringLiteral("/site/") + p.relativePath;
    p.date = QDateTime::fromString(date, Qt::ISODate);
    return p;
}

QVector<PostSummary> posts() {
    return {post("Machine learning notes", "2019-03-01T10:00:00Z"),
            post("Make a cake", "2020-01-01T10:00:00Z"),
            post("Macro machines", "2018-01-01T10:00:00Z"),
            post("Jekyll themes", "2021-01-01T10:00:00Z"),
            post("Notes", "2017-01-01T10:00:00Z"),
            post("Notes", "2022-01-01T10:00:00Z")};
}

QStringList shown(const QuickOpenDialog &dialog) {
    QStringList out;
    for (int i = 0; i < dialog.list()->count(); ++i)
        out << dialog.list()->item(i)->text();
    return out;
}

}  // namespace

class TestQuickOpen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typingRanks_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QStringList>("titles");
        QTest::newRow("nothing typed: newest first")
            << "" << QStringList{"Notes",          "Jekyll themes", "Make a cake", "Machine learning notes",
                                 "Macro machines", "Notes"};
        QTest::newRow("word starts beat scattered letters")
            << "mn" << QStringList{"Machine learning notes", "Macro machines"};
        QTest::newRow("runs beat gaps, short titles first")
            << "mac" << QStringList{"Macro machines", "Machine learning notes", "Make a cake"};
        QTest::newRow("no match") << "xyz" << QStringList{};
    }
    void typingRanks() {
        QFETCH(QString, typed);
        QFETCH(QStringList, titles);
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QTest::keyClicks(dialog.lineEdit(), typed);
        QCOMPARE(shown(dialog), titles);
        const QString status = dialog.findChild<QLabel *>(QStringLiteral("quickOpenStatus"))->text();
        QCOMPARE(status, titles.isEmpty() ? QStringLiteral("No title matches")
                                          : QStringLiteral("%1 of 6 posts").arg(titles.size()));
        if (!titles.isEmpty())
            QCOMPARE(dialog.list()->currentRow(), 0);
    }

    void equalTitlesNewerFirst() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("notes"));
        QCOMPARE(dialog.list()->item(0)->data(Qt::ToolTipRole).toString(), posts().at(5).path);
        QCOMPARE(dialog.list()->item(1)->data(Qt::ToolTipRole).toString(), posts().at(4).path);
    }

    void matchedCharactersMarkedForBold() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("jt"));
        QCOMPARE(dialog.list()->count(), 1);
        QCOMPARE(dialog.list()->item(0)->data(QuickOpenDelegate::PositionsRole).value<QVector<int>>(),
                 (QVector<int>{0, 7}));
        QVERIFY(dialog.list()->item(0)->data(QuickOpenDelegate::DetailRole).toString().contains("_posts/"));
        // The delegate gives the two lines room.
        const QSize size = dialog.list()->sizeHintForIndex(dialog.list()->model()->index(0, 0));
        QVERIFY(size.height() > dialog.fontMetrics().height() * 3 / 2);
    }

    void enterChoosesAndCloses() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QVERIFY(dialog.isVisible());
        QSignalSpy chosen(&dialog, &QuickOpenDialog::chosen);
        QSignalSpy linked(&dialog, &QuickOpenDialog::linkChosen);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("mac"));
        for (int i = 0; i < 3; ++i)
            QTest::keyClick(dialog.lineEdit(), Qt::Key_Down);  // the last of three rows, then stays there
        QCOMPARE(dialog.list()->currentRow(), 2);
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Up);
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Return);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), posts().at(0).path);
        QCOMPARE(linked.count(), 0);
        QVERIFY(!dialog.isVisible());
        // Opened again, it starts empty.
        dialog.popup(QuickOpenDialog::Mode::Open);
        QVERIFY(dialog.lineEdit()->text().isEmpty());
        QCOMPARE(dialog.list()->count(), posts().size());
    }

    void escapeClosesWithoutChoosing() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QSignalSpy chosen(&dialog, &QuickOpenDialog::chosen);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("mac"));
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(chosen.count(), 0);
    }

    void insertLinkModeEmitsThePost() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::InsertLink);
        QCOMPARE(dialog.mode(), QuickOpenDialog::Mode::InsertLink);
        QVERIFY(dialog.findChild<QLabel *>()->text().contains(QStringLiteral("link")));
        QSignalSpy chosen(&dialog, &QuickOpenDialog::chosen);
        QSignalSpy linked(&dialog, &QuickOpenDialog::linkChosen);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("jek"));
        QTest::keyClick(dialog.lineEdit(), Qt::Key_Enter);
        QCOMPARE(chosen.count(), 0);
        QCOMPARE(linked.count(), 1);
        const PostSummary chosenPost = linked.first().at(0).value<PostSummary>();
        QCOMPARE(chosenPost.title, QStringLiteral("Jekyll themes"));
        QCOMPARE(chosenPost.relativePath, posts().at(3).relativePath);
    }

    void clickChooses() {
        QuickOpenDialog dialog;
        dialog.setPosts(posts());
        dialog.popup(QuickOpenDialog::Mode::Open);
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy chosen(&dialog, &QuickOpenDialog::chosen);
        QTest::keyClicks(dialog.lineEdit(), QStringLiteral("cake"));
        const QRect rect = dialog.list()->visualItemRect(dialog.list()->item(0));
        QTest::mouseClick(dialog.list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), posts().at(1).path);
    }
};

QTEST_MAIN(TestQuickOpen)
#include "tst_quickopen.moc"
