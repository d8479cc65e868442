// The site in the window: the Posts panel fills from the site index and opens posts, quick open (Ctrl+P) and
// insert link (Ctrl+Shift+K), a link in the preview to another post opens it here, the tag row completes from
// the site's tags, and Publish / Unpublish / Undo / Duplicate move the file with the window following it.

#include <QAbstractItemView>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTreeView>

#include "editor/markdowneditor.h"
#include "form/addfieldpanel.h"
#include "form/frontmatterform.h"
#include "form/listfieldwidget.h"
#include "form/tageditor.h"
#include "post/postdocument.h"
#include "preview/previewview.h"
#include "site/postlistmodel.h"
#include "site/postspanel.h"
#include "site/postspart.h"
#include "site/quickopendialog.h"
#include "site/siteindex.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"
#include "window/externallinkopener.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/postmoveactions.h"

namespace {

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray readFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

template <typename F>
bool waitFor(F condition, int ms = 20000) {
    QElapsedTimer timer;
    timer.start();
    while (!condition() && timer.elapsed() < ms)
        QTest::qWait(10);
    return condition();
}

}  // namespace

class TestWindowSite : public QObject {
    Q_OBJECT

    QTemporaryDir m_cache;
    QString m_root;
    QTemporaryDir m_dir;

    QString post(const char *name) const { return m_root + QStringLiteral("/_posts/") + QLatin1String(name); }

    // The window on the site's first post, with the Posts panel filled.
    void openSite(MainWindow &window) {
        QVERIFY(window.fileActions()->open(post("2020-01-01-first.md")).ok());
        QVERIFY(window.postsPart()->index());
        QVERIFY(waitFor([&] { return window.postsPart()->panel()->model()->rowCount() == 4; }));
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_windowsite"));
        SiteIndex::setCacheFolder(m_cache.path());
    }

    void init() {
        // A fresh site for every test: some of them move files.
        m_root = m_dir.filePath(QString::number(QRandomGenerator::global()->generate()));
        writeFile(m_root + "/_config.yml", "title: Site\ntimezone: UTC\nurl: https://example.com\n");
        writeFile(
            post("2020-01-01-first.md"),
            "---\ntitle: First Post\ntags: [jekyll]\n---\nSee [the second](/2020/02/02/second.html).\n");
        writeFile(post("2020-02-02-second.md"),
                  "---\ntitle: Second Post\ntags: [jekyll, ruby]\n---\nAlpha\n");
        writeFile(post("2020-03-03-third.md"), "---\ntitle: A Third One\ntags: [ruby]\n---\nBeta\n");
        writeFile(m_root + "/_drafts/idea.md", "---\ntitle: Idea\ndate: 2020-04-04 10:00:00\n---\nGamma\n");
        m_root = QFileInfo(m_root).canonicalFilePath();
    }

    void panelListsAndOpensPosts() {
        MainWindow window;
        openSite(window);
        PostsPanel *panel = window.postsPart()->panel();
        QCOMPARE(panel->currentPath(), post("2020-01-01-first.md"));  // the open post is selected
        // File > Recent Sites remembers it.
        QCOMPARE(AppSettings::recentSites().front(), m_root);
        QCOMPARE(window.fileActions()->recentSitesMenu()->actions().front()->text(),
                 QDir::toNativeSeparators(m_root));

        // Filter by typing, then Enter opens the first match.
        panel->filterEdit()->setFocus();
        QTest::keyClicks(panel->filterEdit(), "third");
        QVERIFY(waitFor([&] { return panel->model()->rowCount() == 1; }));
        QTest::keyClick(panel->filterEdit(), Qt::Key_Return);
        QVERIFY(waitFor([&] { return window.document()->path() == post("2020-03-03-third.md"); }));

        // A word found only in a body comes through the full-text index.
        panel->filterEdit()->clear();
        QTest::keyClicks(panel->filterEdit(), "gamma");
        QVERIFY(waitFor([&] { return panel->model()->rowCount() == 1; }));
        QCOMPARE(panel->model()->data(panel->model()->index(0, 0), PostListModel::PathRole).toString(),
                 m_root + "/_drafts/idea.md");
    }

