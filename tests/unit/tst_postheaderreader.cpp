// The preview header reads the front matter the way common Jekyll themes do.

#include <QLocale>
#include <QtTest>

#include "post/post.h"
#include "post/postheaderreader.h"

class TestPostHeaderReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void read_data() {
        QTest::addColumn<QByteArray>("frontMatter");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("date");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("cover");
        QTest::newRow("jasper2") << QByteArray(
                                        "cover: assets/images/bus.jpg\ntitle: T\ndate: 2018-09-21 10:00:00\n"
                                        "tags: [Deep Learning, courses]")
                                 << "T"
                                 << "21 September 2018" << QStringList{"Deep Learning", "courses"}
                                 << "assets/images/bus.jpg";
        QTest::newRow("chirpy image map")
            << QByteArray(
                   "title: C\ndate: 2019-08-08 14:10:00 +0800\ncategories: [A, B]\n"
                   "image:\n  path: /img/x.png\n  alt: X")
            << "C"
            << "8 August 2019" << QStringList{"A", "B"} << "/img/x.png";
        QTest::newRow("minimal mistakes header")
            << QByteArray("title: M\nheader:\n  overlay_image: /a.jpg\ntags: one two") << "M"
            << "" << QStringList{"one", "two"} << "/a.jpg";
        QTest::newRow("hux header-img") << QByteArray("title: H\nheader-img: img/h.jpg") << "H"
                                        << "" << QStringList{} << "img/h.jpg";
        QTest::newRow("no title: the file name") << QByteArray("layout: post") << "fallback"
                                                 << "" << QStringList{} << "";
        QTest::newRow("markup stays text") << QByteArray("title: \"<b>x</b>\"") << "<b>x</b>"
                                           << "" << QStringList{} << "";
    }
    void read() {
        QFETCH(QByteArray, frontMatter);
        QFETCH(QString, title);
        QFETCH(QString, date);
        QFETCH(QStringList, tags);
        QFETCH(QString, cover);
        const PostHeader header = PostHeaderReader::read(
            Post::fromText("---\n" + frontMatter + "\n---\nBody\n"), QStringLiteral("fallback"));
        QCOMPARE(header.title, title);
        QCOMPARE(header.date, date);
        QCOMPARE(header.tags, tags);
        QCOMPARE(header.cover, cover);
    }
};

QTEST_GUILESS_MAIN(TestPostHeaderReader)
#include "tst_postheaderreader.moc"
