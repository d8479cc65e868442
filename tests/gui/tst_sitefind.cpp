// Find and replace across the site (Edit > Find in Site, Replace in Site): the panel lists matches by file
// and line from the site's posts, drafts and pages, opens a match at its line, shows the diff a replacement
// would write, writes only the matched bytes and only over files unchanged since the search, and undoes.

#include <QCheckBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QTreeWidget>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "safety/diffview.h"
#include "site/matchrowdelegate.h"
#include "site/postspart.h"
#include "site/sitefindpanel.h"
#include "site/sitefindpart.h"
#include "site/siteindex.h"
#include "testfiles.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

class TestSiteFind : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    QString m_root;

    QString path(const char *relative) const { return m_root + QLatin1Char('/') + QLatin1String(relative); }

    // The window on the first post, its site read.
    void openSite(MainWindow &window) {
        QVERIFY(window.fileActions()->open(path("_posts/2020-01-01-first.md")).ok());
        QVERIFY(window.postsPart()->index());
        QTRY_VERIFY_WITH_TIMEOUT(window.postsPart()->index()->isReady(), 20000);
    }
    // Searches for `text` in the window's panel and waits for the answer.
    static void search(SiteFindPanel *panel, const QString &text) {
        QSignalSpy finished(panel, &SiteFindPanel::searchFinished);
        panel->findEdit()->setText(text);
        QTest::keyClick(panel->findEdit(), Qt::Key_Return);
        QVERIFY(finished.wait(20000));
    }
    static QStringList fileRows(const QTreeWidget *tree) {
        QStringList rows;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            rows << tree->topLevelItem(i)->text(0);
        return rows;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_sitefind"));
        SiteIndex::setCacheFolder(m_cache.path());
        QSettings().clear();  // no window state left by an earlier run (the panel's dock shown)
    }

    void init() {
        // A fresh site for every test: they write files.
        m_root = m_dir.filePath(QString::number(QRandomGenerator::global()->generate()));
        QVERIFY(writeTestFile(m_root + "/_config.yml", "title: Site\ntimezone: UTC\n"));
        QVERIFY(writeTestFile(
            path("_posts/2020-01-01-first.md"),
            "---\ntitle: First Post # about Jekyll\ntags: [jekyll]\n---\nIntro.\n\nJekyll is fine.\n"));
        QVERIFY(
            writeTestFile(path("_posts/2020-02-02-second.md"),
                          "---\r\ntitle: 'Second'\r\n---\r\nOne jekyll line.\r\nAnother jekyll line.\r\n"));
        QVERIFY(writeTestFile(path("_drafts/idea.md"), "---\ntitle: Idea\n---\nNothing here.\n"));
        QVERIFY(writeTestFile(path("about.md"), "---\nlayout: page\n---\nBuilt with Jekyll.\n"));
        m_root = QFileInfo(m_root).canonicalFilePath();
    }

    void findShowsTheSelectionsMatchesByFileAndLine() {
        MainWindow window;
        window.show();
        openSite(window);
        SiteFindPart *part = window.siteFind();
        SiteFindPanel *panel = part->panel();
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        QVERIFY(dock);
        QVERIFY(!dock->isVisible());  // not until asked for

        // Edit > Find in Site takes the editor's selection.
        QTextCursor cursor = window.editor()->document()->find(QStringLiteral("Jekyll"));
        window.editor()->setTextCursor(cursor);
        part->findAction()->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(!panel->isReplaceVisible());
        QCOMPARE(panel->findEdit()->text(), QStringLiteral("Jekyll"));

        search(panel, QStringLiteral("jekyll"));
        QCOMPARE(
            fileRows(panel->resultTree()),
            (QStringList{QStringLiteral("_posts/2020-01-01-first.md (3)"),
                         QStringLiteral("_posts/2020-02-02-second.md (2)"), QStringLiteral("about.md (1)")}));
        const QTreeWidgetItem *first = panel->resultTree()->topLevelItem(0);
        QCOMPARE(first->child(0)->text(0), QStringLiteral("2: title: First Post # about Jekyll"));
        QCOMPARE(first->child(2)->text(0), QStringLiteral("7: Jekyll is fine."));
        // Each line row knows where its match is, for the delegate that marks it.
        for (int i = 0; i < first->childCount(); ++i) {
            const QTreeWidgetItem *row = first->child(i);
            const int start = row->data(0, MatchRowDelegate::kMatchStartRole).toInt();
            const int length = row->data(0, MatchRowDelegate::kMatchLengthRole).toInt();
            QCOMPARE(row->text(0).mid(start, length).toLower(), QStringLiteral("jekyll"));
        }
        QVERIFY(qobject_cast<MatchRowDelegate *>(panel->resultTree()->itemDelegate()));
        QCOMPARE(panel->results().matchCount, 6);
        QVERIFY2(panel->summaryLabel()->text().startsWith(QStringLiteral("6 match")),
                 qPrintable(panel->summaryLabel()->text()));

        // Match case narrows it; the options are the editor find bar's.
        panel->matchCaseBox()->setChecked(true);
        search(panel, QStringLiteral("jekyll"));
        QCOMPARE(fileRows(panel->resultTree()),
                 (QStringList{QStringLiteral("_posts/2020-01-01-first.md (1)"),
                              QStringLiteral("_posts/2020-02-02-second.md (2)")}));

        // A bad expression says why instead of searching.
        panel->regularExpressionBox()->setChecked(true);
        panel->findEdit()->setText(QStringLiteral("(jekyll"));
        panel->find();
        QVERIFY2(panel->summaryLabel()->text().contains(QStringLiteral("at character")),
                 qPrintable(panel->summaryLabel()->text()));
    }

    void activatingAMatchOpensItsFileAtThatLine() {
        MainWindow window;
        window.show();
        openSite(window);
        SiteFindPanel *panel = window.siteFind()->panel();
        window.siteFind()->findAction()->trigger();
        search(panel, QStringLiteral("Another"));
        QTreeWidgetItem *line = panel->resultTree()->topLevelItem(0)->child(0);
        QCOMPARE(line->text(0), QStringLiteral("5: Another jekyll line."));
        emit panel->resultTree()->itemActivated(line, 0);
        QCOMPARE(window.document()->path(), path("_posts/2020-02-02-second.md"));
        // File line 5 is the body's second line.
        QCOMPARE(window.editor()->textCursor().blockNumber(), 1);
        QCOMPARE(window.editor()->textCursor().block().text(), QStringLiteral("Another jekyll line."));
    }

    void replaceShowsTheDiffThenWritesOnlyTheMatchesAndUndoes() {
        MainWindow window;
        window.show();
        openSite(window);
        SiteFindPart *part = window.siteFind();
        SiteFindPanel *panel = part->panel();
        part->replaceAction()->trigger();
        QVERIFY(panel->isReplaceVisible());
        panel->wholeWordBox()->setChecked(true);
        search(panel, QStringLiteral("jekyll"));
        panel->replaceEdit()->setText(QStringLiteral("Hugo"));

        // The current file's diff shows what would be written.
        panel->resultTree()->setCurrentItem(panel->resultTree()->topLevelItem(1));
        const QString diff = panel->diffView()->toPlainText();
        QVERIFY2(diff.contains(QStringLiteral("One Hugo line.")), qPrintable(diff));
        QVERIFY2(diff.contains(QStringLiteral("One jekyll line.")), qPrintable(diff));

        // Leave about.md out; the draft has no match.
        panel->resultTree()->topLevelItem(2)->setCheckState(0, Qt::Unchecked);
        const QByteArray aboutBefore = readTestFile(path("about.md"));
        QSignalSpy written(panel, &SiteFindPanel::filesWritten);
        QSignalSpy finished(panel, &SiteFindPanel::searchFinished);
        QVERIFY(panel->replaceAllButton()->isEnabled());
        QTest::mouseClick(panel->replaceAllButton(), Qt::LeftButton);
        // The files are written off the GUI thread; until then nothing else can be replaced or undone.
        QVERIFY(panel->isWriting());
        QVERIFY(!panel->replaceAllButton()->isEnabled());
        QVERIFY(!panel->replaceFileButton()->isEnabled());
        QVERIFY(!panel->undoButton()->isEnabled());
        QVERIFY2(panel->summaryLabel()->text().startsWith(QStringLiteral("Replacing in 2 file")),
                 qPrintable(panel->summaryLabel()->text()));
        // Then it searches again: only the file left out still matches, and it says what it did.
        QVERIFY(finished.wait(20000));
        QVERIFY(!panel->isWriting());
        QCOMPARE(written.size(), 1);
        QCOMPARE(readTestFile(path("_posts/2020-02-02-second.md")),
                 QByteArray("---\r\ntitle: 'Second'\r\n---\r\nOne Hugo line.\r\nAnother Hugo line.\r\n"));
        QCOMPARE(
            readTestFile(path("_posts/2020-01-01-first.md")),
            QByteArray("---\ntitle: First Post # about Hugo\ntags: [Hugo]\n---\nIntro.\n\nHugo is fine.\n"));
        QCOMPARE(readTestFile(path("about.md")), aboutBefore);
        QCOMPARE(fileRows(panel->resultTree()), QStringList{QStringLiteral("about.md (1)")});
        QVERIFY2(panel->summaryLabel()->text().startsWith(QStringLiteral("Replaced 5 match")),
                 qPrintable(panel->summaryLabel()->text()));
        // The open post had no unsaved edits: it follows its file.
        QTRY_VERIFY_WITH_TIMEOUT(window.editor()->toPlainText().contains(QStringLiteral("Hugo is fine.")),
                                 20000);

        // Undo puts both files back, byte for byte.
        QVERIFY(panel->undoButton()->isEnabled());
        QTest::mouseClick(panel->undoButton(), Qt::LeftButton);
        QVERIFY(panel->isWriting());
        QVERIFY(finished.wait(20000));
        QCOMPARE(readTestFile(path("_posts/2020-02-02-second.md")),
                 QByteArray("---\r\ntitle: 'Second'\r\n---\r\nOne jekyll line.\r\nAnother jekyll line.\r\n"));
        QCOMPARE(panel->resultTree()->topLevelItemCount(), 3);
        QVERIFY(!panel->undoButton()->isEnabled());
    }

    void aFileChangedSinceTheSearchIsLeftAndNamed() {
        MainWindow window;
        window.show();
        openSite(window);
        SiteFindPanel *panel = window.siteFind()->panel();
        window.siteFind()->replaceAction()->trigger();
        search(panel, QStringLiteral("jekyll"));
        panel->replaceEdit()->setText(QStringLiteral("Hugo"));
        QVERIFY(writeTestFile(path("about.md"),
                              "---\nlayout: page\n---\nBuilt with Jekyll, edited elsewhere.\n"));
        QSignalSpy finished(panel, &SiteFindPanel::searchFinished);
        panel->replaceInCheckedFiles();
        QVERIFY(finished.wait(20000));
        QCOMPARE(readTestFile(path("about.md")),
                 QByteArray("---\nlayout: page\n---\nBuilt with Jekyll, edited elsewhere.\n"));
        QVERIFY(readTestFile(path("_posts/2020-02-02-second.md")).contains("One Hugo line."));
        const QString summary = panel->summaryLabel()->text();
        QVERIFY2(summary.contains(QStringLiteral("about.md changed on disk since it was read")),
                 qPrintable(summary));
    }

    void changingTheSearchDisablesReplaceUntilFoundAgain() {
        MainWindow window;
        window.show();
        openSite(window);
        SiteFindPanel *panel = window.siteFind()->panel();
        window.siteFind()->replaceAction()->trigger();
        search(panel, QStringLiteral("jekyll"));
        QVERIFY(panel->replaceAllButton()->isEnabled());
        QTest::keyClicks(panel->findEdit(), QStringLiteral(" line"));
        QVERIFY(!panel->replaceAllButton()->isEnabled());
        const QByteArray before = readTestFile(path("about.md"));
        panel->replaceInCheckedFiles();  // refused: the list no longer shows what would be replaced
        QVERIFY(!panel->isWriting());
        QCOMPARE(readTestFile(path("about.md")), before);
        search(panel, panel->findEdit()->text());
        QVERIFY(panel->replaceAllButton()->isEnabled());
    }

    void closingTheWindowWhileWritingFinishesTheWrite() {
        auto *window = new MainWindow;
        window->show();
        openSite(*window);
        SiteFindPanel *panel = window->siteFind()->panel();
        window->siteFind()->replaceAction()->trigger();
        panel->wholeWordBox()->setChecked(true);
        search(panel, QStringLiteral("jekyll"));
        panel->replaceEdit()->setText(QStringLiteral("Hugo"));
        panel->replaceInCheckedFiles();
        QVERIFY(panel->isWriting());
        delete window;
        QCOMPARE(readTestFile(path("_posts/2020-02-02-second.md")),
                 QByteArray("---\r\ntitle: 'Second'\r\n---\r\nOne Hugo line.\r\nAnother Hugo line.\r\n"));
        QVERIFY(readTestFile(path("about.md")).contains("Built with Hugo"));
    }

    void aSearchBeforeTheSiteIsReadWaitsForIt() {
        SiteFindPanel panel;
        bool ready = false;
        panel.setSite(m_root, [&]() -> std::optional<QStringList> {
            if (!ready)
                return std::nullopt;
            return QStringList{path("about.md"), path("_drafts/idea.md")};
        });
        panel.findEdit()->setText(QStringLiteral("Built"));
        panel.find();
        QVERIFY(!panel.isSearching());
        QVERIFY2(panel.summaryLabel()->text().contains(QStringLiteral("still being read")),
                 qPrintable(panel.summaryLabel()->text()));
        ready = true;
        QSignalSpy finished(&panel, &SiteFindPanel::searchFinished);
        panel.retry();
        QVERIFY(finished.wait(20000));
        QCOMPARE(fileRows(panel.resultTree()), QStringList{QStringLiteral("about.md (1)")});
    }
};

PREVIEW_TEST_MAIN(TestSiteFind)
#include "tst_sitefind.moc"
