// The engine flags every preview runs with: added once, after whatever the user or the tests set.

#include "preview/previewengine.h"

#include <QQuickWindow>
#include <QtTest>

class TestPreviewEngine : public QObject {
    Q_OBJECT

private slots:
    void flagsAreAddedOnceAfterTheGivenOnes_data() {
        QTest::addColumn<QByteArray>("given");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("none") << QByteArray() << QByteArray("--disable-frame-rate-limit");
        QTest::newRow("kept") << QByteArray(" --disable-gpu ")
                              << QByteArray("--disable-gpu --disable-frame-rate-limit");
        QTest::newRow("already there") << QByteArray("--disable-frame-rate-limit --disable-gpu")
                                       << QByteArray("--disable-frame-rate-limit --disable-gpu");
    }
    void flagsAreAddedOnceAfterTheGivenOnes() {
        QFETCH(QByteArray, given);
        QFETCH(QByteArray, expected);
        QCOMPARE(PreviewEngine::withPreviewFlags(given), expected);
        QCOMPARE(PreviewEngine::withPreviewFlags(PreviewEngine::withPreviewFlags(given)), expected);
    }

    void prepareSetsTheEnvironmentWebEngineReads() {
        qputenv("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu");
        PreviewEngine::prepare();
        PreviewEngine::prepare();
        QCOMPARE(qgetenv("QTWEBENGINE_CHROMIUM_FLAGS"),
                 QByteArray("--disable-gpu --disable-frame-rate-limit"));
    }

    void previewIsDrawnWithoutOpenGl() {
        qunsetenv("QT_XCB_GL_INTEGRATION");
        PreviewEngine::prepare();
        QCOMPARE(QQuickWindow::sceneGraphBackend(), QStringLiteral("software"));
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("none"));
        // A choice the user made stays.
        qputenv("QT_XCB_GL_INTEGRATION", "xcb_egl");
        PreviewEngine::prepare();
        QCOMPARE(qgetenv("QT_XCB_GL_INTEGRATION"), QByteArray("xcb_egl"));
    }
};

QTEST_GUILESS_MAIN(TestPreviewEngine)
#include "tst_previewengine.moc"
