// Jekyll is the oracle: drafts of every date shape, published today in sites of several time zones, are all
// built by the real `jekyll build` (none skipped as a future post) at the URL of the file name's date.

#include "site/draftpublisher.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

void write(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

}  // namespace

class TestDraftPublisherJekyll : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void everyShapeIsBuiltToday_data() {
        QTest::addColumn<QByteArray>("timezone");
        QTest::newRow("east of UTC") << QByteArray("Asia/Tokyo");
        QTest::newRow("west of UTC") << QByteArray("America/New_York");
        QTest::newRow("fourteen hours east") << QByteArray("Pacific/Kiritimati");
    }
    void everyShapeIsBuiltToday() {
        QFETCH(QByteArray, timezone);
        QTemporaryDir site;
        write(site.filePath(QStringLiteral("_config.yml")), "title: t\ntimezone: " + timezone + "\n");
        const QList<QPair<QString, QByteArray>> drafts = {
            {QStringLiteral("offset"), "date: 2018-09-21 23:59:00 +0900"},
            {QStringLiteral("plain"), "date: 2018-09-21 23:59:00"},
            {QStringLiteral("quoted"), "date: '2018-09-21 23:59:00'"},
            {QStringLiteral("noseconds"), "date: 2018-09-21 23:59"},
            {QStringLiteral("dateonly"), "date: 2018-09-21"},
            {QStringLiteral("nodate"), "layout: post"},
        };
        QStringList expected;
        for (const auto &[slug, line] : drafts) {
            const QString path = site.filePath(QStringLiteral("_drafts/%1.md").arg(slug));
            const QByteArray bytes = "---\ntitle: " + slug.toUtf8() + "\n" + line + "\n---\nText.\n";
            write(path, bytes);
            const Result<FileMove> moved = DraftPublisher::publish(path, bytes);
            QVERIFY2(moved.ok(), qPrintable(moved.error()));
            const QString name = QFileInfo(moved->to()).fileName();  // YYYY-MM-DD-slug.md
            expected << QStringLiteral("_site/%1/%2/%3/%4.html")
                            .arg(name.mid(0, 4), name.mid(5, 2), name.mid(8, 2), slug);
        }
        QProcess jekyll;
        jekyll.setWorkingDirectory(site.path());
        jekyll.start(QStringLiteral("jekyll"), {QStringLiteral("build"), QStringLiteral("--quiet")});
        QVERIFY2(jekyll.waitForFinished(300000), "jekyll did not finish; is the jekyll package installed?");
        QVERIFY2(jekyll.exitStatus() == QProcess::NormalExit && jekyll.exitCode() == 0,
                 jekyll.readAllStandardError().constData());
        for (const QString &page : expected)
            QVERIFY2(QFileInfo::exists(site.filePath(page)),
                     qPrintable(page + QStringLiteral(" was not built")));
    }
};

QTEST_GUILESS_MAIN(TestDraftPublisherJekyll)
#include "tst_draftpublisherjekyll.moc"
