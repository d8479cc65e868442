// The acid test of the post model, on every real post in ../shared/corpus/posts: open -> save gives the same
// bytes; setting the title changes only the title's line; adding a key adds exactly one line. One row per
// file.

#include <QDirIterator>
#include <QTemporaryDir>
#include <QtTest>

#include "frontmatter/yamltext.h"
#include "post/post.h"
#include "post/postfile.h"
#include "testpaths.h"

namespace {

QList<QByteArray> splitLines(const QByteArray &bytes) {
    return bytes.split('\n');
}

// Every field's value as read, to prove an edit left the other fields alone.
QStringList describeFields(const Post &post, const QString &except) {
    QStringList out;
    for (const FieldEntry &e : post.frontMatter().entries()) {
        if (e.key == except)
            continue;
        out << e.key + QLatin1Char('=') + e.scalar + QLatin1Char('|') + e.items.join(QLatin1Char(','));
    }
    return out;
}

}  // namespace

class TestPostCorpus : public QObject {
    Q_OBJECT

    int m_files = 0, m_refused = 0, m_identical = 0, m_titleOneLine = 0, m_titleEditable = 0,
        m_addOneLine = 0, m_addEditable = 0;

private Q_SLOTS:
    void corpus_data() {
        QTest::addColumn<QString>("path");
        const QString root = TestPaths::corpusPosts();
        if (!QDir(root).exists()) {
            QTest::newRow("corpus-missing") << QString();
            return;
        }
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        QStringList paths;
        while (it.hasNext())
            paths << it.next();
        paths.sort();
        for (const QString &path : paths)
            QTest::newRow(qPrintable(QDir(root).relativeFilePath(path))) << path;
    }

    void corpus() {
        QFETCH(QString, path);
        if (path.isEmpty())
            QFAIL(qPrintable(
                QStringLiteral("no corpus at %1; set POSTWRIGHT_SHARED_DIR").arg(TestPaths::corpusPosts())));
        ++m_files;
        const Result<QByteArray> bytes = PostFile::readBytes(path);
        QVERIFY2(bytes.ok(), qPrintable(bytes.error()));
        const Result<Post> loaded = Post::fromFileBytes(bytes.value(), path);
        if (!loaded) {
            // Only the UTF-16 file is refused; the message names it and says why.
            ++m_refused;
            QVERIFY2(path.contains(QLatin1String("Unicode16")), qPrintable(loaded.error()));
            QVERIFY(loaded.error().contains(path));
            QVERIFY(loaded.error().contains(QLatin1String("UTF-16")));
            return;
        }
        Post post = loaded.value();

        // Open -> save, through the real file path.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("post.md"));
        QVERIFY(PostFile::writeBytes(copy, post.text()).ok());
        QCOMPARE(PostFile::readBytes(copy).value(), bytes.value());
        ++m_identical;

        const FrontMatter &fm = post.frontMatter();
        const bool editable = fm.kind() != FrontMatterSplit::Kind::Toml && fm.isValid() &&
                              !(fm.kind() == FrontMatterSplit::Kind::Yaml && fm.entries().isEmpty() &&
                                !post.frontMatterText().trimmed().isEmpty() &&
                                !post.frontMatterText().trimmed().startsWith('#'));
        const QList<QByteArray> before = splitLines(bytes.value());

        // Set the title.
        {
            Post edited = post;
            const QString title = QStringLiteral("Edited: \"Title\" #1 ✓");
            const FieldEntry *oldTitle = post.field(QStringLiteral("title"));
            const Status ok = edited.setScalar(QStringLiteral("title"), title);
            if (!editable) {
                QVERIFY2(!ok.ok(), "editing a TOML or broken front matter must be refused");
            } else {
                ++m_titleEditable;
                QVERIFY2(ok.ok(), qPrintable(ok.error()));
                QCOMPARE(edited.scalar(QStringLiteral("title")), title);
                QCOMPARE(describeFields(edited, QStringLiteral("title")),
                         describeFields(post, QStringLiteral("title")));
                QCOMPARE(edited.body(), post.body());
                const QList<QByteArray> after = splitLines(edited.text());
                if (oldTitle && oldTitle->line > 0 &&
                    YamlText::lineEnd(post.text(), oldTitle->entryBegin) >= oldTitle->entryEnd) {
                    QCOMPARE(after.size(), before.size());
                    int differing = 0;
                    for (int i = 0; i < before.size(); ++i) {
                        if (before[i] != after[i]) {
                            ++differing;
                            QCOMPARE(i + 1, oldTitle->line);
                        }
                    }
                    QCOMPARE(differing, 1);
                } else if (!oldTitle) {
                    QCOMPARE(after.size(),
                             before.size() + (fm.kind() == FrontMatterSplit::Kind::None ? 3 : 1));
                }
                ++m_titleOneLine;
            }
        }
        // Add a key.
        {
            Post edited = post;
            const Status ok = edited.setScalar(QStringLiteral("postwright_note"), QStringLiteral("added"));
            if (!editable) {
                QVERIFY(!ok.ok());
            } else {
                ++m_addEditable;
                QVERIFY2(ok.ok(), qPrintable(ok.error()));
                QCOMPARE(edited.scalar(QStringLiteral("postwright_note")), QStringLiteral("added"));
                const QList<QByteArray> after = splitLines(edited.text());
                const int added = fm.kind() == FrontMatterSplit::Kind::None ? 3 : 1;
                QCOMPARE(after.size(), before.size() + added);
                // Removing every added line gives the original back.
                QList<QByteArray> rest = after;
                int removed = 0;
                for (int i = rest.size() - 1; i >= 0; --i) {
                    const QByteArray line = rest[i];
                    if (line.startsWith("postwright_note: added") ||
                        (fm.kind() == FrontMatterSplit::Kind::None && line.startsWith("---") && i < 3)) {
                        rest.removeAt(i);
                        ++removed;
                    }
                }
                QCOMPARE(removed, added);
                QCOMPARE(rest, before);
                QCOMPARE(describeFields(edited, QStringLiteral("postwright_note")),
                         describeFields(post, QString()));
                ++m_addOneLine;
            }
        }
    }

    void cleanupTestCase() {
        qInfo(
            "corpus fidelity: %d files, %d refused (UTF-16); open->save identical %d/%d; set title changed "
            "only "
            "its line %d/%d; add key added one line %d/%d",
            m_files, m_refused, m_identical, m_files - m_refused, m_titleOneLine, m_titleEditable,
            m_addOneLine, m_addEditable);
    }
};

QTEST_GUILESS_MAIN(TestPostCorpus)
#include "tst_postcorpus.moc"
