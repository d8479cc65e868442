// The editor marks links and images that lead nowhere in the site, and images without alt text
// (LinkTargetMarkBinding): a mark on the broken target with the reason as tooltip, gone once the target is
// fixed, beside the preview's own marks, and turned off from the View menu.

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QtTest>

#include "editor/linktargetmarkbinding.h"
#include "editor/markdowneditor.h"
#include "site/siteindex.h"
#include "siteenginerun.h"
#include "window/appsettings.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

// A generous bound so that a check that never comes fails the test instead of blocking it.
constexpr int kWaitMs = 60000;

const QString kBroken = QStringLiteral("/blog/assets/images/missing.png");

QString markedText(MarkdownEditor *editor, const TextMark &mark) {
    return editor->document()->toPlainText().mid(mark.position, mark.length);
}

}  // namespace

class TestLinkTargetMarks : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    QString m_post;

    // The marked texts and their reasons, "TEXT = REASON".
    static QStringList marks(MarkdownEditor *editor) {
        QStringList out;
        for (const TextMark &mark : editor->textMarks(TextMark::Layer::LinkTargets))
            out.append(markedText(editor, mark) + QStringLiteral(" = ") + mark.reason);
        return out;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_linktargetmarks"));
        QSettings().clear();
        SiteIndex::setCacheFolder(m_cache.path());
        const QString site = m_dir.filePath(QStringLiteral("links"));
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("links"), site));
        // Multi-byte text before the targets: byte columns and UTF-16 positions differ there.
        m_post = site + QStringLiteral("/_posts/2024-03-01-marks.md");
        QFile file(m_post);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "---\ntitle: Marks\n---\nCafé 日本 ![Broken](" + kBroken.toUtf8() +
            ") and ![Good](/blog/assets/images/good.png)\n\n<img src=\"/blog/assets/images/good.png\">\n");
    }

    void marksTheBrokenTargetAndDropsTheMarkOnceFixed() {
        MainWindow window;
        window.linkTargetMarks()->setPause(20);
        QVERIFY(window.fileActions()->open(m_post).ok());
        MarkdownEditor *editor = window.editor();
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 2; }, kWaitMs));
        QCOMPARE(marks(editor),
                 (QStringList{
                     kBroken + QStringLiteral(" = No file at /assets/images/missing.png in the site"),
                     QStringLiteral("<img src=\"/blog/assets/images/good.png\"> = Image without alt text")}));
        // The tooltip says what is wrong, wherever the mouse rests on the target.
        const TextMark broken = editor->textMarks(TextMark::Layer::LinkTargets).at(0);
        QCOMPARE(editor->textMarkReasonAt(broken.position + 3),
                 QStringLiteral("No file at /assets/images/missing.png in the site"));

        // Typing the right name: after the pause the mark is gone, the other one stays.
        QSignalSpy updated(window.linkTargetMarks(), &LinkTargetMarkBinding::marksUpdated);
        QTextCursor cursor(editor->document());
        cursor.setPosition(broken.position + kBroken.indexOf(QLatin1String("missing")));
        cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor, int(qstrlen("missing")));
        editor->setTextCursor(cursor);
        QTest::keyClicks(editor, QStringLiteral("good"));
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 1; }, kWaitMs));
        QVERIFY(!updated.isEmpty());
        QCOMPARE(marks(editor), QStringList{QStringLiteral(
                                    "<img src=\"/blog/assets/images/good.png\"> = Image without alt text")});
    }

    void theViewMenuTurnsTheMarksOffAndOn() {
        MainWindow window;
        window.linkTargetMarks()->setPause(20);
        QVERIFY(window.fileActions()->open(m_post).ok());
        MarkdownEditor *editor = window.editor();
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 2; }, kWaitMs));
        QAction *toggle = window.markLinkTargetsAction();
        QVERIFY(toggle->isChecked());
        toggle->setChecked(false);
        QVERIFY(marks(editor).isEmpty());
        QVERIFY(!AppSettings::markLinkTargets());
        toggle->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 2; }, kWaitMs));
        QVERIFY(AppSettings::markLinkTargets());
    }

    // A file written into the site after the index read it (a pasted image) counts at once.
    void anImageAddedToTheSiteIsFoundWithoutARescan() {
        MainWindow window;
        window.linkTargetMarks()->setPause(20);
        QVERIFY(window.fileActions()->open(m_post).ok());
        MarkdownEditor *editor = window.editor();
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 2; }, kWaitMs));
        const QString added =
            QFileInfo(m_post).absolutePath() + QStringLiteral("/../assets/images/missing.png");
        QFile file(added);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("png");
        file.close();
        QTextCursor end(editor->document());
        end.movePosition(QTextCursor::End);
        editor->setTextCursor(end);
        QTest::keyClicks(editor, QStringLiteral("x"));
        QVERIFY(QTest::qWaitFor([&] { return marks(editor).size() == 1; }, kWaitMs));
        QVERIFY(QFile::remove(added));
    }
};

QTEST_MAIN(TestLinkTargetMarks)
#include "tst_linktargetmarks.moc"
