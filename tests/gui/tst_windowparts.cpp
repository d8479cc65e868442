// The window as a composer of parts: a panel added with addPart() becomes a dock, its toggle and actions are
// in the View menu, and it follows the document; the status bar follows the document too (path, words,
// saved state), and a site without posts opens as a new post with a note where the path goes.

#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "editor/markdowneditor.h"
#include "post/postdocument.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/part.h"
#include "window/poststatusbar.h"

namespace {

// The smallest real panel: shows the open post's title, counts the loads it saw, and has one action.
class TitlePart : public Part {
public:
    TitlePart() : m_label(new QLabel), m_action(new QAction(QStringLiteral("Refresh Title"), this)) {
        setObjectName(QStringLiteral("titlePart"));
        m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    }
    ~TitlePart() override {
        if (!m_label->parent())
            delete m_label;  // never docked: nobody else owns it
    }
    QString title() const override { return QStringLiteral("Title"); }
    QWidget *widget() const override { return m_label; }
    QList<QAction *> actions() const override { return {m_action}; }
    void setDocument(PostDocument *document) override {
        m_document = document;
        connect(document, &PostDocument::loaded, this, [this] {
            ++loads;
            m_label->setText(m_document->post().scalar(QStringLiteral("title")));
        });
    }

    PostDocument *document() const { return m_document; }
    QLabel *label() const { return m_label; }
    QAction *action() const { return m_action; }
    int loads = 0;

private:
    QLabel *m_label;
    QAction *m_action;
    PostDocument *m_document = nullptr;
};

void writeFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QMenu *viewMenu(MainWindow &window) {
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == MainWindow::tr("&View"))
            return action->menu();
    }
    return nullptr;
}

}  // namespace

class TestWindowParts : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_windowparts"));
        QVERIFY(m_dir.isValid());
    }

    void addedPartBecomesADockThatFollowsTheDocument() {
        MainWindow window;
        auto *part = new TitlePart;
        QDockWidget *dock = window.addPart(part, Qt::RightDockWidgetArea);
        QVERIFY(dock);
        QCOMPARE(part->parent(), &window);
        QCOMPARE(dock->widget(), part->label());
        QCOMPARE(dock->windowTitle(), QStringLiteral("Title"));
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        QVERIFY(!dock->objectName().isEmpty());  // saveState() needs it
        QCOMPARE(part->document(), window.document());

        QMenu *view = viewMenu(window);
        QVERIFY(view);
        QVERIFY(view->actions().contains(dock->toggleViewAction()));
        QVERIFY(view->actions().contains(part->action()));
        QVERIFY(window.actions().contains(part->action()));  // its shortcut works anywhere in the window

        const QString path = m_dir.filePath(QStringLiteral("2024-02-03-docked.md"));
        writeFile(path, "---\ntitle: Seen by the panel\n---\nBody\n");
        QVERIFY(window.fileActions()->open(path).ok());
        QCOMPARE(part->loads, 1);
        QCOMPARE(part->label()->text(), QStringLiteral("Seen by the panel"));
    }

    void statusBarFollowsTheDocument() {
        MainWindow window;
        const QString path = m_dir.filePath(QStringLiteral("2024-02-04-counted.md"));
        writeFile(path, "---\ntitle: Counted\n---\nThree small words\n");
        QVERIFY(window.fileActions()->open(path).ok());
        PostStatusBar *status = window.postStatusBar();
        QCOMPARE(window.statusBar(), status);
        QCOMPARE(status->pathText(), QDir::toNativeSeparators(path));
        QCOMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 3));
        QCOMPARE(status->stateText(), PostStatusBar::tr("Saved"));

        window.editor()->setFocus();
        window.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(window.editor(), QStringLiteral("and two"));
        QCOMPARE(status->stateText(), PostStatusBar::tr("Unsaved changes"));
        QTRY_COMPARE(status->wordsText(), PostStatusBar::tr("%n word(s)", nullptr, 5));
        QVERIFY(window.fileActions()->saveTo(path).ok());
        QCOMPARE(status->stateText(), PostStatusBar::tr("Saved"));
    }

    void siteWithoutPostsOpensANewPostWithANote() {
        MainWindow window;
        const QString site = m_dir.filePath(QStringLiteral("empty-site"));
        writeFile(site + QStringLiteral("/_config.yml"), "title: Empty\n");
        QVERIFY(window.fileActions()->openSite(site).ok());
        QVERIFY(window.document()->path().isEmpty());
        QCOMPARE(window.document()->post().scalar(QStringLiteral("layout")), QStringLiteral("post"));
        QVERIFY2(window.postStatusBar()->pathText().contains(QLatin1String("empty-site")),
                 qPrintable(window.postStatusBar()->pathText()));
    }
};

PREVIEW_TEST_MAIN(TestWindowParts)
#include "tst_windowparts.moc"
