// The rename offer: after the title changed (saved, or the title field left) the window offers to rename the
// file after it, names the old and new files and the URL change, offers redirect_from only when the site uses
// jekyll-redirect-from; Rename moves the file as Post > Rename File to Match Title does (the window follows,
// Undo Move works); Not Now holds for that file; nothing is offered when there is nothing to rename.

#include <QCheckBox>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "form/frontmatterform.h"
#include "post/postdocument.h"
#include "site/siteindex.h"
#include "testfiles.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/postmoveactions.h"
#include "window/renameoffer.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(writeTestFile(path, bytes));
}

QByteArray readFile(const QString &path) {
    return readTestFile(path);
}

const QByteArray kConfig = "title: Site\ntimezone: UTC\n";
const QByteArray kRedirectConfig =
    "title: Site\ntimezone: UTC\nplugins:\n  - jekyll-feed\n  - jekyll-redirect-from\n";

}  // namespace

class TestRenameOffer : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QTemporaryDir m_dir;
    QString m_root;

    // A fresh folder for every test (they move files); `config` empty: no _config.yml.
    QString makeSite(const QByteArray &config) {
        const QString root = m_dir.filePath(QString::number(QRandomGenerator::global()->generate()));
        QDir().mkpath(root);
        if (!config.isEmpty())
            writeFile(root + "/_config.yml", config);
        return QFileInfo(root).canonicalFilePath();
    }

    static void retitle(MainWindow &window, const QString &title) {
        QVERIFY(window.document()->setScalar("title", title).ok());
        QVERIFY(window.fileActions()->save());
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_renameoffer"));
        SiteIndex::setCacheFolder(m_cache.path());
    }

    void renameAfterSavingANewTitle_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("renamed");
        QTest::addColumn<QString>("urlSentence");
        QTest::addColumn<bool>("redirectOffered");
        QTest::addColumn<QByteArray>("renamedBytes");

        QTest::newRow("URL changes, no jekyll-redirect-from: no redirect_from box")
            << kConfig << "_posts/2018-09-21-old-slug.md" << QByteArray("---\ntitle: Old Slug\n---\nBody\n")
            << "_posts/2018-09-21-new-slug.md"
            << "The post's URL changes from /2018/09/21/old-slug.html to /2018/09/21/new-slug.html." << false
            << QByteArray("---\ntitle: New Slug\n---\nBody\n");
        QTest::newRow("URL changes, jekyll-redirect-from: the old URL goes to redirect_from")
            << kRedirectConfig << "_posts/2018-09-21-old-slug.md"
            << QByteArray("---\ntitle: Old Slug\n---\nBody\n") << "_posts/2018-09-21-new-slug.md"
            << "The post's URL changes from /2018/09/21/old-slug.html to /2018/09/21/new-slug.html." << true
            << QByteArray("---\ntitle: New Slug\nredirect_from: [/2018/09/21/old-slug.html]\n---\nBody\n");
        QTest::newRow("own permalink: the URL stays, no redirect_from even with the plugin")
            << kRedirectConfig << "_posts/2018-09-21-old-slug.md"
            << QByteArray("---\ntitle: Old Slug\npermalink: /fixed/\n---\nBody\n")
            << "_posts/2018-09-21-new-slug.md"
            << "The post's URL stays /fixed/." << false
            << QByteArray("---\ntitle: New Slug\npermalink: /fixed/\n---\nBody\n");
        QTest::newRow("draft: no date prefix, no URL (not published), no redirect_from")
            << kRedirectConfig << "_drafts/old-slug.md" << QByteArray("---\ntitle: Old Slug\n---\nBody\n")
            << "_drafts/new-slug.md" << QString() << false << QByteArray("---\ntitle: New Slug\n---\nBody\n");
    }

    void renameAfterSavingANewTitle() {
        QFETCH(QByteArray, config);
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, renamed);
        QFETCH(QString, urlSentence);
        QFETCH(bool, redirectOffered);
        QFETCH(QByteArray, renamedBytes);
        const QString root = makeSite(config);
        const QString from = root + '/' + file;
        const QString to = root + '/' + renamed;
        writeFile(from, bytes);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.fileActions()->open(from).ok());
        RenameOffer *offer = window.renameOffer();
        QVERIFY(!offer->isOffered());
        QVERIFY(!offer->isVisible());

        retitle(window, "New Slug");
        QVERIFY(offer->isOffered());
        QVERIFY(offer->isVisible());
        const QString message = offer->message();
        QVERIFY2(message.contains("Rename " + QFileInfo(from).fileName() + " to " + QFileInfo(to).fileName() +
                                  "?"),
                 qPrintable(message));
        QVERIFY2(message.contains("“new-slug”"), qPrintable(message));
        if (urlSentence.isEmpty())
            QVERIFY2(!message.contains("URL"), qPrintable(message));
        else
            QVERIFY2(message.contains(urlSentence), qPrintable(message));
        QCOMPARE(offer->redirectBox()->isVisible(), redirectOffered);
        if (redirectOffered)
            QVERIFY(offer->redirectBox()->isChecked());

        QTest::mouseClick(offer->renameButton(), Qt::LeftButton);
        QCOMPARE(window.document()->path(), to);  // the window follows the file
        QVERIFY(!QFileInfo::exists(from));
        QCOMPARE(readFile(to), renamedBytes);
        QVERIFY(!offer->isOffered());

        // The menu's own step: Undo Move puts the file back, and the title it now carries
        // is not offered again.
        QVERIFY(window.postMoves()->undoMoveAction()->isEnabled());
        QVERIFY(window.postMoves()->undoMove().ok());
        QCOMPARE(window.document()->path(), from);
        QVERIFY(window.document()->setScalar("tags", "later").ok());
        QVERIFY(window.fileActions()->save());
        QVERIFY(!offer->isOffered());
    }

    void uncheckedRedirectBoxAddsNothing() {
        const QString root = makeSite(kRedirectConfig);
        const QString from = root + "/_posts/2018-09-21-old-slug.md";
        writeFile(from, "---\ntitle: Old Slug\n---\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(from).ok());
        retitle(window, "New Slug");
        RenameOffer *offer = window.renameOffer();
        QVERIFY(offer->isOffered());
        offer->redirectBox()->setChecked(false);
        QVERIFY(offer->accept().ok());
        QCOMPARE(readFile(root + "/_posts/2018-09-21-new-slug.md"),
                 QByteArray("---\ntitle: New Slug\n---\n"));
    }

    void aRenameThatFailsIsReported() {
        const QString root = makeSite(kConfig);
        const QString from = root + "/_posts/2018-09-21-old-slug.md";
        writeFile(from, "---\ntitle: Old Slug\n---\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(from).ok());
        retitle(window, "New Slug");
        RenameOffer *offer = window.renameOffer();
        QVERIFY(offer->isOffered());
        // Another file takes the name while the offer is up: nothing is overwritten, and the window says why.
        const QString taken = root + "/_posts/2018-09-21-new-slug.md";
        writeFile(taken, "---\ntitle: Someone Else's\n---\n");
        QSignalSpy failed(offer, &RenameOffer::failed);
        offer->renameButton()->click();
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.front().front().toString().contains("Could not rename the post"),
                 qPrintable(failed.front().front().toString()));
        QCOMPARE(window.document()->path(), from);
        QCOMPARE(readFile(taken), QByteArray("---\ntitle: Someone Else's\n---\n"));
        QVERIFY(window.statusBar()->currentMessage().contains("Could not rename the post"));
    }

    void notNowHoldsForThatFile() {
        const QString root = makeSite(kConfig);
        const QString first = root + "/_posts/2018-09-21-first.md";
        const QString second = root + "/_posts/2018-09-22-second.md";
        writeFile(first, "---\ntitle: First\n---\n");
        writeFile(second, "---\ntitle: Second\n---\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(first).ok());
        RenameOffer *offer = window.renameOffer();
        retitle(window, "First Again");
        QVERIFY(offer->isOffered());
        offer->notNowButton()->click();
        QVERIFY(!offer->isOffered());
        QVERIFY(QFileInfo::exists(first));

        retitle(window, "First Once More");
        QVERIFY(!offer->isOffered());

        // Another post is still offered.
        QVERIFY(window.fileActions()->open(second).ok());
        retitle(window, "Second Again");
        QVERIFY(offer->isOffered());
        QVERIFY(offer->message().contains("2018-09-22-second-again.md"));
        // And the first is still declined when the window comes back to it.
        QVERIFY(window.fileActions()->open(first).ok());
        retitle(window, "First, Finally");
        QVERIFY(!offer->isOffered());
    }

    void leavingTheEditedTitleFieldOffers() {
        const QString root = makeSite(kConfig);
        const QString from = root + "/_posts/2018-09-21-old-slug.md";
        writeFile(from, "---\ntitle: Old Slug\n---\nBody\n");
        MainWindow window;
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QVERIFY(window.fileActions()->open(from).ok());
        QLineEdit *title = window.form()->titleEdit();
        QVERIFY(title);
        title->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == title; }));
        title->selectAll();
        QTest::keyClicks(title, "Fresh Title");
        QVERIFY(!window.renameOffer()->isOffered());  // not while typing

        window.editor()->setFocus();
        QVERIFY(QTest::qWaitFor([&] { return QApplication::focusWidget() == window.editor(); }));
        RenameOffer *offer = window.renameOffer();
        QVERIFY(offer->isOffered());
        QVERIFY2(offer->message().contains("Rename 2018-09-21-old-slug.md to 2018-09-21-fresh-title.md?"),
                 qPrintable(offer->message()));
        QVERIFY(window.document()->isModified());

        // Rename saves the edits first.
        QVERIFY(offer->accept().ok());
        const QString to = root + "/_posts/2018-09-21-fresh-title.md";
        QCOMPARE(window.document()->path(), to);
        QVERIFY(!window.document()->isModified());
        QCOMPARE(readFile(to), QByteArray("---\ntitle: Fresh Title\n---\nBody\n"));
    }

    void nothingToOffer_data() {
        QTest::addColumn<QByteArray>("config");
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("newTitle");  // null: the title is left alone, another field changes

        QTest::newRow("title edited to match the file name")
            << kConfig << "_posts/2018-09-21-old-slug.md" << QByteArray("---\ntitle: Something\n---\n")
            << "Old Slug!";
        QTest::newRow("title edited, same slug as before")
            << kConfig << "_posts/2018-09-21-welcome.md" << QByteArray("---\ntitle: Welcome to Jekyll\n---\n")
            << "Welcome to Jekyll!";
        QTest::newRow("file named apart from its title, title untouched")
            << kConfig << "_posts/2018-09-21-welcome.md" << QByteArray("---\ntitle: Welcome to Jekyll\n---\n")
            << QString();
        QTest::newRow("title emptied")
            << kConfig << "_posts/2018-09-21-old-slug.md" << QByteArray("---\ntitle: Old Slug\n---\n") << "";
        QTest::newRow("no title at all") << kConfig << "_posts/2018-09-21-old-slug.md"
                                         << QByteArray("---\nlayout: post\n---\n") << QString();
        QTest::newRow("not in a site") << QByteArray() << "notes/2018-09-21-old-slug.md"
                                       << QByteArray("---\ntitle: Old Slug\n---\n") << "New Slug";
        QTest::newRow("the new name is another post's")
            << kConfig << "_posts/2018-09-21-old-slug.md" << QByteArray("---\ntitle: Old Slug\n---\n")
            << "Taken";
    }

    void nothingToOffer() {
        QFETCH(QByteArray, config);
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, newTitle);
        const QString root = makeSite(config);
        const QString path = root + '/' + file;
        writeFile(path, bytes);
        if (!config.isEmpty())  // a _posts folder would make the folder a site
            writeFile(root + "/_posts/2018-09-21-taken.md", "---\ntitle: Taken\n---\n");

        MainWindow window;
        QVERIFY(window.fileActions()->open(path).ok());
        if (newTitle.isNull())
            QVERIFY(window.document()->setScalar("layout", "page").ok());
        else
            QVERIFY(window.document()->setScalar("title", newTitle).ok());
        QVERIFY(window.fileActions()->save());
        QVERIFY(!window.renameOffer()->isOffered());
        QVERIFY(!window.renameOffer()->isVisible());
        QVERIFY(QFileInfo::exists(path));
    }

    void saveAsNamesTheFileAnew() {
        const QString root = makeSite(kConfig);
        const QString from = root + "/_posts/2018-09-21-old-slug.md";
        writeFile(from, "---\ntitle: Old Slug\n---\n");
        MainWindow window;
        QVERIFY(window.fileActions()->open(from).ok());
        QVERIFY(window.document()->setScalar("title", "New Slug").ok());
        // The writer chose the new file's name: the title it was saved with is not offered against it.
        QVERIFY(window.document()->saveAs(root + "/_posts/2018-09-21-chosen.md").ok());
        QVERIFY(!window.renameOffer()->isOffered());
        retitle(window, "New Slug Again");
        QVERIFY(window.renameOffer()->isOffered());
    }

    void untitledNewPostIsNotOffered() {
        MainWindow window;
        window.document()->reset(Post::fromText("---\ntitle: Draft\n---\n"));
        QVERIFY(window.document()->setScalar("title", "Another").ok());
        window.renameOffer()->check();
        QVERIFY(!window.renameOffer()->isOffered());
    }
};

PREVIEW_TEST_MAIN(TestRenameOffer)
#include "tst_renameoffer.moc"
