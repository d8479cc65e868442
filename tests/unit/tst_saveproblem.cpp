// The explanation of a failed save and the read-only note (post/saveproblem), without widgets: what the disk
// looks like now is said in the writer's words, and nothing is said when nothing stands in the way. (Full and
// read-only disks need a mount: tests/gui/tst_savefailures drives those through the window.)

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include "post/saveproblem.h"

class TestSaveProblem : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QFile post(m_dir.filePath(QStringLiteral("post.md")));
        QVERIFY(post.open(QIODevice::WriteOnly));
        post.write("---\ntitle: t\n---\n");
    }

    void explain_data() {
        QTest::addColumn<QString>("relative");
        QTest::addColumn<QString>("expected");  // a part of the sentence; empty when nothing is said
        QTest::newRow("writable file says nothing") << QStringLiteral("post.md") << QString();
        QTest::newRow("new file in a writable folder says nothing") << QStringLiteral("new.md") << QString();
        QTest::newRow("vanished folder is named")
            << QStringLiteral("gone/post.md") << QStringLiteral("The folder %1 no longer exists.");
        QTest::newRow("a file standing in the folder path counts as gone")
            << QStringLiteral("post.md/sub/inside.md") << QStringLiteral("The folder %1 no longer exists.");
    }
    void explain() {
        QFETCH(QString, relative);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(relative);
        const QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
        QCOMPARE(SaveProblem::explain(path), expected.isEmpty() ? QString() : expected.arg(folder));
    }

    void readOnlyMessage_data() {
        QTest::addColumn<QString>("relative");
        QTest::newRow("no path yet") << QString();
        QTest::newRow("writable file") << QStringLiteral("post.md");
        QTest::newRow("folder gone: the change bar speaks, not this") << QStringLiteral("gone/post.md");
    }
    void readOnlyMessage() {
        QFETCH(QString, relative);
        const QString path = relative.isEmpty() ? QString() : m_dir.filePath(relative);
        QCOMPARE(SaveProblem::readOnlyMessage(path), QString());
    }
};

QTEST_GUILESS_MAIN(TestSaveProblem)
#include "tst_saveproblem.moc"
