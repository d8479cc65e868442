// The core's messages reach the user (the form, the status bar, the Posts panel, `postwright check`), so
// they go through Qt's translation like the window's own strings. A translator that marks every string it
// is asked for shows which messages do: each row makes the core say something, and the message must come
// back marked, under the class that says it.

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include <functional>

#include "frontmatter/fieldeditor.h"
#include "frontmatter/frontmatter.h"
#include "post/post.h"
#include "post/postfile.h"
#include "post/recoverystore.h"
#include "post/textencoding.h"
#include "site/jekyllurlescape.h"
#include "site/psychyaml.h"

namespace {

// Answers every lookup with the source text marked by its context, and remembers the contexts asked.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override {
        Q_UNUSED(disambiguation)
        Q_UNUSED(n)
        return QStringLiteral("[%1] %2").arg(QLatin1String(context), QString::fromUtf8(sourceText));
    }
};

}  // namespace

using MessageOf = std::function<QString()>;
Q_DECLARE_METATYPE(MessageOf)

class TestCoreMessages : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }
    void cleanupTestCase() { QCoreApplication::removeTranslator(&m_translator); }

    void messageIsTranslated_data() {
        QTest::addColumn<MessageOf>("message");
        QTest::addColumn<QString>("context");

        QTest::newRow("opening a folder as a post")
            << MessageOf([this] { return PostFile::readBytes(m_dir.path()).error(); }) << "PostFile";
        QTest::newRow("a field that is not there") << MessageOf([] {
            const QByteArray bytes("---\ntitle: A\n---\nbody\n");
            return FieldEditor(bytes, FrontMatter::parse(bytes)).remove(QStringLiteral("missing")).error();
        }) << "FieldEditor";
        QTest::newRow("broken YAML in the front matter") << MessageOf([] {
            return FrontMatter::parse("---\ntitle: [a\n---\n").diagnostics().value(0).message;
        }) << "FrontMatter";
        QTest::newRow("a duplicate key") << MessageOf([] {
            return FrontMatter::parse("---\na: 1\na: 2\n---\n").diagnostics().value(0).message;
        }) << "FrontMatter";
        QTest::newRow("front matter never closed")
            << MessageOf([] { return FrontMatter::parse("---\ntitle: A\n").diagnostics().value(0).message; })
            << "FrontMatterSplit";
        QTest::newRow("a file that is not UTF-8") << MessageOf([] {
            return TextEncoding::findProblem("---\ntitle: \xff\n---\n").value_or(Diagnostic{}).message;
        }) << "TextEncoding";
        QTest::newRow("a splice outside the field's value") << MessageOf([] {
            Post post(QByteArray("---\ntitle: A\n---\n"));
            return post.spliceScalar(QStringLiteral("title"), 0, 2, "B", QStringLiteral("B")).error();
        }) << "Post";
        QTest::newRow("a recovery copy without a path") << MessageOf([this] {
            RecoveryStore store(m_dir.filePath(QStringLiteral("recovery")));
            return store.save(QString(), "text", QByteArray()).error();
        }) << "RecoveryStore";
        QTest::newRow("a URL Jekyll cannot escape")
            << MessageOf([] { return JekyllUrlEscape::escapePath(QStringLiteral("2016:x")).error(); })
            << "JekyllUrlEscape";
        QTest::newRow("a Ruby symbol in YAML") << MessageOf([] {
            QString error;
            PsychYaml::resolvePlain(QStringLiteral(":symbol"), &error);
            return error;
        }) << "PsychYaml";
    }
    void messageIsTranslated() {
        QFETCH(MessageOf, message);
        QFETCH(QString, context);
        const QString text = message();
        QVERIFY2(text.startsWith(QLatin1Char('[') + context + QLatin1Char(']')) ||
                     text.contains(QLatin1String("[") + context + QLatin1String("] ")),
                 qPrintable(text));
    }

private:
    MarkingTranslator m_translator;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCoreMessages)
#include "tst_coremessages.moc"
