// DesktopIdentity: the window announces the installed desktop entry's name and takes its icon from the icon
// theme, so the desktop shows Postwright's name and icon for it. The id is the one CMake names the installed
// files after (POSTWRIGHT_APP_ID).
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QTemporaryDir>
#include <QtTest>

#include "window/desktopidentity.h"

namespace {

QString sourceFile(const QString &relative) {
    return QDir(qEnvironmentVariable("POSTWRIGHT_SOURCE_DIR")).filePath(relative);
}

// An icon theme named hicolor in `root`, holding `svg` (if any) as the application's scalable icon.
bool writeHicolorTheme(const QString &root, const QString &svg) {
    const QDir theme(root + QStringLiteral("/hicolor"));
    if (!theme.mkpath(QStringLiteral("scalable/apps")))
        return false;
    QFile index(theme.filePath(QStringLiteral("index.theme")));
    if (!index.open(QIODevice::WriteOnly))
        return false;
    index.write(
        "[Icon Theme]\nName=Hicolor\nDirectories=scalable/apps\n\n"
        "[scalable/apps]\nSize=128\nMinSize=8\nMaxSize=512\nType=Scalable\n");
    index.close();
    return svg.isEmpty() ||
           QFile::copy(svg,
                       theme.filePath(QStringLiteral("scalable/apps/%1.svg").arg(DesktopIdentity::appId())));
}

}  // namespace

class TestDesktopIdentity : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void idNamesTheInstalledFiles() {
        QCOMPARE(DesktopIdentity::appId(), QStringLiteral(POSTWRIGHT_APP_ID));
        for (const QString &suffix :
             {QStringLiteral(".desktop"), QStringLiteral(".metainfo.xml"), QStringLiteral(".svg")}) {
            const QString file =
                sourceFile(QStringLiteral("resources/desktop/") + DesktopIdentity::appId() + suffix);
            QVERIFY2(QFile::exists(file), qPrintable(file));
        }
    }

    // Run from the build tree nothing is installed: the window keeps Qt's default icon.
    void noThemeIconLeavesTheWindowIcon() {
        QTemporaryDir themes;
        QVERIFY(writeHicolorTheme(themes.path(), QString()));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("hicolor"));
        DesktopIdentity::apply();
        QCOMPARE(QGuiApplication::desktopFileName(), DesktopIdentity::appId());
        QVERIFY(QGuiApplication::windowIcon().isNull());
    }

    void installedIconBecomesTheWindowIcon() {
        QTemporaryDir themes;
        const QString svg =
            sourceFile(QStringLiteral("resources/desktop/%1.svg").arg(DesktopIdentity::appId()));
        QVERIFY(writeHicolorTheme(themes.path(), svg));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("hicolor"));
        DesktopIdentity::apply();
        const QIcon icon = QGuiApplication::windowIcon();
        QCOMPARE(icon.name(), DesktopIdentity::appId());
        // Drawn from our SVG, as that file draws itself.
        const QImage drawn = icon.pixmap(QSize(64, 64)).toImage();
        QVERIFY(!drawn.isNull());
        QCOMPARE(drawn, QIcon(svg).pixmap(QSize(64, 64)).toImage());
    }
};

QTEST_MAIN(TestDesktopIdentity)
#include "tst_desktopidentity.moc"
