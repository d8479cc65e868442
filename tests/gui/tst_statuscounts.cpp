// The status bar's counts in the real window: the body's words, characters and reading time (the site's
// words_per_minute, else 200), the selection's words and characters beside them, all updated after typing
// pauses.

#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/poststatusbar.h"

namespace {
void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}
}  // namespace

class TestStatusCounts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_statuscounts"));
        QVERIFY(m_dir.isValid());
    }

    void readingTimeUsesTheSiteRate_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<int>("minutes");
        // 9 words: at 2 a minute, 4 minutes (rounded down as the themes do); at 200, one.
        QTest::newRow("site's words_per_minute") << QByteArray("words_per_minute: 2\n") << 4;
        QTest::newRow("200 without it") << QByteArray("title: Slow\n") << 1;
    }
    void readingTimeUsesTheSiteRate() {
        QFETCH(QByteArray, config);
        QFETCH(int, minutes);
        const QString site = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-'));
        writeFile(site + QStringLiteral("/_config.yml"), config);
        const QString path = site + QStringLiteral("/_posts/2024-07-01-counted.md");
        writeFile(path, "---\ntitle: Counted\n---\nOne two three four five six seven eight nine\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(path).ok());
        PostStatusBar *status = window.postStatusBar();
        QCOMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 9));
        QCOMPARE(status->charactersText(), PostStatusBar::tr("%n character(s)", nullptr, 44));
        QCOMPARE(status->readingTimeText(), PostStatusBar::tr("%n min read", nullptr, minutes));
    }

    void selectionIsCountedBesideTheBody() {
        const QString path = m_dir.filePath(QStringLiteral("2024-07-02-selected.md"));
        writeFile(path, "---\ntitle: Selected\n---\nalpha beta gamma\ndelta\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(path).ok());
        PostStatusBar *status = window.postStatusBar();
        QCOMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 4));

        // "beta gamma", the line break and "delta": 3 words, 15 characters (the break not counted) of 21.
        QTextCursor cursor = window.editor()->textCursor();
        cursor.setPosition(6);
        cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
        window.editor()->setTextCursor(cursor);
        QTRY_COMPARE(status->wordsText(), PostStatusBar::tr("%1 of %n word(s)", nullptr, 4).arg(3));
        QCOMPARE(status->charactersText(), PostStatusBar::tr("%1 of %n character(s)", nullptr, 21).arg(15));

        cursor.clearSelection();
        window.editor()->setTextCursor(cursor);
        QTRY_COMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 4));
        QCOMPARE(status->charactersText(), PostStatusBar::tr("%n character(s)", nullptr, 21));
    }

    void countsFollowTypingAfterAPause() {
        const QString path = m_dir.filePath(QStringLiteral("2024-07-03-typed.md"));
        writeFile(path, "---\ntitle: Typed\n---\nword\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(path).ok());
        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("two more"));
        PostStatusBar *status = window.postStatusBar();
        QCOMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 1));  // not on the keystroke
        QTRY_COMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 3));
        QCOMPARE(status->charactersText(), PostStatusBar::tr("%n character(s)", nullptr, 12));
    }
};

PREVIEW_TEST_MAIN(TestStatusCounts)
#include "tst_statuscounts.moc"
