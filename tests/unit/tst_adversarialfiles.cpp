// Every broken or tricky file in ../shared/adversarial/files/ gets what its README says: it opens without a
// crash or a hang and saves byte-identical, or it is refused with a message naming the file and the reason;
// YAML problems carry the file's line and column.

#include <QDir>
#include <QElapsedTimer>
#include <QtTest>

#include "post/post.h"
#include "post/postfile.h"
#include "post/postlinter.h"
#include "testpaths.h"

namespace {

QString formatAll(const QVector<Diagnostic> &diagnostics) {
    QStringList out;
    for (const Diagnostic &d : diagnostics)
        out << d.format(QStringLiteral("f"));
    return out.join(QLatin1Char('\n'));
}

}  // namespace

class TestAdversarialFiles : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void files_data() {
        QTest::addColumn<QString>("name");
        // What must be reported: "refused:<text in the message>", "error:<line>:<col>",
        // "warning:<line>:<text>", or "clean".
        QTest::addColumn<QString>("expected");
        const QList<std::pair<const char *, const char *>> rows = {
            {"bom.md", "warning:1:byte-order mark"},
            {"crlf.md", "clean"},
            {"mixed-eol.md", "clean"},
            {"no-final-newline.md", "clean"},
            {"utf16le.md", "refused:UTF-16"},
            {"invalid-utf8.md", "refused:invalid UTF-8"},
            {"nul-byte.md", "refused:NUL byte"},
            {"deep-nesting.md", "error:3"},
            {"billion-laughs.md", "clean"},
            {"huge-table.md", "clean"},
            {"emphasis-bomb.md", "clean"},
            {"long-line.md", "clean"},
            {"unterminated-quote.md", "error:2"},
            {"tab-indent.md", "error:3"},
            {"duplicate-key.md", "warning:3:first on line 2, again on line 3"},
            {"colon-in-value.md", "error:2"},
            {"dashes-in-body.md", "clean"},
            {"empty-front-matter.md", "clean"},
            {"only-front-matter.md", "clean"},
            {"no-front-matter.md", "clean"},
            {"toml.md", "clean"},
            {"dots-closer.md", "clean"},
            {"fence-trailing-space.md", "clean"},
            {"roundtrip-traps.md", "clean"},
            {"unclosed-front-matter.md", "warning:1:never closed"},
            {"list-front-matter.md", "error:2"},
        };
        const QDir dir(TestPaths::adversarialFiles());
        if (!dir.exists()) {
            QTest::newRow("adversarial-missing") << QString() << QString();
            return;
        }
        // Every file there has a row, so a new hostile file cannot go untested.
        QStringList listed;
        for (const auto &[name, expected] : rows) {
            listed << QString::fromLatin1(name);
            QTest::newRow(name) << QString::fromLatin1(name) << QString::fromLatin1(expected);
        }
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files)) {
            if (!listed.contains(name))
                QTest::newRow(qPrintable(name)) << name << QStringLiteral("unlisted");
        }
    }

    void files() {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        if (name.isEmpty())
            QFAIL(
                qPrintable(QStringLiteral("no adversarial files at %1").arg(TestPaths::adversarialFiles())));
        QVERIFY2(expected != QLatin1String("unlisted"),
                 "a new adversarial file needs its expected outcome here");
        const QString path = TestPaths::adversarialFiles() + QLatin1Char('/') + name;
        const QByteArray bytes = PostFile::readBytes(path).value();
        const Result<Post> loaded = PostFile::load(path);

        if (expected.startsWith(QLatin1String("refused:"))) {
            QVERIFY(!loaded.ok());
            QVERIFY2(loaded.error().startsWith(path), qPrintable(loaded.error()));
            QVERIFY2(loaded.error().contains(expected.mid(8)), qPrintable(loaded.error()));
            QCOMPARE(PostLinter::check(bytes).size(), 1);
            return;
        }
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        Post post = loaded.value();
        QCOMPARE(post.text(), bytes);  // opening never changes a byte
        const QVector<Diagnostic> diagnostics = PostLinter::check(bytes);
        const QString all = formatAll(diagnostics);
        if (expected == QLatin1String("clean")) {
            QVERIFY2(diagnostics.isEmpty(), qPrintable(all));
        } else {
            const QStringList parts = expected.split(QLatin1Char(':'));
            const bool error = parts[0] == QLatin1String("error");
            QVERIFY2(!diagnostics.isEmpty(), "a diagnostic was expected");
            const Diagnostic &d = diagnostics.front();
            QCOMPARE(d.isError(), error);
            QCOMPARE(d.line, parts[1].toInt());
            QVERIFY(d.column >= 1);
            if (parts.size() > 2)
                QVERIFY2(d.message.contains(parts.mid(2).join(QLatin1Char(':'))), qPrintable(d.message));
        }
        // Editing: a post whose front matter reads can have its title edited, changing one line only; one
        // that does not read refuses the edit and stays as it was.
        const FrontMatter &fm = post.frontMatter();
        Post edited = post;
        const Status ok = edited.setScalar(QStringLiteral("title"), QStringLiteral("Edited"));
        if (fm.kind() == FrontMatterSplit::Kind::Toml || fm.hasErrors()) {
            QVERIFY(!ok.ok());
            QCOMPARE(edited.text(), bytes);
            QCOMPARE(edited.body(), post.body());  // the body is still there to edit
            return;
        }
        QVERIFY2(ok.ok(), qPrintable(ok.error()));
        QCOMPARE(edited.scalar(QStringLiteral("title")), QStringLiteral("Edited"));
        QCOMPARE(edited.body(), post.body());
        const QList<QByteArray> before = bytes.split('\n');
        const QList<QByteArray> after = edited.text().split('\n');
        if (fm.find(QStringLiteral("title"))) {
            QCOMPARE(after.size(), before.size());
            int differing = 0;
            for (int i = 0; i < before.size(); ++i) {
                if (before[i] != after[i]) {
                    ++differing;
                    // The edited line keeps its own line ending.
                    QCOMPARE(before[i].endsWith('\r'), after[i].endsWith('\r'));
                }
            }
            QCOMPARE(differing, 1);
        } else {
            // A field added to a post without front matter creates the block: three lines.
            QCOMPARE(after.size(), before.size() + (fm.kind() == FrontMatterSplit::Kind::None ? 3 : 1));
        }
    }

    void specifics() {
        if (!QDir(TestPaths::adversarialFiles()).exists())
            QFAIL("no adversarial files");
        const auto load = [](const char *name) {
            return PostFile::load(TestPaths::adversarialFiles() + QLatin1Char('/') + QLatin1String(name))
                .value();
        };
        // The BOM stays in front; the front matter is still read.
        Post bom = load("bom.md");
        QVERIFY(bom.text().startsWith("\xEF\xBB\xBF---"));
        QVERIFY(bom.field(QStringLiteral("title")));
        // A new line in a CRLF file ends with CRLF; in a mixed file with the dominant ending.
        Post crlf = load("crlf.md");
        QVERIFY(crlf.setScalar(QStringLiteral("added"), QStringLiteral("x")).ok());
        QVERIFY(crlf.text().contains("added: x\r\n"));
        // `---` lines in the body are not front matter.
        Post dashes = load("dashes-in-body.md");
        QCOMPARE(dashes.frontMatter().entries().size(), 1);
        QVERIFY(dashes.body().contains("Heading\n---"));
        // Aliases stay text: nothing walks the bomb.
        Post laughs = load("billion-laughs.md");
        QElapsedTimer timer;
        timer.start();
        QVERIFY(laughs.field(QStringLiteral("h")));
        QVERIFY(laughs.setScalar(QStringLiteral("title"), QStringLiteral("Still fine")).ok());
        // The TOML block is kept verbatim and is read-only.
        Post toml = load("toml.md");
        QCOMPARE(toml.frontMatter().kind(), FrontMatterSplit::Kind::Toml);
        QVERIFY(toml.body().startsWith("\nBody."));
        // An unclosed fence means no front matter: the whole file is body.
        Post unclosed = load("unclosed-front-matter.md");
        QCOMPARE(unclosed.frontMatter().kind(), FrontMatterSplit::Kind::None);
        QCOMPARE(unclosed.body(), unclosed.text());
        // Front matter that is a list: an error, and the body is still there.
        Post list = load("list-front-matter.md");
        QVERIFY(!list.frontMatter().isValid());
        QVERIFY(list.body().contains("not a map"));
        // A post with no front matter gets the block when a field is added.
        Post none = load("no-front-matter.md");
        QVERIFY(none.setScalar(QStringLiteral("title"), QStringLiteral("T")).ok());
        QVERIFY(none.text().startsWith("---\ntitle: T\n---\n"));
    }
};

QTEST_GUILESS_MAIN(TestAdversarialFiles)
#include "tst_adversarialfiles.moc"
