// HunspellDictionary, WordListFile and SpellChecker: Debian's en_US dictionary (hunspell-en-us), a dictionary
// in ISO 8859-1, and the personal and site word lists.

#include <QtTest>

#include "site/jekyllentryfilter.h"
#include "spelling/hunspelldictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellinglanguage.h"
#include "spelling/wordlistfile.h"

#include <memory>

namespace {

std::shared_ptr<HunspellDictionary> englishDictionary() {
    const Result<QString> path =
        SpellingLanguage::dictionaryFor(QStringLiteral("en_US"), {QStringLiteral("/usr/share/hunspell")});
    if (!path)
        qFatal("%s (the tests need Debian's hunspell-en-us)", qPrintable(path.error()));
    auto dictionary = HunspellDictionary::open(path.value());
    if (!dictionary)
        qFatal("%s", qPrintable(dictionary.error()));
    return dictionary.value();
}

QByteArray readAll(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

}  // namespace

class TestSpellChecker : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::shared_ptr<HunspellDictionary> m_english;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_english = englishDictionary();
    }

    void englishWords_data() {
        QTest::addColumn<QString>("word");
        QTest::addColumn<bool>("correct");
        QTest::newRow("plain word") << "house" << true;
        QTest::newRow("capitalised at a sentence start") << "House" << true;
        QTest::newRow("contraction with a straight apostrophe") << "don't" << true;
        QTest::newRow("contraction with a typographic apostrophe") << "don\u2019t" << true;
        QTest::newRow("misspelling") << "teh" << false;
        QTest::newRow("word the dictionary lacks") << "Postwright" << false;
    }
    void englishWords() {
        QFETCH(QString, word);
        QFETCH(bool, correct);
        QCOMPARE(m_english->isCorrect(word), correct);
    }

    void suggestionsAreBestFirstAndLimited() {
        const QStringList suggestions = m_english->suggestions(QStringLiteral("teh"), 3);
        QVERIFY(suggestions.size() <= 3);
        QVERIFY2(suggestions.contains(QStringLiteral("the")), qPrintable(suggestions.join(u',')));
    }

    void latin1DictionaryTakesAndGivesUnicode() {
        const QString base = m_dir.filePath(QStringLiteral("latin"));
        QFile aff(base + QStringLiteral(".aff"));
        QVERIFY(aff.open(QIODevice::WriteOnly));
        aff.write("SET ISO8859-1\nTRY \xe9\x61\x63\x66\n");
        aff.close();
        QFile dic(base + QStringLiteral(".dic"));
        QVERIFY(dic.open(QIODevice::WriteOnly));
        dic.write("1\ncaf\xe9\n");  // "café" in ISO 8859-1
        dic.close();
        const auto dictionary = HunspellDictionary::open(base);
        QVERIFY2(dictionary.ok(), qPrintable(dictionary.error()));
        QCOMPARE(dictionary.value()->encoding(), QStringLiteral("ISO8859-1"));
        QVERIFY(dictionary.value()->isCorrect(QStringLiteral("café")));
        QVERIFY(!dictionary.value()->isCorrect(QStringLiteral("cafe")));
        QVERIFY(!dictionary.value()->isCorrect(QStringLiteral("caf\u0151")));  // not in ISO 8859-1 at all
        QCOMPARE(dictionary.value()->suggestions(QStringLiteral("cafa"), 5),
                 QStringList{QStringLiteral("café")});
    }

    void missingDictionaryNamesTheFile() {
        const auto dictionary = HunspellDictionary::open(m_dir.filePath(QStringLiteral("none")));
        QVERIFY(!dictionary.ok());
        QVERIFY2(dictionary.error().contains(m_dir.filePath(QStringLiteral("none.aff"))),
                 qPrintable(dictionary.error()));
    }

    void acceptedWordsAndTheirCapitalisedForm() {
        SpellChecker checker(m_english);
        QVERIFY(!checker.isCorrect(QStringLiteral("postwright")));  // cached as wrong...
        checker.accept(QStringLiteral("postwright"));
        QVERIFY(checker.isCorrect(QStringLiteral("postwright")));  // ...and the cache follows
        QVERIFY(checker.isCorrect(QStringLiteral("Postwright")));
        checker.acceptAll({QStringLiteral("Kubernetes")});
        QVERIFY(checker.isCorrect(QStringLiteral("Kubernetes")));
        QVERIFY(!checker.isCorrect(QStringLiteral("kubernetes")));  // a capital in the list is meant
    }

    void wordListReadsWordsIgnoringCommentsAndBlanks() {
        const QString path = m_dir.filePath(QStringLiteral("read.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# team words\nJekyll\n\n  kramdown  \nGrüße\n");
        file.close();
        const Result<QStringList> words = WordListFile::read(path);
        QVERIFY(words.ok());
        QCOMPARE(words.value(), QStringList({"Jekyll", "kramdown", "Grüße"}));
        QCOMPARE(WordListFile::read(m_dir.filePath(QStringLiteral("missing.txt"))).value(), QStringList());
    }

    void addingKeepsTheFileAndAddsOnce() {
        const QString path = m_dir.filePath(QStringLiteral("nested/folder/words.txt"));
        QVERIFY(WordListFile::add(path, QStringLiteral("first")).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("# a comment\nno-newline");  // as a teammate might leave it
        file.close();
        QVERIFY(WordListFile::add(path, QStringLiteral("second")).ok());
        QVERIFY(WordListFile::add(path, QStringLiteral("first")).ok());
        QCOMPARE(readAll(path), QByteArray("first\n# a comment\nno-newline\nsecond\n"));
        QVERIFY(!WordListFile::add(path, QStringLiteral("  ")).ok());
    }

    void addingToAnUnwritablePlaceFailsWithTheReason() {
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QFile file(blocker);
        QVERIFY(file.open(QIODevice::WriteOnly));  // a file where the list's folder should be
        file.close();
        const Status status = WordListFile::add(blocker + QStringLiteral("/words.txt"), QStringLiteral("x"));
        QVERIFY(!status.ok());
        QVERIFY2(status.error().contains(blocker), qPrintable(status.error()));
    }

    void listPlaces() {
        QVERIFY(WordListFile::personalPath().startsWith(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QCOMPARE(WordListFile::sitePath(QStringLiteral("/s")), QStringLiteral("/s/.postwright-words"));
    }

    // Jekyll's reader skips the site's list (a leading dot), so a build never publishes it.
    void jekyllDoesNotPublishTheSiteList() {
        const QString site = m_dir.filePath(QStringLiteral("site"));
        QVERIFY(QDir().mkpath(site));
        const JekyllEntryFilter filter(site, {}, {QStringLiteral(".htaccess")});
        QVERIFY(JekyllEntryFilter::isSpecial(QString::fromLatin1(WordListFile::SiteFileName)));
        QVERIFY(filter.rejects(QString::fromLatin1(WordListFile::SiteFileName), QString(), false));
    }
};

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
