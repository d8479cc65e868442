// Rename File to Match Title: the slug from the title, date prefix and extension kept, the URL change said,
// redirect_from offered where the site uses jekyll-redirect-from; never over another file; undo.
#include <QTemporaryDir>
#include <QtTest>

#include "site/postrename.h"

namespace {

void write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray read(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

}  // namespace

class TestPostRename : public QObject {
    Q_OBJECT

private slots:
    void renamesAfterTheTitle_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QByteArray>("post");
        QTest::addColumn<bool>("addRedirect");
        QTest::addColumn<QString>("newName");
        QTest::addColumn<QString>("oldUrl");
        QTest::addColumn<QString>("newUrl");
        QTest::addColumn<QByteArray>("newBytes");
        const QByteArray post = "---\ntitle: Brand New Title\n---\nBody\n";
        QTest::newRow("date prefix kept, URL changes")
            << QByteArray("timezone: UTC\n") << post << true << "2020-01-02-brand-new-title.md"
            << "/2020/01/02/old-name.html"
            << "/2020/01/02/brand-new-title.html" << post;
        QTest::newRow("redirect_from added where the site uses it")
            << QByteArray("timezone: UTC\nplugins: [jekyll-redirect-from]\n") << post << true
            << "2020-01-02-brand-new-title.md"
            << "/2020/01/02/old-name.html"
            << "/2020/01/02/brand-new-title.html"
            << QByteArray(
                   "---\ntitle: Brand New Title\nredirect_from: [/2020/01/02/old-name.html]\n---\nBody\n");
        QTest::newRow("an existing redirect list gets one more item")
            << QByteArray("timezone: UTC\nplugins:\n  - jekyll-redirect-from\n")
            << QByteArray("---\ntitle: Brand New Title\nredirect_from:\n  - /older/\n---\n") << true
            << "2020-01-02-brand-new-title.md"
            << "/2020/01/02/old-name.html"
            << "/2020/01/02/brand-new-title.html"
            << QByteArray(
                   "---\ntitle: Brand New Title\nredirect_from:\n  - /older/\n  - "
                   "/2020/01/02/old-name.html\n---\n");
        QTest::newRow("no redirect unless asked")
            << QByteArray("timezone: UTC\nplugins: [jekyll-redirect-from]\n") << post << false
            << "2020-01-02-brand-new-title.md"
            << "/2020/01/02/old-name.html"
            << "/2020/01/02/brand-new-title.html" << post;
        QTest::newRow("a front-matter slug keeps the URL")
            << QByteArray("timezone: UTC\nplugins: [jekyll-redirect-from]\n")
            << QByteArray("---\ntitle: Brand New Title\nslug: fixed\n---\n") << true
            << "2020-01-02-brand-new-title.md"
            << "/2020/01/02/fixed.html"
            << "/2020/01/02/fixed.html" << QByteArray("---\ntitle: Brand New Title\nslug: fixed\n---\n");
    }
    void renamesAfterTheTitle() {
        QFETCH(QByteArray, config);
        QFETCH(QByteArray, post);
        QFETCH(bool, addRedirect);
        QFETCH(QString, newName);
        QFETCH(QString, oldUrl);
        QFETCH(QString, newUrl);
        QFETCH(QByteArray, newBytes);
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), config);
        const QString path = dir.filePath("_posts/2020-01-02-old-name.md");
        write(path, post);
        const Result<PostRename::Plan> plan = PostRename::plan(path, post, "Brand New Title", addRedirect);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(QFileInfo(plan->move.to()).fileName(), newName);
        QCOMPARE(plan->oldUrl, oldUrl);
        QCOMPARE(plan->newUrl, newUrl);
        QCOMPARE(plan->urlChanges, oldUrl != newUrl);
        QCOMPARE(plan->move.newBytes(), newBytes);
        QVERIFY(QFileInfo::exists(path));  // planning writes nothing

        QVERIFY(plan->move.apply().ok());
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(read(plan->move.to()), newBytes);
        QVERIFY(plan->move.undo().ok());
        QCOMPARE(read(path), post);
    }

    void aDraftGetsNoRedirect() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "timezone: UTC\nplugins: [jekyll-redirect-from]\n");
        const QString path = dir.filePath("_drafts/old-name.md");
        const QByteArray post = "---\ntitle: Brand New Title\n---\nBody\n";
        write(path, post);
        const Result<PostRename::Plan> plan = PostRename::plan(path, post, "Brand New Title", true);
        QVERIFY2(plan.ok(), qPrintable(plan.error()));
        QCOMPARE(QFileInfo(plan->move.to()).fileName(), QStringLiteral("brand-new-title.md"));
        QVERIFY(plan->siteUsesRedirects);
        QVERIFY(!plan->hasPublicUrl);
        QVERIFY(!plan->redirectAdded);
        QCOMPARE(plan->move.newBytes(), post);
    }

    void refusals() {
        QTemporaryDir dir;
        write(dir.filePath("_config.yml"), "timezone: UTC\n");
        const QString path = dir.filePath("_posts/2020-01-02-same-title.md");
        const QByteArray post = "---\ntitle: Same Title\n---\n";
        write(path, post);
        QVERIFY(!PostRename::plan(path, post, "Same Title", false).ok());  // nothing to rename
        write(dir.filePath("_posts/2020-01-02-taken.md"), "---\ntitle: Taken\n---\n");
        const Result<PostRename::Plan> plan = PostRename::plan(path, post, "Taken", false);
        QVERIFY(plan.ok());
        QVERIFY(!plan->move.apply().ok());  // never over another file
        QCOMPARE(read(dir.filePath("_posts/2020-01-02-taken.md")), QByteArray("---\ntitle: Taken\n---\n"));
        QVERIFY(!PostRename::plan(QDir::tempPath() + "/no-site-here-at-all.md", post, "X", false).ok());
    }
};

QTEST_GUILESS_MAIN(TestPostRename)
#include "tst_postrename.moc"
