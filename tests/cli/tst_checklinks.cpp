// `postwright check` on a post of a site: broken link and image targets and images without alt text, one
// warning a line in the compiler form, run as a user runs it (the real executable on a copy of
// tests/data/sites/links).

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "siteenginerun.h"
#include "testpaths.h"

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A generous bound so that a hung process fails the test instead of blocking it; not a speed assertion.
constexpr int kHangGuardMs = 120000;

Run postwright(const QStringList &args) {
    QProcess process;
    process.start(QStringLiteral(POSTWRIGHT_EXE), args);
    process.waitForFinished(kHangGuardMs);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

}  // namespace

class TestCheckLinks : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_site;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("links"), m_site));
    }

    void warnsAtEachBrokenTargetAndExitsZero() {
        const QString post = m_site + QStringLiteral("/_posts/2024-01-02-hello.md");
        const Run run = postwright({QStringLiteral("check"), post});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);  // warnings only
        const QStringList expected = {
            QStringLiteral("3:8: warning: No file at /assets/images/missing-cover.png in the site"),
            QStringLiteral("6:27: warning: No file at /assets/images/missing.png in the site"),
            QStringLiteral("7:71: warning: No file at /assets/images/gone.png in the site"),
            QStringLiteral("8:67: warning: No file at /assets/nope.png in the site"),
            QStringLiteral("9:70: warning: No page or file at /nowhere/ in the site"),
            QStringLiteral("10:54: warning: No page or file at /2024/01/01/second.html in the site"),
            QStringLiteral("11:58: warning: No file at /2024/01/02/pic.png in the site"),
            QStringLiteral("13:19: warning: /assets/images/good.png lacks the site's baseurl /blog: it leads "
                           "nowhere once published"),
            QStringLiteral("14:85: warning: No page or file at /gone in the site"),
            QStringLiteral("15:18: warning: No page or file at /unpublished.html in the site"),
            QStringLiteral("15:46: warning: No page or file at /someday.html in the site"),
            QStringLiteral("16:1: warning: Image without alt text"),
            QStringLiteral("18:51: warning: Image without alt text"),
            QStringLiteral("18:61: warning: No file at /assets/images/absent.png in the site"),
            QStringLiteral("20:54: warning: No page or file at /gone/ in the site"),
            QStringLiteral("22:8: warning: No page or file at /assets/images/ref-missing.png in the site"),
            QStringLiteral("30:24: warning: No file at /q-missing.png in the site"),
        };
        QStringList lines = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &line : lines) {
            QVERIFY2(line.startsWith(post + QLatin1Char(':')), qPrintable(line));
            line.remove(0, post.size() + 1);
        }
        QCOMPARE(lines, expected);
    }

    // A post whose links all lead somewhere, and a page: nothing to say.
    void saysNothingAboutGoodTargets_data() {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QByteArray>("contact");  // /contact.html, relative to the document's URL
        QTest::newRow("a post at /2024/01/01/first.html")
            << "_posts/2024-01-01-first.md" << QByteArray("../../../contact.html");
        QTest::newRow("a page at /about/") << "about.md" << QByteArray("../contact.html");
    }
    void saysNothingAboutGoodTargets() {
        QFETCH(QString, relativePath);
        QFETCH(QByteArray, contact);
        const QString path = m_site + QLatin1Char('/') + relativePath;
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("\n![Good](/blog/assets/images/good.png) [About](/blog/about/) <a href=\"" + contact +
                   "\">c</a>\n");
        file.close();
        const Run run = postwright({QStringLiteral("check"), path});
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.exitCode, 0);
    }

    // Outside a site nothing says what is published: no link is judged.
    void judgesNoLinkOutsideASite() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("loose.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("---\ntitle: Loose\n---\n![x](/nowhere.png)\n");
        file.close();
        const Run run = postwright({QStringLiteral("check"), path});
        QCOMPARE(run.out, QByteArray());
        QCOMPARE(run.exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCheckLinks)
#include "tst_checklinks.moc"
