// The plain preview follows the window's light or dark (ColorScheme): the page's root gets pw-dark, and with
// it the dark colours and the dark code style; back to light when the writer goes back.
#include <QStandardPaths>

#include "tst_previewharness.h"
#include "window/colorscheme.h"

using PreviewHarness::Fixture;

class TestPreviewDark : public QObject {
    Q_OBJECT

    static QString background(Fixture &preview) {
        return preview.js(QStringLiteral("getComputedStyle(document.body).backgroundColor")).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_previewdark"));
        QSettings().clear();
    }

    void followsTheColorScheme() {
        Fixture preview;
        QVERIFY(preview.show("Some text.\n\n```ruby\nputs 1\n```\n"));
        QCOMPARE(background(preview), QStringLiteral("rgb(255, 255, 255)"));
        QVERIFY(
            !preview.js(QStringLiteral("document.documentElement.classList.contains('pw-dark')")).toBool());

        ColorScheme::instance()->setChoice(ColorScheme::Choice::Dark);
        QVERIFY(preview.view.isDark());
        QTRY_COMPARE_WITH_TIMEOUT(background(preview), QStringLiteral("rgb(23, 25, 28)"),
                                  PreviewHarness::kTimeout);
        QVERIFY(
            preview.js(QStringLiteral("document.documentElement.classList.contains('pw-dark')")).toBool());

        ColorScheme::instance()->setChoice(ColorScheme::Choice::System);
        QTRY_COMPARE_WITH_TIMEOUT(background(preview), QStringLiteral("rgb(255, 255, 255)"),
                                  PreviewHarness::kTimeout);
    }

    // A page loaded while dark is dark from the start.
    void aNewPageStartsDark() {
        ColorScheme::instance()->setChoice(ColorScheme::Choice::Dark);
        Fixture preview;
        QVERIFY(preview.show("Text.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(background(preview), QStringLiteral("rgb(23, 25, 28)"),
                                  PreviewHarness::kTimeout);
        ColorScheme::instance()->setChoice(ColorScheme::Choice::System);
    }
};

PREVIEW_TEST_MAIN(TestPreviewDark)
#include "tst_previewdark.moc"
