// SiteTrust: whether the writer trusted a site to run its own code in the preview (stored with QSettings,
// keyed by the canonical site root), and what in a site would run only when trusted.

#include "site/sitekey.h"
#include "site/sitetrust.h"

#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QString canonical(const QString &path) {
    return QFileInfo(path).canonicalFilePath();
}

// A site with a config and one post under `dir`, as a canonical path.
QString makeSite(const QString &dir) {
    if (!writeTestFile(dir + QStringLiteral("/_config.yml"), "title: Site\n") ||
        !writeTestFile(dir + QStringLiteral("/_posts/2020-01-01-a.md"), "---\ntitle: A\n---\nA\n"))
        qFatal("cannot write a site under %s", qPrintable(dir));
    return canonical(dir);
}

}  // namespace

class TstSiteTrust : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_sitetrust"));
        QVERIFY(m_dir.isValid());
        // The choices land in the test-mode settings, never in the writer's own.
        const QString config = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
        QVERIFY2(config.contains(QLatin1String("/.qttest/")), qPrintable(config));
        QVERIFY2(QSettings().fileName().startsWith(config + QLatin1Char('/')),
                 qPrintable(QSettings().fileName()));
    }
    void init() { QSettings().remove(SiteTrust::settingsKey()); }
    void cleanupTestCase() { QSettings().remove(SiteTrust::settingsKey()); }

    void offByDefault() {
        const QString site = makeSite(m_dir.filePath(QStringLiteral("off")));
        QVERIFY(!SiteTrust::isTrusted(site));
        QVERIFY(SiteTrust::trustedSites().isEmpty());
        QVERIFY(!SiteTrust::isTrusted(QString()));
        SiteTrust::setTrusted(QString(), true);
        QVERIFY(SiteTrust::trustedSites().isEmpty());
        QVERIFY(!QSettings().contains(SiteTrust::settingsKey()));
    }

    void setAndRevoke() {
        const QString site = makeSite(m_dir.filePath(QStringLiteral("set")));
        SiteTrust::setTrusted(site, true);
        QVERIFY(SiteTrust::isTrusted(site));
        QCOMPARE(SiteTrust::trustedSites(), QStringList{site});
        QCOMPARE(QSettings().value(SiteTrust::settingsKey()).toStringList(), QStringList{site});
        SiteTrust::setTrusted(site, true);  // twice is once
        QCOMPARE(SiteTrust::trustedSites(), QStringList{site});
        SiteTrust::setTrusted(site, false);
        QVERIFY(!SiteTrust::isTrusted(site));
        QVERIFY(SiteTrust::trustedSites().isEmpty());
        QVERIFY(!QSettings().contains(SiteTrust::settingsKey()));  // revoking the last site leaves no key
    }

    void revokingOneSiteKeepsTheOthersSorted() {
        const QString b = makeSite(m_dir.filePath(QStringLiteral("sorted/b")));
        const QString a = makeSite(m_dir.filePath(QStringLiteral("sorted/a")));
        const QString c = makeSite(m_dir.filePath(QStringLiteral("sorted/c")));
        for (const QString &site : {b, c, a})
            SiteTrust::setTrusted(site, true);
        QCOMPARE(SiteTrust::trustedSites(), (QStringList{a, b, c}));
        SiteTrust::setTrusted(b, false);
        QCOMPARE(SiteTrust::trustedSites(), (QStringList{a, c}));
        QVERIFY(SiteTrust::isTrusted(a));
        QVERIFY(!SiteTrust::isTrusted(b));
    }

    void spellingsOfOneFolderShareTheChoice_data() {
        QTest::addColumn<QString>("relative");
        QTest::newRow("trailing slash") << QStringLiteral("spell/site/");
        QTest::newRow("dot dot") << QStringLiteral("spell/site/_posts/..");
        QTest::newRow("dot") << QStringLiteral("spell/./site");
        QTest::newRow("symbolic link") << QStringLiteral("spell/link");
    }
    void spellingsOfOneFolderShareTheChoice() {
        QFETCH(QString, relative);
        const QString site = makeSite(m_dir.filePath(QStringLiteral("spell/site")));
        const QString link = m_dir.filePath(QStringLiteral("spell/link"));
        QVERIFY(QFileInfo(link).isSymLink() || QFile::link(site, link));
        const QString spelling = m_dir.filePath(relative);
        QCOMPARE(SiteKey::of(spelling), site);

        SiteTrust::setTrusted(spelling, true);
        QVERIFY(SiteTrust::isTrusted(site));
        QCOMPARE(SiteTrust::trustedSites(), QStringList{site});
        SiteTrust::setTrusted(site, false);
        QVERIFY(!SiteTrust::isTrusted(spelling));
        SiteTrust::setTrusted(site, true);
        QVERIFY(SiteTrust::isTrusted(spelling));
    }

    // A site that does not exist (yet, or any longer) is keyed by its clean absolute path.
    void missingFolderIsKeyedByItsCleanPath() {
        const QString gone = m_dir.filePath(QStringLiteral("gone/site"));
        QCOMPARE(SiteKey::of(gone + QStringLiteral("/../site/")), gone);
        SiteTrust::setTrusted(gone + QStringLiteral("/"), true);
        QCOMPARE(SiteTrust::trustedSites(), QStringList{gone});
    }

    void reasons_data() {
        QTest::addColumn<QStringList>("files");      // written, relative to the site
        QTest::addColumn<QStringList>("emptyDirs");  // made, relative to the site
        QTest::addColumn<int>("flags");              // SiteTrust::ReasonFlags
        QTest::addColumn<int>("pluginFiles");
        QTest::addColumn<QStringList>("pluginDirs");
        const int plugins = int(SiteTrust::Reason::Plugins);
        const int gemfile = int(SiteTrust::Reason::Gemfile);
        QTest::newRow("neither plugins nor a Gemfile")
            << QStringList() << QStringList() << 0 << 0 << QStringList();
        QTest::newRow("an empty _plugins/ runs nothing")
            << QStringList() << QStringList{QStringLiteral("_plugins")} << 0 << 0 << QStringList();
        QTest::newRow("_plugins/ without .rb files runs nothing")
            << QStringList{QStringLiteral("_plugins/README.md")} << QStringList() << 0 << 0 << QStringList();
        QTest::newRow(".rb files in _plugins/ at any depth")
            << QStringList{QStringLiteral("_plugins/a.rb"), QStringLiteral("_plugins/b.rb"),
                           QStringLiteral("_plugins/tags/c.rb"), QStringLiteral("_plugins/notes.txt")}
            << QStringList() << plugins << 3 << QStringList{QStringLiteral("_plugins")};
        QTest::newRow("hidden folders are skipped as Jekyll's glob skips them")
            << QStringList{QStringLiteral("_plugins/a.rb"), QStringLiteral("_plugins/.old/b.rb")}
            << QStringList() << plugins << 1 << QStringList{QStringLiteral("_plugins")};
        QTest::newRow("a Gemfile") << QStringList{QStringLiteral("Gemfile")} << QStringList() << gemfile << 0
                                   << QStringList();
        QTest::newRow("a folder named Gemfile is not one")
            << QStringList() << QStringList{QStringLiteral("Gemfile")} << 0 << 0 << QStringList();
        QTest::newRow("plugins and a Gemfile")
            << QStringList{QStringLiteral("Gemfile"), QStringLiteral("_plugins/a.rb")} << QStringList()
            << (plugins | gemfile) << 1 << QStringList{QStringLiteral("_plugins")};
        QTest::newRow("plugins_dir from the config replaces _plugins")
            << QStringList{QStringLiteral("_config.yml=plugins_dir: lib/jekyll\n"),
                           QStringLiteral("lib/jekyll/x.rb"), QStringLiteral("_plugins/ignored.rb")}
            << QStringList() << plugins << 1 << QStringList{QStringLiteral("lib/jekyll")};
        QTest::newRow("plugins_dir as a list")
            << QStringList{QStringLiteral("_config.yml=plugins_dir: [one, two]\n"),
                           QStringLiteral("one/a.rb"), QStringLiteral("two/b.rb"), QStringLiteral("two/c.rb")}
            << QStringList() << plugins << 3 << QStringList{QStringLiteral("one"), QStringLiteral("two")};
    }
    void reasons() {
        QFETCH(QStringList, files);
        QFETCH(QStringList, emptyDirs);
        QFETCH(int, flags);
        QFETCH(int, pluginFiles);
        QFETCH(QStringList, pluginDirs);
        QTemporaryDir dir;
        const QString site = makeSite(dir.path());
        for (const QString &file : files) {
            const QString name = file.section(QLatin1Char('='), 0, 0);
            QVERIFY(
                writeTestFile(site + QLatin1Char('/') + name, file.section(QLatin1Char('='), 1).toUtf8()));
        }
        for (const QString &empty : emptyDirs)
            QVERIFY(QDir(site).mkpath(empty));

        const SiteTrust::Reasons found = SiteTrust::reasons(site);
        QCOMPARE(int(found.flags), flags);
        QCOMPARE(found.pluginFiles, pluginFiles);
        QCOMPARE(found.pluginDirs, pluginDirs);
        QCOMPARE(found.isEmpty(), flags == 0);
        QCOMPARE(SiteTrust::needsTrust(site), flags != 0);
    }
};

QTEST_GUILESS_MAIN(TstSiteTrust)
#include "tst_sitetrust.moc"
