// Every string of the program has its German translation, and every "%n" string its English plural forms:
// lupdate runs on the sources (as the update_translations target does) into a copy of each .ts file, and the
// test names each string left unfinished, each one the sources no longer have (vanished or obsolete) and each
// plural form left empty. A new tr() without a translation fails here.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct Problems {
    int messages = 0;
    QStringList unfinished, vanished, emptyForms;
};

// Reads a .ts file: the messages that are not complete, each as "Context: source".
Problems readTs(const QString &path) {
    Problems problems;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return problems;
    QXmlStreamReader xml(&file);
    QString context, source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        const QStringView name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            ++problems.messages;
            numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
        } else if (name == u"source") {
            source = context + QStringLiteral(": ") + xml.readElementText();
        } else if (name == u"translation") {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            if (type == u"unfinished")
                problems.unfinished << source;
            else if (type == u"vanished" || type == u"obsolete")
                problems.vanished << source;
            if (!numerus && xml.readElementText().isEmpty() && type.isEmpty())
                problems.emptyForms << source;
        } else if (name == u"numerusform") {
            if (xml.readElementText().isEmpty())
                problems.emptyForms << source;
        }
    }
    return problems;
}

}  // namespace

class TestTranslationsComplete : public QObject {
    Q_OBJECT

private:
    // lupdate on a copy of the named .ts file; returns the copy's path.
    QString updatedCopy(const QString &fileName, const QStringList &extraOptions) {
        const QString source = QStringLiteral(POSTWRIGHT_SOURCE_TREE);
        const QString copy = m_dir.filePath(fileName);
        QFile::remove(copy);
        if (!QFile::copy(source + QStringLiteral("/resources/translations/") + fileName, copy))
            return {};
        QProcess lupdate;
        lupdate.setWorkingDirectory(source);
        lupdate.start(
            QStringLiteral(POSTWRIGHT_LUPDATE),
            QStringList{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent")} +
                extraOptions +
                QStringList{QStringLiteral("ui"), QStringLiteral("src"), QStringLiteral("app"),
                            QStringLiteral("-ts"), copy});
        if (!lupdate.waitForFinished(300000) || lupdate.exitCode() != 0)
            return {};
        return copy;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void germanIsComplete() {
        const QString copy = updatedCopy(QStringLiteral("postwright_de.ts"), {});
        QVERIFY(!copy.isEmpty());
        const Problems problems = readTs(copy);
        QVERIFY(problems.messages > 500);
        QVERIFY2(problems.unfinished.isEmpty(), qPrintable(QStringLiteral("No German translation for:\n") +
                                                           problems.unfinished.join(u'\n')));
        QVERIFY2(problems.vanished.isEmpty(),
                 qPrintable(QStringLiteral("No longer in the sources:\n") + problems.vanished.join(u'\n')));
        QVERIFY2(problems.emptyForms.isEmpty(),
                 qPrintable(QStringLiteral("Empty German forms:\n") + problems.emptyForms.join(u'\n')));
    }

    void englishHasEveryPluralForm() {
        const QString copy = updatedCopy(QStringLiteral("postwright_en.ts"), {QStringLiteral("-pluralonly")});
        QVERIFY(!copy.isEmpty());
        const Problems problems = readTs(copy);
        QVERIFY(problems.messages > 10);
        QVERIFY2(problems.unfinished.isEmpty(), qPrintable(QStringLiteral("No English plural forms for:\n") +
                                                           problems.unfinished.join(u'\n')));
        QVERIFY2(problems.vanished.isEmpty(),
                 qPrintable(QStringLiteral("No longer in the sources:\n") + problems.vanished.join(u'\n')));
        QVERIFY2(problems.emptyForms.isEmpty(),
                 qPrintable(QStringLiteral("Empty English forms:\n") + problems.emptyForms.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTranslationsComplete)
#include "tst_translationscomplete.moc"
