#include "site/siteconfig.h"

#include "testpaths.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

namespace {

void write(const QString &path, const QByteArray &text) {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        qFatal("cannot write %s", qPrintable(path));
}

QString fixture(const QString &name) {
    return TestPaths::data() + QStringLiteral("/site/") + name;
}

}  // namespace

class TstSiteConfig : public QObject {
    Q_OBJECT

private slots:
    void missingFileIsEmptyConfig();
    void ymlIsPreferredToYaml();
    void yamlIsReadWithoutYml();
    void tomlOnlySiteIsEmptyConfig();
    void emptyFileIsEmptyConfig();

    void brokenYamlNamesFileAndPlace();
    void notAMappingIsAnError();
    void invalidUtf8IsAnError();
};

void TstSiteConfig::missingFileIsEmptyConfig() {
    QTemporaryDir tmp;
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->path(), QString());
    QCOMPARE(config->title(), QString());
    QVERIFY(!config->settings().find(QStringLiteral("defaults")));
}

void TstSiteConfig::ymlIsPreferredToYaml() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yml")), "title: From yml\n");
    write(tmp.filePath(QStringLiteral("_config.yaml")), "title: From yaml\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QStringLiteral("From yml"));
    QCOMPARE(config->path(), tmp.filePath(QStringLiteral("_config.yml")));
}

void TstSiteConfig::yamlIsReadWithoutYml() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yaml")), "title: \"Quoted: title\"\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QStringLiteral("Quoted: title"));
}

void TstSiteConfig::tomlOnlySiteIsEmptyConfig() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.toml")), "title = \"Toml\"\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->title(), QString());
    QCOMPARE(config->path(), QString());
}

void TstSiteConfig::emptyFileIsEmptyConfig() {
    QTemporaryDir tmp;
    write(tmp.filePath(QStringLiteral("_config.yml")), "# nothing configured yet\n");
    const Result<SiteConfig> config = SiteConfig::load(tmp.path());
    QVERIFY2(config.ok(), qPrintable(config.error()));
    QCOMPARE(config->path(), tmp.filePath(QStringLiteral("_config.yml")));
    QVERIFY(!config->settings().find(QStringLiteral("defaults")));
}

void TstSiteConfig::brokenYamlNamesFileAndPlace() {
    // The fixture's 6th line opens a flow sequence that is never closed before the mapping goes on.
    const QString root = fixture(QStringLiteral("broken"));
    const Result<SiteConfig> config = SiteConfig::load(root);
    QVERIFY(!config.ok());
    const QString file = QDir(root).filePath(QStringLiteral("_config.yml"));
    QVERIFY2(config.error().startsWith(file + QStringLiteral(":7:")), qPrintable(config.error()));
    QVERIFY2(config.error().contains(QStringLiteral(": error: ")), qPrintable(config.error()));
}

void TstSiteConfig::notAMappingIsAnError() {
    const Result<SiteConfig> config =
        SiteConfig::fromText("- just\n- a list\n", QStringLiteral("/site/_config.yml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().startsWith(QStringLiteral("/site/_config.yml:1:1: error: ")),
             qPrintable(config.error()));
}

void TstSiteConfig::invalidUtf8IsAnError() {
    const Result<SiteConfig> config =
        SiteConfig::fromText("title: caf\xe9\n", QStringLiteral("/site/_config.yml"));
    QVERIFY(!config.ok());
    QVERIFY2(config.error().contains(QStringLiteral("/site/_config.yml")), qPrintable(config.error()));
    QVERIFY2(config.error().contains(QStringLiteral("UTF-8")), qPrintable(config.error()));
}

QTEST_GUILESS_MAIN(TstSiteConfig)
#include "tst_siteconfig.moc"
