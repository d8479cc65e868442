// The window reads a site's trust through AppSettings, which forwards to SiteTrust in postcore (what
// `postwright trust` writes), and keys every per-site choice as SiteKey does.

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "site/sitekey.h"
#include "site/sitetrust.h"
#include "window/appsettings.h"

class TstAppSettingsTrust : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_appsettingstrust"));
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("site/_posts"))));
        m_site = QFileInfo(m_dir.filePath(QStringLiteral("site"))).canonicalFilePath();
        QVERIFY(QFile::link(m_site, m_dir.filePath(QStringLiteral("link"))));
    }
    void init() { QSettings().remove(SiteTrust::settingsKey()); }
    void cleanupTestCase() { QSettings().remove(SiteTrust::settingsKey()); }

    void siteKeyIsSiteKeys_data() {
        QTest::addColumn<QString>("spelling");
        QTest::newRow("the root") << QStringLiteral("site");
        QTest::newRow("a trailing slash") << QStringLiteral("site/");
        QTest::newRow("a symbolic link") << QStringLiteral("link");
        QTest::newRow("a folder that does not exist") << QStringLiteral("gone/../elsewhere");
    }
    void siteKeyIsSiteKeys() {
        QFETCH(QString, spelling);
        const QString path = m_dir.filePath(spelling);
        QCOMPARE(AppSettings::siteKey(path), SiteKey::of(path));
    }

    void trustTheWindowSetsIsWhatSiteTrustReads() {
        QVERIFY(!AppSettings::siteTrusted(m_site));
        AppSettings::setSiteTrusted(m_dir.filePath(QStringLiteral("link")), true);
        QVERIFY(SiteTrust::isTrusted(m_site));
        QCOMPARE(SiteTrust::trustedSites(), QStringList{m_site});
        SiteTrust::setTrusted(m_site, false);  // as `postwright trust --revoke` does
        QVERIFY(!AppSettings::siteTrusted(m_site + QStringLiteral("/")));
        SiteTrust::setTrusted(m_site, true);
        QVERIFY(AppSettings::siteTrusted(m_site));
    }
};

QTEST_GUILESS_MAIN(TstAppSettingsTrust)
#include "tst_appsettingstrust.moc"