    // Pages and collection documents are listed under their own headings and open like posts; the open
    // document's heading is the one shown.
    void pagesAndCollectionsHaveTheirSections() {
        writeFile(m_root + "/_config.yml",
                  "title: Site\ntimezone: UTC\ncollections:\n  recipes:\n    output: true\n");
        writeFile(m_root + "/about.md", "---\ntitle: About\n---\nWho\n");
        writeFile(m_root + "/_recipes/soup.md", "---\ntitle: Soup\n---\nTomatoes\n");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSite(window);
        PostsPanel *panel = window.postsPart()->panel();
        QTabBar *tabs = panel->sectionTabs();
        QVERIFY(waitFor([&] { return tabs->count() == 3; }));
        QCOMPARE(tabs->tabText(0), QStringLiteral("Posts (4)"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Pages (1)"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Recipes (1)"));
        QCOMPARE(tabs->currentIndex(), 0);  // the open post's

        // The page, opened from its heading with Enter.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
        QCOMPARE(panel->model()->rowCount(), 1);
        panel->listView()->setFocus();
        panel->listView()->setCurrentIndex(panel->model()->index(0, 0));
        QTest::keyClick(panel->listView(), Qt::Key_Return);
        QVERIFY(waitFor([&] { return window.document()->path() == m_root + "/about.md"; }));
        QCOMPARE(tabs->currentIndex(), 1);
        QCOMPARE(panel->currentPath(), m_root + "/about.md");

        // The collection's document, by double-click; then a post opened elsewhere brings Posts back.
        QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(2).center());
        const QRect row = panel->listView()->visualRect(panel->model()->index(0, 0));
        // A double-click arrives after the first click of the pair.
        QTest::mouseClick(panel->listView()->viewport(), Qt::LeftButton, {}, row.center());
        QTest::mouseDClick(panel->listView()->viewport(), Qt::LeftButton, {}, row.center());
        QVERIFY(waitFor([&] { return window.document()->path() == m_root + "/_recipes/soup.md"; }));
        QVERIFY(window.fileActions()->open(post("2020-03-03-third.md")).ok());
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(panel->currentPath(), post("2020-03-03-third.md"));
    }

    // The panel fills while the index reads the site, batch by batch, and ends exactly as a list made from
    // the ready index.
    void panelFillsProgressively() {
        constexpr int kPosts = 2500;
        for (int i = 0; i < kPosts; ++i) {
            writeFile(
                post(qPrintable(
                    QStringLiteral("2019-%1-01-generated-%2.md").arg(1 + i % 12, 2, 10, QChar('0')).arg(i))),
                QStringLiteral("---\ntitle: Generated %1\ntags: [t%2]\n---\nText\n")
                    .arg(i)
                    .arg(i % 5)
                    .toUtf8());
        }
        MainWindow window;
        QVERIFY(window.fileActions()->open(post("2020-01-01-first.md")).ok());
        PostsPart *part = window.postsPart();
        QVERIFY(part->index() && !part->index()->isReady());
        PostListModel *model = part->panel()->model();
        QVector<int> totals;  // the list's size as each batch arrives
        connect(part->index(), &SiteIndex::documentsRead, this, [&] { totals << model->totalCount(); });
        int atReady = -1;
        connect(part->index(), &SiteIndex::ready, this, [&] { atReady = model->totalCount(); });
        QVERIFY(waitFor([&] { return part->index()->isReady(); }, 60000));
        const int all = kPosts + 4;
        QVERIFY2(totals.size() >= 2, qPrintable(QString::number(totals.size())));
        QVERIFY(totals.front() > 0 && totals.front() < all);  // rows listed before the read was done
        QCOMPARE(atReady, all);                               // every row listed by the batches
        QCOMPARE(part->panel()->currentPath(), post("2020-01-01-first.md"));

        // Exactly the list the ready index gives.
        PostListModel fresh;
        fresh.setPosts(part->index()->summaries());
        const QVector<PostSummary> filled = model->posts();
        const QVector<PostSummary> expected = fresh.posts();
        QCOMPARE(filled.size(), expected.size());
        for (int i = 0; i < filled.size(); ++i) {
            const PostSummary &a = filled.at(i);
            const PostSummary &b = expected.at(i);
            QCOMPARE(a.path, b.path);
            QCOMPARE(a.title, b.title);
            QCOMPARE(a.date, b.date);
            QCOMPARE(a.status, b.status);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.tags, b.tags);
            QCOMPARE(a.url, b.url);
            QCOMPARE(a.wordCount, b.wordCount);
        }
    }

    // Quick open takes the panel's rows when it pops up, changes on disk included.
    void quickOpenListsChangesMadeSince() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSite(window);
        const QString added = post("2020-05-05-fresh.md");
        writeFile(added, "---\ntitle: Freshly written\n---\n");
        window.postsPart()->index()->refresh({added});
        QVERIFY(waitFor([&] { return window.postsPart()->panel()->model()->totalCount() == 5; }));
        QuickOpenDialog *quick = window.postsPart()->quickOpen();
        window.postsPart()->quickOpenAction()->trigger();
        QVERIFY(quick->isVisible());
        QTest::keyClicks(quick->lineEdit(), "freshly");
        QCOMPARE(quick->list()->count(), 1);
        QTest::keyClick(quick->lineEdit(), Qt::Key_Return);
        QVERIFY(waitFor([&] { return window.document()->path() == added; }));
    }

    void quickOpenAndInsertLink() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        openSite(window);
        QuickOpenDialog *quick = window.postsPart()->quickOpen();
        // Ctrl+P from the editor, as a writer presses it.
        window.editor()->setFocus();
        QTest::keyClick(window.editor(), Qt::Key_P, Qt::ControlModifier);
        QVERIFY(waitFor([&] { return quick->isVisible(); }));
        QTest::keyClicks(QApplication::focusWidget(), "secpo");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitFor([&] { return window.document()->path() == post("2020-02-02-second.md"); }));

        window.editor()->moveCursor(QTextCursor::End);
        window.postsPart()->insertLinkAction()->trigger();
        QVERIFY(waitFor([&] { return quick->isVisible(); }));
        QTest::keyClicks(QApplication::focusWidget(), "third");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(waitFor([&] { return window.editor()->toPlainText().contains("[A Third One]("); }));
        QVERIFY(window.document()->isModified());
    }

    void previewLinkToAPostOpensItHere() {
        MainWindow window;
        openSite(window);
        QSignalSpy refused(window.linkOpener(), &ExternalLinkOpener::refused);
        emit window.preview()->linkClicked(QUrl("pwsite://site/2020/02/02/second.html"));
        QVERIFY(waitFor([&] { return window.document()->path() == post("2020-02-02-second.md"); }));
        // The site's own address in front counts too; anything else goes to the link opener.
        emit window.preview()->linkClicked(QUrl("https://example.com/2020/03/03/third"));
        QVERIFY(waitFor([&] { return window.document()->path() == post("2020-03-03-third.md"); }));
        emit window.preview()->linkClicked(QUrl("pwsite://site/no/such/page.html"));
        QVERIFY(refused.wait(5000));
    }

    void tagRowCompletesFromTheSite() {
        MainWindow window;
        openSite(window);
        auto *tags = qobject_cast<ListFieldWidget *>(window.form()->fieldWidget("tags"));
        QVERIFY(tags);
        QVERIFY(waitFor([&] { return tags->tagEditor()->vocabulary().count("ruby") == 2; }));
    }

    void addFieldSuggestsTheSiteKeys() {
        MainWindow window;
        openSite(window);
        AddFieldPanel *add = window.form()->addFieldPanel();
        QVERIFY(waitFor([&] { return add->suggestedKeys().contains("tags"); }));
        QCOMPARE(add->suggestedKeys().front(), QString("tags"));  // carried by every post (title too)
        add->setChosenKind(FormFieldKind::Text);
        add->keyEdit()->setText("tags");
        QCOMPARE(add->chosenKind(), FormFieldKind::List);  // the site's posts hold lists there
    }

    void publishUndoUnpublishDuplicate() {
        MainWindow window;
        const QString draft = m_root + "/_drafts/idea.md";
        QVERIFY(window.fileActions()->open(draft).ok());
        PostMoveActions *moves = window.postMoves();
        QVERIFY(moves->publishAction()->isEnabled());
        QVERIFY(!moves->unpublishAction()->isEnabled());

        const Status published = moves->publish(QDate(2021, 5, 6));
        QVERIFY2(published.ok(), qPrintable(published.error()));
        const QString target = post("2021-05-06-idea.md");
        QCOMPARE(window.document()->path(), target);  // the window follows the file
        QVERIFY(!QFileInfo::exists(draft));
        QCOMPARE(readFile(target), QByteArray("---\ntitle: Idea\ndate: 2021-05-06 10:00:00\n---\nGamma\n"));
        QVERIFY(waitFor([&] { return window.postsPart()->index()->find(target) != nullptr; }));

        QVERIFY(moves->undoMoveAction()->isEnabled());
        QVERIFY(moves->undoMove().ok());
        QCOMPARE(window.document()->path(), draft);
        QVERIFY(!QFileInfo::exists(target));

        // A draft changed on disk since it was read is not moved.
        writeFile(draft, "---\ntitle: Idea\n---\nEdited elsewhere\n");
        QVERIFY(!moves->publish(QDate(2021, 5, 6)).ok());
        QVERIFY(QFileInfo::exists(draft));
        QVERIFY(window.fileActions()->open(draft).ok());

        QVERIFY(moves->publish(QDate(2021, 5, 7)).ok());
        QVERIFY(moves->unpublishAction()->isEnabled());
        QVERIFY(moves->unpublish().ok());
        QCOMPARE(window.document()->path(), draft);

        // Rename after a title change: the file follows the title, the date stays, the window follows it.
        QVERIFY(window.fileActions()->open(post("2020-03-03-third.md")).ok());
        QVERIFY(moves->renameToTitle(false).ok());
        QCOMPARE(window.document()->path(), post("2020-03-03-a-third-one.md"));
        QVERIFY(!QFileInfo::exists(post("2020-03-03-third.md")));
        QVERIFY(moves->undoMove().ok());
        QCOMPARE(window.document()->path(), post("2020-03-03-third.md"));
        QVERIFY(window.fileActions()->open(draft).ok());

        const Result<QString> copy = moves->duplicate();
        QVERIFY(copy.ok());
        QCOMPARE(copy.value(), m_root + "/_drafts/idea-copy.md");
        QCOMPARE(window.document()->path(), copy.value());
        QCOMPARE(readFile(copy.value()), readFile(draft));
        QCOMPARE(moves->duplicate().value(), m_root + "/_drafts/idea-copy-copy.md");
    }
};

PREVIEW_TEST_MAIN(TestWindowSite)
#include "tst_windowsite.moc"
