// The editor window as a person uses it: open a post, type, watch the preview, edit a field, save, reopen.

#include <QAction>
#include <QDirIterator>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "form/frontmatterform.h"
#include "post/postdocument.h"
#include "post/postfile.h"
#include "preview/siteenginebar.h"
#include "site/siteposts.h"
#include "siteenginerun.h"
#include "testpaths.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

QByteArray readFile(const QString &path) {
    return PostFile::readBytes(path).value();
}

// The preview has drawn everything the window gave it.
bool waitForPreview(MainWindow &window) {
    const RenderPipeline *pipeline = window.preview()->pipeline();
    return QTest::qWaitFor(
        [&] {
            return window.preview()->isPageReady() &&
                   pipeline->shownGeneration() == pipeline->requestedGeneration();
        },
        PreviewHarness::kTimeout);
}

QString pageText(MainWindow &window, const QString &id) {
    return PreviewHarness::js(window.preview()->page(),
                              QStringLiteral("document.getElementById('%1').textContent").arg(id))
        .toString();
}

}  // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    // A copy of a corpus post (never edit the shared corpus).
    QString copyOf(const QString &relative) {
        const QString target = m_dir.filePath(QFileInfo(relative).fileName());
        QFile::remove(target);
        QFile::copy(TestPaths::corpusPosts() + QLatin1Char('/') + relative, target);
        QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        REQUIRE_SHARED_DIR("/corpus/posts");
    }

    // A site with its own code: the trust question sits above the preview, no taller than its text, and the
    // View menu has the site's switches.
    void theSiteNoteSitsAboveThePreview() {
        QTemporaryDir site;
        QVERIFY(SiteEngineFiles::copyFixtureSite(QStringLiteral("plugins"), site.path()));
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.fileActions()->open(site.filePath(QStringLiteral("_posts/2024-04-01-loud.md"))).ok());
        SiteEngineBar *bar = window.siteEngineBar();
        QTRY_VERIFY(bar->isVisible());
        QVERIFY(bar->isAskingTrust());
        QVERIFY(bar->height() <= bar->sizeHint().height());
        QVERIFY(window.preview()->height() > 4 * bar->height());
        QVERIFY(bar->geometry().bottom() < window.preview()->geometry().top());
        QStringList viewActions;
        for (const QAction *action : window.menuBar()->actions()) {
            if (action->menu() && action->text() == QLatin1String("&View")) {
                for (const QAction *item : action->menu()->actions())
                    viewActions << item->text();
            }
        }
        QVERIFY2(viewActions.contains(QLatin1String("&Site Style")),
                 qPrintable(viewActions.join(QLatin1Char('|'))));
        QVERIFY(viewActions.contains(QLatin1String("&Trust This Site's Code")));
    }

    void typingShowsInThePreview() {
        MainWindow window;
        window.show();
        const QString path = copyOf(QStringLiteral("jasper2/2017-07-27-welcome.md"));
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(window.editor()->hasFocus() || QApplication::focusWidget() == window.editor() ||
                !window.isActiveWindow());
        QCOMPARE(window.editor()->textCursor().position(), 0);
        QVERIFY(waitForPreview(window));
        QCOMPARE(pageText(window, QStringLiteral("pw-title")),
                 window.document()->post().scalar(QStringLiteral("title")));

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(window.editor(), Qt::Key_Return);
        QTest::keyClick(window.editor(), Qt::Key_Return);
        QTest::keyClicks(window.editor(), QStringLiteral("A freshly typed paragraph."));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.windowTitle().contains(QLatin1String("[*]")) && window.isWindowModified());
        QVERIFY(waitForPreview(window));
        QVERIFY(pageText(window, QStringLiteral("pw-body"))
                    .contains(QLatin1String("A freshly typed paragraph.")));
        // The typed text is in the document, the front matter untouched.
        QVERIFY(window.document()->post().body().endsWith("A freshly typed paragraph.\n") ||
                window.document()->post().body().endsWith("A freshly typed paragraph."));
        QCOMPARE(window.document()->post().frontMatterText(),
                 Post::fromText(readFile(path)).frontMatterText());
    }

    void titleThroughTheFormChangesOnlyThatLine() {
        MainWindow window;
        window.show();
        const QString path = copyOf(QStringLiteral("jasper2/2017-07-27-welcome.md"));
        const QByteArray before = readFile(path);
        QVERIFY(window.fileActions()->open(path).ok());
        QLineEdit *title = window.form()->titleEdit();
        QVERIFY(title);
        title->setFocus();
        title->selectAll();
        QTest::keyClicks(title, QStringLiteral("Welcome to the new blog"));
        QTRY_COMPARE(window.document()->post().scalar(QStringLiteral("title")),
                     QStringLiteral("Welcome to the new blog"));
        QVERIFY(waitForPreview(window));
        QTRY_COMPARE(pageText(window, QStringLiteral("pw-title")), QStringLiteral("Welcome to the new blog"));

        QVERIFY(window.fileActions()->saveTo(path).ok());
        QVERIFY(!window.document()->isModified());
        const QList<QByteArray> a = before.split('\n');
        const QList<QByteArray> b = readFile(path).split('\n');
        QCOMPARE(b.size(), a.size());
        QStringList changed;
        for (int i = 0; i < a.size(); ++i) {
            if (a[i] != b[i])
                changed << QString::fromUtf8(b[i]);
        }
        QCOMPARE(changed, QStringList{QStringLiteral("title: Welcome to the new blog")});
    }

    void oneCharacterReplacesOneBlock() {
        MainWindow window;
        window.show();
        const QString path = copyOf(QStringLiteral("jasper2/2017-07-27-welcome.md"));
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(waitForPreview(window));
        QWebEnginePage *page = window.preview()->page();
        const int count =
            PreviewHarness::js(page, QStringLiteral("(() => { const c = document.getElementById('pw-body')"
                                                    ".children; for (const e of c) e.pwMark = 1; "
                                                    "return c.length; })()"))
                .toInt();
        QVERIFY(count > 3);
        // Into the middle of the body's second paragraph-like line.
        QTextCursor cursor = window.editor()->textCursor();
        cursor.movePosition(QTextCursor::Start);
        const QString text = window.editor()->toPlainText();
        const int at = text.indexOf(QLatin1String("\n\n"), text.size() / 2) - 1;
        QVERIFY(at > 0);
        cursor.setPosition(at);
        window.editor()->setTextCursor(cursor);
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("x"));
        QVERIFY(waitForPreview(window));
        const int unmarked =
            PreviewHarness::js(page, QStringLiteral("Array.from(document.getElementById('pw-body')"
                                                    ".children).filter(e => !e.pwMark).length"))
                .toInt();
        QCOMPARE(unmarked, 1);
    }

    void openSaveIsIdenticalForEveryCorpusPost() {
        MainWindow window;
        QDirIterator it(TestPaths::corpusPosts(), QDir::Files, QDirIterator::Subdirectories);
        int identical = 0, refused = 0;
        const QString target = m_dir.filePath(QStringLiteral("roundtrip.md"));
        while (it.hasNext()) {
            const QString source = it.next();
            QFile::remove(target);
            QVERIFY(QFile::copy(source, target));
            QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
            const QByteArray before = readFile(target);
            const Status opened = window.fileActions()->open(target);
            if (!opened) {
                ++refused;  // the UTF-16 post: refused with its reason, never rewritten
                QVERIFY2(opened.error().contains(QLatin1String("UTF-16")), qPrintable(source));
                continue;
            }
            QVERIFY2(!window.document()->isModified(), qPrintable(source));
            QVERIFY2(window.fileActions()->saveTo(target).ok(), qPrintable(source));
            QVERIFY2(readFile(target) == before, qPrintable(source));
            ++identical;
        }
        qInfo("window open -> save: %d identical, %d refused", identical, refused);
        QCOMPARE(refused, 1);
        QVERIFY(identical >= 374);
    }

    void unsavedChangesAskBeforeClosing() {
        MainWindow window;
        window.show();
        const QString path = copyOf(QStringLiteral("jasper2/2017-07-27-welcome.md"));
        QVERIFY(window.fileActions()->open(path).ok());
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("edit "));
        QVERIFY(window.document()->isModified());
        const auto answer = [](QMessageBox::StandardButton button) {
            QTimer::singleShot(0, [button] {
                auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                QVERIFY(box);
                box->button(button)->click();
            });
        };
        answer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        answer(QMessageBox::Save);
        QVERIFY(window.close());
        QVERIFY(readFile(path).contains("edit "));
    }

    void saveFailureKeepsTheEdits() {
        MainWindow window;
        const QString path = copyOf(QStringLiteral("jasper2/2017-07-27-welcome.md"));
        QVERIFY(window.fileActions()->open(path).ok());
        window.editor()->setFocus();
        QTest::keyClicks(window.editor(), QStringLiteral("kept "));
        const Status saved =
            window.fileActions()->saveTo(m_dir.filePath(QStringLiteral("missing-folder/post.md")));
        QVERIFY(!saved.ok());
        QVERIFY2(saved.error().contains(QLatin1String("missing-folder/post.md")), qPrintable(saved.error()));
        QVERIFY(window.document()->isModified());
        QVERIFY(window.document()->post().body().startsWith("kept "));
        QCOMPARE(window.document()->path(), path);
    }

    void siteFolderOpensNewestPost() {
        MainWindow window;
        const QString site = TestPaths::sourceDir() + QStringLiteral("/resources/sample-blog");
        QVERIFY(window.fileActions()->openSite(site).ok());
        QVERIFY2(window.document()->path().contains(QLatin1String("/_posts/")),
                 qPrintable(window.document()->path()));
        QCOMPARE(
            QFileInfo(window.document()->path()).fileName(),
            SitePosts::list(site).filter(QStringLiteral("/_posts/")).front().section(QLatin1Char('/'), -1));
        QVERIFY(!window.document()->siteRoot().isEmpty());
    }
};

PREVIEW_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
