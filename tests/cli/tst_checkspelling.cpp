// `postwright check --spelling PATH...`: one warning per misspelled word, FILE:LINE:COLUMN: warning: WORD
// (SUGGESTIONS), in the post's language, accepting the site's and the writer's word lists; exit codes as
// `check`'s. Runs the real executable with its data folder (the personal list) inside a temporary folder.

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// A generous bound so that a hung process fails the test instead of blocking it; not a speed assertion.
constexpr int kHangGuardMs = 120000;

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

}  // namespace

class TestCheckSpelling : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_site;

    Run postwright(const QStringList &args) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
        env.remove(QStringLiteral("LANG"));
        env.remove(QStringLiteral("DICPATH"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(POSTWRIGHT_EXE), args);
        process.waitForFinished(kHangGuardMs);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_site = m_dir.filePath(QStringLiteral("site"));
        writeFile(m_site + QStringLiteral("/_config.yml"), "title: Site\nlang: en\n");
        writeFile(m_site + QStringLiteral("/_posts/2024-01-02-hello.md"),
                  "---\n"
                  "title: A Titel with Grüße\n"
                  "tags: [qwrty]\n"
                  "---\n"
                  "Café teh `teh` word.\n"
                  "\n"
                  "```\n"
                  "qwrty\n"
                  "```\n"
                  "See [the sitee](https://example.com/teh) and Jekyllish.\n");
        writeFile(m_site + QStringLiteral("/.postwright-words"), "Jekyllish\n");
    }

    void warnsAtEachMisspelledWordAndExitsZero() {
        const QString post = m_site + QStringLiteral("/_posts/2024-01-02-hello.md");
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--spelling"), post});
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QStringList places;
        for (const QByteArray &line : lines) {
            QVERIFY2(line.startsWith(post.toUtf8() + ':'), line.constData());
            places << QString::fromUtf8(line.mid(post.toUtf8().size() + 1)).section(u' ', 0, 2);
        }
        // Grüße and Café are not English words; UTF-8 columns count their bytes.
        QCOMPARE(places, QStringList({"2:10: warning: Titel", "2:21: warning: Grüße", "5:1: warning: Café",
                                      "5:7: warning: teh", "10:10: warning: sitee"}));
        QVERIFY2(run.out.contains("warning: teh (the"), run.out.constData());
    }

    void personalListAndForcedLanguage() {
        writeFile(m_dir.filePath(QStringLiteral("data/Postwright/Postwright/words.txt")), "Titel\nsitee\n");
        const QString post = m_site + QStringLiteral("/_posts/2024-01-02-hello.md");
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--spelling"), post});
        QVERIFY2(!run.out.contains("Titel") && !run.out.contains("sitee"), run.out.constData());
        QFile::remove(m_dir.filePath(QStringLiteral("data/Postwright/Postwright/words.txt")));
        const Run german = postwright({QStringLiteral("check"), QStringLiteral("--spelling"),
                                       QStringLiteral("--lang"), QStringLiteral("de"), post});
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(!german.out.contains("warning: Grüße"), german.out.constData());
        QVERIFY2(german.out.contains("warning: teh"), german.out.constData());
    }

    void languageWithoutDictionaryIsAnError() {
        const QString post = m_dir.filePath(QStringLiteral("loose.md"));
        writeFile(post, "---\nlang: xx\n---\nHello\n");
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--spelling"), post});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("No spelling dictionary for xx"), run.err.constData());
    }

    void folderAndUnreadablePath() {
        const Run run = postwright({QStringLiteral("check"), QStringLiteral("--spelling"), m_site});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains("2024-01-02-hello.md:5:7: warning: teh"), run.out.constData());
        const Run missing = postwright({QStringLiteral("check"), QStringLiteral("--spelling"),
                                        m_dir.filePath(QStringLiteral("nope.md"))});
        QCOMPARE(missing.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCheckSpelling)
#include "tst_checkspelling.moc"
