// Links clicked in the preview (DESIGN.md section 4): http, https and mailto open outside the application
// after a confirmation that shows the whole address; every other scheme is refused with a message naming it.
// No test launches a browser: the opener is replaced by a recorder.

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTextBlock>

#include "post/postdocument.h"
#include "tst_previewharness.h"
#include "window/externallinkopener.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"
#include "window/openlinkdialog.h"

namespace {

// Answers the next confirmation, whenever it comes: records what it showed, then presses Open or Cancel.
class DialogAnswerer : public QObject {
public:
    explicit DialogAnswerer(bool open) : m_open(open) {
        connect(&m_poll, &QTimer::timeout, this, [this] {
            auto *dialog = qobject_cast<OpenLinkDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            m_poll.stop();
            shown = dialog->shownText();
            textIsPlain = dialog->findChild<QPlainTextEdit *>() != nullptr;
            const auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("linkAddress"));
            visualLines = edit ? edit->document()->firstBlock().layout()->lineCount() : 0;
            readOnly = edit && edit->isReadOnly();
            ++answered;
            if (m_open)
                dialog->openButton()->click();
            else
                dialog->reject();
        });
        m_poll.start(10);
    }

    QString shown;
    bool textIsPlain = false;
    bool readOnly = false;
    int visualLines = 0;
    int answered = 0;

private:
    bool m_open;
    QTimer m_poll;
};

// An opener that records instead of launching anything.
struct Recorder {
    QList<QUrl> opened;
    ExternalLinkOpener::UrlOpener opener() {
        return [this](const QUrl &url) {
            opened << url;
            return true;
        };
    }
};

bool waitForPreview(MainWindow &window) {
    const RenderPipeline *pipeline = window.preview()->pipeline();
    return QTest::qWaitFor(
        [&] {
            return window.preview()->isPageReady() &&
                   pipeline->shownGeneration() == pipeline->requestedGeneration();
        },
        PreviewHarness::kTimeout);
}

}  // namespace

