// The benchmark's posts: the same bytes for the same seed, the sizes asked for, a valid Jekyll post, and the
// blocks that make a preview work (headings, paragraphs, lists, code, tables, links).

#include <QTemporaryDir>
#include <QtTest>

#include "post/post.h"
#include "postgenerator.h"
#include "render/blockrenderer.h"

class TestPostGenerator : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sameSeedSameBytes() { QCOMPARE(PostGenerator(7).generate(20000), PostGenerator(7).generate(20000)); }

    void otherSeedOtherBytes() {
        QVERIFY(PostGenerator(7).generate(20000) != PostGenerator(8).generate(20000));
    }

    void sizeIsReached_data() {
        QTest::addColumn<qsizetype>("target");
        QTest::newRow("10 KB") << qsizetype(10000);
        QTest::newRow("100 KB") << qsizetype(100000);
        QTest::newRow("1 MB") << qsizetype(1000000);
    }
    void sizeIsReached() {
        QFETCH(qsizetype, target);
        const QByteArray text = PostGenerator().generate(target);
        QVERIFY2(text.size() >= target, qPrintable(QString::number(text.size())));
        // At most one section past the target: "about 10 KB" stays about 10 KB.
        QVERIFY2(text.size() < target + 8000, qPrintable(QString::number(text.size())));
        QVERIFY(text.endsWith('\n'));
    }

    void isAJekyllPost() {
        const Post post = Post::fromText(PostGenerator().generate(10000));
        QVERIFY(post.text().startsWith("---\nlayout: post\n"));
        QVERIFY(!post.scalar(QStringLiteral("title")).isEmpty());
        QVERIFY(post.scalar(QStringLiteral("date")).startsWith(QLatin1String("2023-")));
        QVERIFY(post.field(QStringLiteral("tags")));
        QVERIFY(post.body().startsWith('\n'));
    }

    void hasEveryKindOfBlock_data() {
        QTest::addColumn<QByteArray>("html");
        QTest::newRow("heading") << QByteArray("<h2 id=\"");
        QTest::newRow("paragraph") << QByteArray("<p>");
        QTest::newRow("bullet list") << QByteArray("<ul>");
        QTest::newRow("ordered list") << QByteArray("<ol>");
        QTest::newRow("task list") << QByteArray("type=\"checkbox\"");
        // Rendered in the kramdown dialect: code has the markup Jekyll's Rouge gives it.
        QTest::newRow("fenced code") << QByteArray(" highlighter-rouge\"><div class=\"highlight\"><pre");
        QTest::newRow("table") << QByteArray("<table>");
        QTest::newRow("link") << QByteArray("<a href=\"");
        QTest::newRow("inline code") << QByteArray("<code class=\"language-plaintext highlighter-rouge\">");
        QTest::newRow("block quote") << QByteArray("<blockquote>");
        QTest::newRow("image") << QByteArray("<img src=\"/assets/img/");
    }
    void hasEveryKindOfBlock() {
        QFETCH(QByteArray, html);
        const QByteArray body = Post::fromText(PostGenerator().generate(100000)).bodyWithLf();
        QVERIFY(BlockRenderer::renderDocument(body).contains(html));
    }

    void writesTheStandardSet() {
        QTemporaryDir dir;
        const Result<QStringList> written =
            PostGenerator::writeStandardSet(dir.filePath(QStringLiteral("posts")));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value().size(), 3);
        const QVector<PostGenerator::Size> sizes = PostGenerator::standardSizes();
        for (int i = 0; i < sizes.size(); ++i) {
            QVERIFY(written.value()[i].endsWith(sizes[i].fileName));
            QFile file(written.value()[i]);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), PostGenerator().generate(sizes[i].bytes));
        }
    }

    void reportsAnUnwritableFolder() {
        const Status status = PostGenerator::writePost(QStringLiteral("/proc/no-such/post.md"), 100);
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(QLatin1String("/proc/no-such")), qPrintable(status.error()));
    }
};

QTEST_GUILESS_MAIN(TestPostGenerator)
#include "tst_postgenerator.moc"
