// Icons on a bare system: with no icon theme at all, every toolbar action and the menus' usual actions show
// our own drawings, which render real pixels and follow the palette (dark grey on light, light on dark).

#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QToolBar>

#include "testpaths.h"
#include "tst_previewharness.h"
#include "window/actionicons.h"
#include "window/colorscheme.h"
#include "window/mainwindow.h"
#include "window/tintedsvgiconengine.h"

namespace {

struct Ink {
    int pixels = 0;     // with any opacity
    int lightness = 0;  // mean, of the opaque ones
    int alpha = 0;      // highest
};

Ink inkOf(const QIcon &icon, QIcon::Mode mode = QIcon::Normal) {
    const QImage image =
        icon.pixmap(QSize(24, 24), 1.0, mode).toImage().convertToFormat(QImage::Format_ARGB32);
    Ink ink;
    qint64 lightness = 0;
    int opaque = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor color = image.pixelColor(x, y);
            if (color.alpha() == 0)
                continue;
            ++ink.pixels;
            ink.alpha = std::max(ink.alpha, color.alpha());
            if (color.alpha() > 200) {
                lightness += color.lightness();
                ++opaque;
            }
        }
    }
    ink.lightness = opaque ? int(lightness / opaque) : -1;
    return ink;
}

QMenu *menuNamed(MainWindow &window, const QString &title) {
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->text() == title)
            return action->menu();
    }
    return nullptr;
}

}  // namespace

class TestActionIcons : public QObject {
    Q_OBJECT

    QTemporaryDir m_emptyThemes;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_actionicons"));
        // A bare system: no theme by that name, and nowhere to find one (nor hicolor).
        QVERIFY(m_emptyThemes.isValid());
        QIcon::setThemeSearchPaths({m_emptyThemes.path()});
        QIcon::setFallbackSearchPaths({});
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        QVERIFY(QIcon::fromTheme(QStringLiteral("document-save")).isNull());
    }

    void everyBundledDrawingIsAValidSvgThatDraws() {
        const QStringList names = ActionIcons::bundledNames();
        QVERIFY(names.size() >= 30);
        for (const QString &name : names) {
            QSvgRenderer renderer(QStringLiteral(":/icons/%1.svg").arg(name));
            QVERIFY2(renderer.isValid(), qPrintable(name));
            QCOMPARE(renderer.viewBox(), QRect(0, 0, 24, 24));
            const Ink ink = inkOf(ActionIcons::icon(name));
            // A line drawing: some ink, far from a filled square.
            QVERIFY2(ink.pixels > 25 && ink.pixels < 24 * 24 / 2, qPrintable(name));
        }
        QVERIFY(ActionIcons::bundled(QStringLiteral("no-such-icon")).isNull());
    }

    // resources/icons/*.svg and resources.qrc agree, so a new drawing cannot be forgotten in the list.
    void everyDrawingInTheFolderIsBundled() {
        const QDir folder(TestPaths::sourceDir() + QStringLiteral("/resources/icons"));
        QVERIFY2(folder.exists(), qPrintable(folder.path()));
        QStringList files = folder.entryList({QStringLiteral("*.svg")}, QDir::Files, QDir::Name);
        for (QString &file : files)
            file.chop(4);
        QCOMPARE(ActionIcons::bundledNames(), files);
    }

    void everyToolbarActionHasAnIconThatDraws() {
        MainWindow window;
        auto *toolbar = window.findChild<QToolBar *>(QStringLiteral("mainToolBar"));
        QVERIFY(toolbar);
        int checked = 0;
        for (QAction *action : toolbar->actions()) {
            if (action->isSeparator())
                continue;
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(inkOf(action->icon()).pixels > 25, qPrintable(action->text()));
            ++checked;
        }
        QVERIFY(checked >= 6);
    }

    // File, Edit, Post and Help: every command (not the switches, whose check mark is their picture, nor the
    // submenus) has an icon; the View menu's commands too.
    void menuCommandsHaveIcons() {
        MainWindow window;
        for (const QString &title :
             {MainWindow::tr("&File"), MainWindow::tr("&Edit"), MainWindow::tr("&Post"),
              MainWindow::tr("&View"), MainWindow::tr("&Help")}) {
            QMenu *menu = menuNamed(window, title);
            QVERIFY2(menu, qPrintable(title));
            for (QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu() || action->isCheckable())
                    continue;
                QVERIFY2(!action->icon().isNull(),
                         qPrintable(title + QStringLiteral(" > ") + action->text()));
                QVERIFY2(inkOf(action->icon()).pixels > 25, qPrintable(action->text()));
            }
        }
    }

    void iconsFollowTheLightOrDarkPalette() {
        const QPalette original = QApplication::palette();
        const QIcon save = ActionIcons::icon(QStringLiteral("document-save"));
        QApplication::setPalette(ColorScheme::lightPalette());
        const Ink onLight = inkOf(save);
        QApplication::setPalette(ColorScheme::darkPalette());
        const Ink onDark = inkOf(save);
        const Ink selected = inkOf(save, QIcon::Selected);
        QApplication::setPalette(original);
        QVERIFY2(onLight.lightness < 100, qPrintable(QString::number(onLight.lightness)));
        QVERIFY2(onDark.lightness > 180, qPrintable(QString::number(onDark.lightness)));
        QCOMPARE(onDark.pixels, onLight.pixels);  // the same drawing, another colour
        QVERIFY(selected.lightness > 200);        // the dark palette's highlighted text is white
    }

    void disabledIconsAreFaded() {
        const QIcon bold = ActionIcons::icon(QStringLiteral("format-text-bold"));
        const Ink normal = inkOf(bold);
        const Ink disabled = inkOf(bold, QIcon::Disabled);
        QCOMPARE(normal.alpha, 255);
        QVERIFY(disabled.pixels > 25);
        QVERIFY2(disabled.alpha < 128, qPrintable(QString::number(disabled.alpha)));
    }

    void recoloringReplacesOnlyTheInk() {
        const QByteArray svg = QByteArrayLiteral("<svg stroke=\"#3c4043\"><path stroke=\"#3c4043\"/></svg>");
        QCOMPARE(TintedSvgIconEngine::recolored(svg, QColor(0xd8, 0xda, 0xdd)),
                 QByteArrayLiteral("<svg stroke=\"#d8dadd\"><path stroke=\"#d8dadd\"/></svg>"));
        QColor faded(0x10, 0x20, 0x30);
        faded.setAlphaF(0.5);
        QCOMPARE(
            TintedSvgIconEngine::recolored(svg, faded),
            QByteArrayLiteral("<svg opacity=\"0.50\" stroke=\"#102030\"><path stroke=\"#102030\"/></svg>"));
    }
};

PREVIEW_TEST_MAIN(TestActionIcons)
#include "tst_actionicons.moc"