class TestWindowLinks : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_windowlinks"));
        QVERIFY(m_dir.isValid());
    }

    void eachScheme_data() {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<bool>("opens");
        QTest::addColumn<QString>("named");  // what the refusal must name
        QTest::newRow("http") << QUrl("http://example.com/a?b=c#d") << true << QString();
        QTest::newRow("https") << QUrl("https://example.com/post/") << true << QString();
        QTest::newRow("https with a misleading user part")
            << QUrl("https://bank.example.com@evil.example/login") << true << QString();
        QTest::newRow("mailto") << QUrl("mailto:writer@example.com") << true << QString();
        QTest::newRow("mailto with a subject")
            << QUrl("mailto:writer@example.com?subject=Hello&body=Hi") << true << QString();
        QTest::newRow("mailto asking to attach a file")
            << QUrl("mailto:a@example.com?attach=/home/me/.ssh/id_rsa") << false << "attach";
        QTest::newRow("mailto asking to attach, in capitals")
            << QUrl("mailto:a@example.com?ATTACHMENT=/etc/passwd") << false << "ATTACHMENT";
        QTest::newRow("file") << QUrl("file:///etc/passwd") << false << "file:";
        QTest::newRow("javascript") << QUrl("javascript:alert(1)") << false << "javascript:";
        QTest::newRow("data") << QUrl("data:text/html,<script>alert(1)</script>") << false << "data:";
        QTest::newRow("site page") << QUrl("pwsite://site/2024/01/02/other.html") << false << "pwsite:";
        QTest::newRow("ftp") << QUrl("ftp://example.com/file") << false << "ftp:";
        QTest::newRow("custom application scheme") << QUrl("steam://run/440") << false << "steam:";
        QTest::newRow("smb share") << QUrl("smb://server/share") << false << "smb:";
        QTest::newRow("http without a host") << QUrl("http:///path") << false << "http:";
    }

    void eachScheme() {
        QFETCH(QUrl, url);
        QFETCH(bool, opens);
        QFETCH(QString, named);
        QWidget parent;
        ExternalLinkOpener opener(&parent);
        Recorder recorder;
        opener.setUrlOpener(recorder.opener());
        QSignalSpy refused(&opener, &ExternalLinkOpener::refused);
        DialogAnswerer answerer(true);

        QCOMPARE(opener.open(url), opens);
        QCOMPARE(ExternalLinkOpener::isOpenable(url), opens);
        if (opens) {
            QCOMPARE(answerer.answered, 1);
            QCOMPARE(answerer.shown, url.toString(QUrl::FullyEncoded));  // the whole address, as opened
            QVERIFY(answerer.textIsPlain && answerer.readOnly);
            QCOMPARE(recorder.opened, QList<QUrl>{url});
            QCOMPARE(refused.count(), 0);
        } else {
            QCOMPARE(answerer.answered, 0);  // refused without asking
            QCOMPARE(recorder.opened, QList<QUrl>());
            QCOMPARE(refused.count(), 1);
            const QString message = refused.first().first().toString();
            QVERIFY2(message.contains(named), qPrintable(message));
            QVERIFY2(message.startsWith(QLatin1String("Not opened")), qPrintable(message));
        }
    }

    void cancelOpensNothing() {
        QWidget parent;
        ExternalLinkOpener opener(&parent);
        Recorder recorder;
        opener.setUrlOpener(recorder.opener());
        QSignalSpy opened(&opener, &ExternalLinkOpener::opened);
        DialogAnswerer answerer(false);
        QVERIFY(!opener.open(QUrl("https://example.com/")));
        QCOMPARE(answerer.answered, 1);
        QCOMPARE(recorder.opened, QList<QUrl>());
        QCOMPARE(opened.count(), 0);
    }

    void longAddressWrapsWhole() {
        QWidget parent;
        ExternalLinkOpener opener(&parent);
        Recorder recorder;
        opener.setUrlOpener(recorder.opener());
        const QUrl url(QStringLiteral("https://example.com/") + QString(600, QLatin1Char('a')) +
                       QStringLiteral("?tail=THE-END"));
        DialogAnswerer answerer(false);
        QVERIFY(!opener.open(url));
        QCOMPARE(answerer.shown, url.toString(QUrl::FullyEncoded));
        QVERIFY2(answerer.visualLines > 3, qPrintable(QString::number(answerer.visualLines)));
    }

    void addressIsNeverMarkup() {
        // Percent-encoded as it is opened, and shown by a plain-text box: markup in a link stays text.
        const QUrl url(QStringLiteral("https://example.com/<b>bold</b>&amp;"));
        OpenLinkDialog dialog(url, nullptr);
        QCOMPARE(dialog.shownText(), QStringLiteral("https://example.com/%3Cb%3Ebold%3C/b%3E&amp;"));
        QVERIFY(dialog.findChild<QPlainTextEdit *>(QStringLiteral("linkAddress")));
    }

    // The real page: a link clicked in the preview reaches the opener with its address, the page stays
    // where it is; a site link and a file link are refused in the status bar; a footnote only scrolls.
    void clickedInThePreview() {
        const QString path = m_dir.filePath(QStringLiteral("links.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            "---\ntitle: Links\n---\n"
            "An [outside page](https://example.com/some/page?q=1#part).\n\n"
            "A [site page](/about/) and a [local file](file:///etc/passwd).\n\n"
            "A footnote.[^1] And [the note again](/#fn-1).\n\n[^1]: The note.\n");
        file.close();

        MainWindow window;
        Recorder recorder;
        window.linkOpener()->setUrlOpener(recorder.opener());
        window.show();
        QVERIFY(window.fileActions()->open(path).ok());
        QVERIFY(waitForPreview(window));
        QWebEnginePage *page = window.preview()->page();
        PreviewHarness::js(page, QStringLiteral("window.pwSameDocument = true"));
        const auto click = [&](const QString &selector) {
            const QVariant found = PreviewHarness::js(
                page, QStringLiteral("(() => { const e = document.querySelector(%1); if (e) e.click(); "
                                     "return !!e; })()")
                          .arg(PreviewHarness::literal(selector)));
            QVERIFY2(found.toBool(), qPrintable(selector));
        };

        DialogAnswerer answerer(true);
        click(QStringLiteral("#pw-body a[href^='https:']"));
        QTRY_COMPARE_WITH_TIMEOUT(recorder.opened,
                                  QList<QUrl>{QUrl("https://example.com/some/page?q=1#part")},
                                  PreviewHarness::kTimeout);
        QCOMPARE(answerer.shown, QStringLiteral("https://example.com/some/page?q=1#part"));

        QSignalSpy refused(window.linkOpener(), &ExternalLinkOpener::refused);
        click(QStringLiteral("#pw-body a[href='/about/']"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, PreviewHarness::kTimeout);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("pwsite:")),
                 qPrintable(window.statusBar()->currentMessage()));
        // In-page links scroll and report nothing: had they been reported, their report would come through
        // the channel before the file link's.
        click(QStringLiteral("sup a"));
        click(QStringLiteral("#pw-body a[href='/#fn-1']"));
        click(QStringLiteral("#pw-body a[href^='file:']"));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 2, PreviewHarness::kTimeout);
        QVERIFY2(window.statusBar()->currentMessage().contains(QLatin1String("file:")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(PreviewHarness::js(page, QStringLiteral("true")).toBool());
        QCOMPARE(refused.count(), 2);
        QCOMPARE(recorder.opened.size(), 1);
        QCOMPARE(answerer.answered, 1);
        QCOMPARE(page->url(), SiteSchemeHandler::shellUrl());
        QVERIFY(PreviewHarness::js(page, QStringLiteral("window.pwSameDocument === true")).toBool());
    }
};

PREVIEW_TEST_MAIN(TestWindowLinks)
#include "tst_windowlinks.moc"
