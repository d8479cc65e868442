// File > Export as HTML… and Export as PDF…, driven through the real window on a small site: the HTML file
// stands alone (stylesheets inlined, the body's image and the cover copied beside it and referred to there,
// nothing left pointing at the preview's scheme, the policy that keeps script off); the PDF is a PDF.
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "post/postdocument.h"
#include "preview/previewexport.h"
#include "render/renderpipeline.h"
#include "testfiles.h"
#include "tst_previewharness.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

namespace {

bool waitForImages(MainWindow &window) {
    const RenderPipeline *pipeline = window.preview()->pipeline();
    return QTest::qWaitFor(
        [&] {
            return window.preview()->isPageReady() &&
                   pipeline->shownGeneration() == pipeline->requestedGeneration() &&
                   PreviewHarness::js(window.preview()->page(),
                                      QStringLiteral("Array.from(document.images).filter(i => !i.hidden)"
                                                     ".every(i => i.complete && i.naturalWidth > 0) && "
                                                     "document.images.length >= 2"))
                       .toBool();
        },
        PreviewHarness::kTimeout);
}

QByteArray pngBytes(const QColor &color) {
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

}  // namespace

class TestPreviewExport : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_post;
    QByteArray m_frost;
    QByteArray m_cover;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_previewexport"));
        QVERIFY(m_dir.isValid());
        const QString site = m_dir.filePath(QStringLiteral("site"));
        m_frost = pngBytes(Qt::blue);
        m_cover = pngBytes(Qt::red);
        QVERIFY(writeTestFile(site + QStringLiteral("/_config.yml"), "title: Export test\n"));
        QVERIFY(writeTestFile(site + QStringLiteral("/assets/frost.png"), m_frost));
        QVERIFY(writeTestFile(site + QStringLiteral("/assets/cover.png"), m_cover));
        m_post = site + QStringLiteral("/_posts/2024-02-03-frost.md");
        QVERIFY(writeTestFile(m_post,
                              "---\ntitle: Frost on the Bench\ncover: /assets/cover.png\n---\n"
                              "The glue went *thick* overnight.\n\n![Frost](/assets/frost.png)\n\n"
                              "<script>document.title = 'ran'</script>\n"));
    }

    void htmlStandsAlone() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_post));
        QVERIFY(waitForImages(window));
        const QString out = m_dir.filePath(QStringLiteral("export/Frost Post.html"));
        QVERIFY(QDir().mkpath(QFileInfo(out).path()));
        QSignalSpy finished(window.previewExport(), &PreviewExport::finished);
        window.previewExport()->exportHtml(out);
        QVERIFY(finished.wait(PreviewHarness::kTimeout));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));

        const QString html = QString::fromUtf8(readTestFile(out));
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("<title>Frost on the Bench</title>")));
        QVERIFY(html.contains(QStringLiteral("The glue went <em>thick</em> overnight.")));
        QVERIFY2(!html.contains(QStringLiteral("pwsite:")), qPrintable(html));
        QVERIFY(!html.contains(QStringLiteral("<link")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(html.contains(QStringLiteral("content=\"script-src 'none';")));
        QVERIFY(html.contains(QStringLiteral("src=\"Frost%20Post_files/frost.png\"")));
        QVERIFY(html.contains(QStringLiteral("src=\"Frost%20Post_files/cover.png\"")));
        QCOMPARE(readTestFile(m_dir.filePath(QStringLiteral("export/Frost Post_files/frost.png"))), m_frost);
        QCOMPARE(readTestFile(m_dir.filePath(QStringLiteral("export/Frost Post_files/cover.png"))), m_cover);
        // Nothing is written into the site.
        QVERIFY(!QFileInfo::exists(QFileInfo(m_post).path() + QStringLiteral("/2024-02-03-frost.html")));
    }

    void pdfIsWritten() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_post));
        QVERIFY(waitForImages(window));
        const QString out = m_dir.filePath(QStringLiteral("frost.pdf"));
        QSignalSpy finished(window.previewExport(), &PreviewExport::finished);
        window.previewExport()->exportPdf(out);
        QVERIFY(finished.wait(PreviewHarness::kTimeout));
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        const QByteArray pdf = readTestFile(out);
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.size() > 1000);
    }

    // A folder that cannot be written names the file and the reason; nothing is half-written.
    void failureNamesTheFile() {
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(m_post));
        QVERIFY(waitForImages(window));
        const QString blocker = m_dir.filePath(QStringLiteral("blocker"));
        QVERIFY(writeTestFile(blocker, "a file where a folder would go\n"));
        const QString out = blocker + QStringLiteral("/post.html");
        QSignalSpy finished(window.previewExport(), &PreviewExport::finished);
        window.previewExport()->exportHtml(out);
        QVERIFY(finished.wait(PreviewHarness::kTimeout));
        QVERIFY(!finished.first().at(1).toBool());
        const QString message = finished.first().at(2).toString();
        QVERIFY2(message.startsWith(QStringLiteral("Could not export ") + out), qPrintable(message));
        QVERIFY(!QFileInfo::exists(out));
    }
};

PREVIEW_TEST_MAIN(TestPreviewExport)
#include "tst_previewexport.moc"
