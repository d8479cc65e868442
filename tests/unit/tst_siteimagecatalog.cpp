// The images a site publishes, as the cover/image picker lists them: found where Jekyll reads static files,
// never in its output, drafts, underscore or dot folders, excluded folders or unwritten collections.

#include <QtTest>

#include "site/siteimagecatalog.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

void touch(const QString &path, const QDateTime &when) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.setFileTime(when, QFileDevice::FileModificationTime));
}

QStringList relativePaths(const QVector<SiteImage> &images) {
    QStringList paths;
    for (const SiteImage &image : images)
        paths.append(image.relativePath);
    return paths;
}

}  // namespace

class TestSiteImageCatalog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_site.isValid());
        writeFile(m_site.filePath(QStringLiteral("_config.yml")),
                  "exclude: [private]\ninclude: [.well-known]\n"
                  "collections:\n  shots:\n    output: true\n  notes:\n    output: false\n");
        const QStringList files{QStringLiteral("assets/images/a.png"),
                                QStringLiteral("assets/img/b.JPG"),
                                QStringLiteral("img/c.webp"),
                                QStringLiteral("d.svg"),
                                QStringLiteral("e.avif"),
                                QStringLiteral("deep/er/f.jpeg"),
                                QStringLiteral("anim/g.gif"),
                                QStringLiteral(".well-known/h.png"),
                                QStringLiteral("_shots/s.png"),
                                QStringLiteral("_site/assets/images/a.png"),
                                QStringLiteral("_drafts/x.png"),
                                QStringLiteral("_posts/x.png"),
                                QStringLiteral(".git/x.png"),
                                QStringLiteral("node_modules/pkg/x.png"),
                                QStringLiteral("_includes/x.png"),
                                QStringLiteral(".hidden/x.png"),
                                QStringLiteral("private/x.png"),
                                QStringLiteral("_notes/x.png"),
                                QStringLiteral("assets/images/readme.txt"),
                                QStringLiteral("assets/images/png"),
                                QStringLiteral("assets/images/_x.png"),
                                QStringLiteral("assets/images/x.png~")};
        for (const QString &file : files)
            writeFile(m_site.filePath(file), "not decoded here");
    }

    void listsWhatJekyllPublishes_data() {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<bool>("listed");
        QTest::newRow("png in assets/images") << "assets/images/a.png" << true;
        QTest::newRow("upper-case JPG extension") << "assets/img/b.JPG" << true;
        QTest::newRow("webp") << "img/c.webp" << true;
        QTest::newRow("svg at the root") << "d.svg" << true;
        QTest::newRow("avif") << "e.avif" << true;
        QTest::newRow("jpeg two folders down") << "deep/er/f.jpeg" << true;
        QTest::newRow("gif") << "anim/g.gif" << true;
        QTest::newRow("dot folder named in include:") << ".well-known/h.png" << true;
        QTest::newRow("collection with output: true") << "_shots/s.png" << true;
        QTest::newRow("not in the build output _site") << "_site/assets/images/a.png" << false;
        QTest::newRow("not in _drafts") << "_drafts/x.png" << false;
        QTest::newRow("not in _posts") << "_posts/x.png" << false;
        QTest::newRow("not in .git") << ".git/x.png" << false;
        QTest::newRow("not in node_modules") << "node_modules/pkg/x.png" << false;
        QTest::newRow("not in _includes") << "_includes/x.png" << false;
        QTest::newRow("not in a dot folder") << ".hidden/x.png" << false;
        QTest::newRow("not in a folder named in exclude:") << "private/x.png" << false;
        QTest::newRow("not in a collection without output") << "_notes/x.png" << false;
        QTest::newRow("not a text file") << "assets/images/readme.txt" << false;
        QTest::newRow("not a name that is only an extension") << "assets/images/png" << false;
        QTest::newRow("not a file starting with _") << "assets/images/_x.png" << false;
        QTest::newRow("not an editor backup") << "assets/images/x.png~" << false;
    }

    void listsWhatJekyllPublishes() {
        QFETCH(QString, relativePath);
        QFETCH(bool, listed);
        QStringList problems;
        const QVector<SiteImage> images =
            SiteImageCatalog::list(m_site.path(), SiteImageCatalog::Order::ByFolder, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(relativePaths(images).contains(relativePath), listed);
        for (const SiteImage &image : images) {
            QCOMPARE(image.path, m_site.filePath(image.relativePath));
            QCOMPARE(image.size, qint64(16));
            QVERIFY(image.modified.isValid());
        }
    }

    void ordersNewestOrByFolder() {
        QTemporaryDir site;
        const QDateTime base(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        const QStringList oldestFirst{QStringLiteral("b/old.png"), QStringLiteral("a/Middle.png"),
                                      QStringLiteral("a/new.png"), QStringLiteral("top.png")};
        for (int i = 0; i < oldestFirst.size(); ++i) {
            writeFile(site.filePath(oldestFirst.at(i)), "x");
            touch(site.filePath(oldestFirst.at(i)), base.addSecs(60 * i));
        }
        QCOMPARE(relativePaths(SiteImageCatalog::list(site.path(), SiteImageCatalog::Order::Newest)),
                 (QStringList{QStringLiteral("top.png"), QStringLiteral("a/new.png"),
                              QStringLiteral("a/Middle.png"), QStringLiteral("b/old.png")}));
        QCOMPARE(relativePaths(SiteImageCatalog::list(site.path(), SiteImageCatalog::Order::ByFolder)),
                 (QStringList{QStringLiteral("top.png"), QStringLiteral("a/Middle.png"),
                              QStringLiteral("a/new.png"), QStringLiteral("b/old.png")}));
    }

    void brokenConfigStillLists() {
        QTemporaryDir site;
        writeFile(site.filePath(QStringLiteral("_config.yml")), "title: [unclosed\n");
        writeFile(site.filePath(QStringLiteral("assets/a.png")), "x");
        writeFile(site.filePath(QStringLiteral("_site/a.png")), "x");
        QStringList problems;
        const QVector<SiteImage> images =
            SiteImageCatalog::list(site.path(), SiteImageCatalog::Order::Newest, &problems);
        QCOMPARE(relativePaths(images), QStringList{QStringLiteral("assets/a.png")});
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QStringLiteral("_config.yml")), qPrintable(problems.first()));
    }

    void filterMatchesEveryWord_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        QTest::newRow("empty filter matches") << "" << true;
        QTest::newRow("part of the name") << "sun" << true;
        QTest::newRow("case-insensitive") << "SUNSET" << true;
        QTest::newRow("part of the folder") << "travel" << true;
        QTest::newRow("every word, any order") << "set 2021" << true;
        QTest::newRow("one word missing") << "sunset paris" << false;
        QTest::newRow("not in the path") << "beach" << false;
    }

    void filterMatchesEveryWord() {
        QFETCH(QString, text);
        QFETCH(bool, matches);
        SiteImage image;
        image.relativePath = QStringLiteral("assets/travel/2021-sunset.jpg");
        QCOMPARE(SiteImageCatalog::matches(image, text), matches);
    }

private:
    QTemporaryDir m_site;
};

QTEST_GUILESS_MAIN(TestSiteImageCatalog)
#include "tst_siteimagecatalog.moc"
