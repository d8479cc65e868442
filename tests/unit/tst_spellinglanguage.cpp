// SpellingLanguage: which language a post is checked in, and which installed dictionary serves it.

#include <QtTest>

#include "post/post.h"
#include "spelling/spellinglanguage.h"

namespace {

void touch(const QString &path) {
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x\n");
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

}  // namespace

class TestSpellingLanguage : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dictionaries;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_dictionaries = m_dir.filePath(QStringLiteral("dicts"));
        QDir().mkpath(m_dictionaries);
        for (const char *name : {"en_US", "en_GB", "de_DE", "de_AT", "fr", "pt_BR"}) {
            touch(m_dictionaries + u'/' + QLatin1String(name) + QStringLiteral(".aff"));
            touch(m_dictionaries + u'/' + QLatin1String(name) + QStringLiteral(".dic"));
        }
        touch(m_dictionaries + QStringLiteral("/es_ES.aff"));  // no .dic: not a dictionary
    }

    void choose_data() {
        QTest::addColumn<QString>("post");
        QTest::addColumn<QString>("siteLang");
        QTest::addColumn<QString>("siteLocale");
        QTest::addColumn<QString>("chosen");
        QTest::newRow("the post's lang wins") << "fr"
                                              << "de"
                                              << "en_US"
                                              << "fr";
        QTest::newRow("then the site's lang") << ""
                                              << "de"
                                              << "en_US"
                                              << "de";
        QTest::newRow("then the site's locale") << ""
                                                << ""
                                                << "en_GB"
                                                << "en_GB";
        QTest::newRow("then the system") << ""
                                         << ""
                                         << ""
                                         << "pt_BR";
        QTest::newRow("blank values do not count") << "  "
                                                   << ""
                                                   << ""
                                                   << "pt_BR";
    }
    void choose() {
        QFETCH(QString, post);
        QFETCH(QString, siteLang);
        QFETCH(QString, siteLocale);
        QFETCH(QString, chosen);
        QCOMPARE(SpellingLanguage::choose(post, siteLang, siteLocale, QStringLiteral("pt_BR")), chosen);
    }

    void normalise_data() {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<QString>("normal");
        QTest::newRow("language alone") << "EN"
                                        << "en";
        QTest::newRow("BCP 47 hyphen") << "en-us"
                                       << "en_US";
        QTest::newRow("POSIX underscore") << "en_GB"
                                          << "en_GB";
        QTest::newRow("POSIX with codeset and modifier") << "de_DE.UTF-8@euro"
                                                         << "de_DE";
        QTest::newRow("C locale is no language") << "C"
                                                 << "";
        QTest::newRow("nonsense") << "!!"
                                  << "";
    }
    void normalise() {
        QFETCH(QString, tag);
        QFETCH(QString, normal);
        QCOMPARE(SpellingLanguage::normalise(tag), normal);
    }

    void dictionaryFor_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("dictionary");
        QTest::newRow("exact region") << "en-GB"
                                      << "en_GB";
        QTest::newRow("english alone gets en_US") << "en"
                                                  << "en_US";
        QTest::newRow("a region without a dictionary gets the language's main one") << "en_AU"
                                                                                    << "en_US";
        QTest::newRow("german gets de_DE, not de_AT") << "de"
                                                      << "de_DE";
        QTest::newRow("french region falls back to fr") << "fr_CA"
                                                        << "fr";
        QTest::newRow("only region of the language") << "pt"
                                                     << "pt_BR";
    }
    void dictionaryFor() {
        QFETCH(QString, language);
        QFETCH(QString, dictionary);
        const Result<QString> found = SpellingLanguage::dictionaryFor(language, {m_dictionaries});
        QVERIFY2(found.ok(), qPrintable(found.error()));
        QCOMPARE(found.value(), m_dictionaries + u'/' + dictionary);
    }

    void installedListsEachDictionaryOnceSorted() {
        // A second folder holding one of the same dictionaries and one of its own; a lone .aff is none.
        const QString more = m_dir.filePath(QStringLiteral("more"));
        QDir().mkpath(more);
        for (const char *name : {"de_DE", "nl"}) {
            touch(more + u'/' + QLatin1String(name) + QStringLiteral(".aff"));
            touch(more + u'/' + QLatin1String(name) + QStringLiteral(".dic"));
        }
        const QStringList expected{QStringLiteral("de_AT"), QStringLiteral("de_DE"), QStringLiteral("en_GB"),
                                   QStringLiteral("en_US"), QStringLiteral("fr"),    QStringLiteral("nl"),
                                   QStringLiteral("pt_BR")};
        QCOMPARE(SpellingLanguage::installed({m_dictionaries, more, m_dir.filePath(QStringLiteral("none"))}),
                 expected);
    }

    void noDictionarySaysWhichLanguageAndWhere() {
        const Result<QString> found =
            SpellingLanguage::dictionaryFor(QStringLiteral("es-ES"), {m_dictionaries});
        QVERIFY(!found.ok());
        QVERIFY2(found.error().contains(QStringLiteral("es_ES")), qPrintable(found.error()));
        QVERIFY2(found.error().contains(m_dictionaries), qPrintable(found.error()));
        QVERIFY2(found.error().contains(QStringLiteral("hunspell-es-es")), qPrintable(found.error()));
    }

    void forPostReadsThePostThenTheSiteConfig() {
        const QString site = m_dir.filePath(QStringLiteral("site"));
        writeFile(site + QStringLiteral("/_config.yml"), "title: T\nlocale: de_DE\n");
        QDir().mkpath(site + QStringLiteral("/_posts"));
        const Post withLang = Post::fromText("---\nlang: fr\n---\nBonjour\n");
        const Post without = Post::fromText("---\ntitle: x\n---\nHallo\n");
        QCOMPARE(SpellingLanguage::forPost(withLang, site, QStringLiteral("en_US")), QStringLiteral("fr"));
        QCOMPARE(SpellingLanguage::forPost(without, site, QStringLiteral("en_US")), QStringLiteral("de_DE"));
        QCOMPARE(SpellingLanguage::forPost(without, QString(), QStringLiteral("en_US")),
                 QStringLiteral("en_US"));
        writeFile(site + QStringLiteral("/_config.yml"), "lang: en-GB\nlocale: de_DE\n");
        QCOMPARE(SpellingLanguage::forPost(without, site, QStringLiteral("en_US")), QStringLiteral("en-GB"));
    }
};

QTEST_GUILESS_MAIN(TestSpellingLanguage)
#include "tst_spellinglanguage.moc"
