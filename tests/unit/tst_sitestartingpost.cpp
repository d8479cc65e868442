// Which post a site opens on (SitePosts::startingPost): the newest published post, else the newest draft,
// else none. A draft newer than every post does not win: the site is shown as readers see it.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "site/siteposts.h"

class TestSiteStartingPost : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void startingPost_data() {
        QTest::addColumn<QStringList>("files");  // oldest modification time first
        QTest::addColumn<QString>("expected");   // relative to the site root; empty for none
        QTest::newRow("newest published post by its file name date")
            << QStringList{QStringLiteral("_posts/2024-05-01-later.md"),
                           QStringLiteral("_posts/2023-01-01-earlier.md")}
            << QStringLiteral("_posts/2024-05-01-later.md");
        QTest::newRow("a newer draft does not win over a post")
            << QStringList{QStringLiteral("_posts/2020-01-01-old.md"), QStringLiteral("_drafts/fresh.md")}
            << QStringLiteral("_posts/2020-01-01-old.md");
        QTest::newRow("posts in category folders count")
            << QStringList{QStringLiteral("_posts/2021-01-01-top.md"),
                           QStringLiteral("_posts/news/2022-03-04-inside.md")}
            << QStringLiteral("_posts/news/2022-03-04-inside.md");
        QTest::newRow("only drafts: the newest draft")
            << QStringList{QStringLiteral("_drafts/first.md"), QStringLiteral("_drafts/second.md")}
            << QStringLiteral("_drafts/second.md");
        QTest::newRow("what Jekyll skips is never opened")
            << QStringList{QStringLiteral("_posts/_hidden/2025-01-01-no.md"),
                           QStringLiteral("_drafts/yes.md")}
            << QStringLiteral("_drafts/yes.md");
        QTest::newRow("no posts at all") << QStringList{QStringLiteral("index.md")} << QString();
    }
    void startingPost() {
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        QTemporaryDir site;
        QVERIFY(site.isValid());
        QFile config(site.filePath(QStringLiteral("_config.yml")));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.close();
        // Drafts have no date in their name: their modification time orders them.
        const QDateTime base = QDateTime::currentDateTime().addDays(-10);
        for (int i = 0; i < files.size(); ++i) {
            const QString path = site.filePath(files.at(i));
            QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("---\ntitle: t\n---\n");
            QVERIFY(file.flush());  // a write after setFileTime() would move the time again
            QVERIFY(file.setFileTime(base.addSecs(3600 * i), QFileDevice::FileModificationTime));
        }
        const QString found = SitePosts::startingPost(site.path());
        QCOMPARE(found, expected.isEmpty() ? QString() : site.filePath(expected));
    }
};

QTEST_GUILESS_MAIN(TestSiteStartingPost)
#include "tst_sitestartingpost.moc"
