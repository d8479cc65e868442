// ColorScheme: light or dark for the whole application, as the writer chose (View > Theme) or as the desktop
// asks (the platform's palette, GTK_THEME's ":dark"); a choice unlike the platform's colours gets Fusion and
// a palette of ours, System gives the platform's back. Offscreen, the platform's palette is light.
#include <QApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include "editor/editorcolors.h"
#include "editor/markdowneditor.h"
#include "window/appsettings.h"
#include "window/colorscheme.h"

class TestColorScheme : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_colorscheme"));
        QSettings().clear();
    }

    void systemPreference_data() {
        QTest::addColumn<bool>("darkPalette");
        QTest::addColumn<QString>("gtkTheme");
        QTest::addColumn<bool>("dark");
        QTest::newRow("a light palette") << false << QString() << false;
        QTest::newRow("a dark palette (KDE's Breeze Dark)") << true << QString() << true;
        QTest::newRow("GTK_THEME asks for the dark variant") << false << "Adwaita:dark" << true;
        QTest::newRow("GTK_THEME names a light theme") << false << "Adwaita" << false;
    }
    void systemPreference() {
        QFETCH(bool, darkPalette);
        QFETCH(QString, gtkTheme);
        QFETCH(bool, dark);
        QProcessEnvironment environment;
        if (!gtkTheme.isEmpty())
            environment.insert(QStringLiteral("GTK_THEME"), gtkTheme);
        const QPalette palette = darkPalette ? ColorScheme::darkPalette() : ColorScheme::lightPalette();
        QCOMPARE(ColorScheme::systemPrefersDark(palette, environment), dark);
    }

    void choosingDarkAndBack() {
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        QVERIFY(!ColorScheme::isDarkPalette(QApplication::palette()));
        ColorScheme *scheme = ColorScheme::instance();
        QCOMPARE(scheme->choice(), ColorScheme::Choice::System);
        QVERIFY(!scheme->isDark());
        QSignalSpy changed(scheme, &ColorScheme::changed);

        scheme->setChoice(ColorScheme::Choice::Dark);
        QVERIFY(scheme->isDark());
        QVERIFY(ColorScheme::isDarkPalette(QApplication::palette()));
        QCOMPARE(QApplication::style()->name(), QStringLiteral("fusion"));
        QCOMPARE(AppSettings::theme(), QStringLiteral("dark"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.last().first().toBool(), true);

        scheme->setChoice(ColorScheme::Choice::Light);  // the platform's light palette is kept
        QVERIFY(!scheme->isDark());
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);

        scheme->setChoice(ColorScheme::Choice::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
        QCOMPARE(AppSettings::theme(), QStringLiteral("system"));
        QCOMPARE(changed.count(), 2);
    }

    // The editor's Markdown colours follow: a heading drawn in the light set turns to the dark set.
    void editorColoursFollow() {
        ColorScheme *scheme = ColorScheme::instance();
        MarkdownEditor editor;
        editor.setPlainText(QStringLiteral("# Heading\n"));
        const auto headingColour = [&editor] {
            const QList<QTextLayout::FormatRange> formats =
                editor.document()->firstBlock().layout()->formats();
            return formats.isEmpty() ? QColor() : formats.last().format.foreground().color();
        };
        QTRY_COMPARE(headingColour(), EditorColors::light().heading);
        scheme->setChoice(ColorScheme::Choice::Dark);
        QCOMPARE(headingColour(), EditorColors::dark().heading);
        scheme->setChoice(ColorScheme::Choice::System);
        QCOMPARE(headingColour(), EditorColors::light().heading);
    }

    // View > Theme: picking an entry chooses it; choosing elsewhere moves the check.
    void menuFollowsTheChoice() {
        ColorScheme *scheme = ColorScheme::instance();
        QWidget parent;
        QMenu *menu = scheme->createMenu(&parent);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3);
        actions.at(2)->trigger();
        QCOMPARE(scheme->choice(), ColorScheme::Choice::Dark);
        QVERIFY(scheme->isDark());
        scheme->setChoice(ColorScheme::Choice::Light);
        QVERIFY(actions.at(1)->isChecked());
        QVERIFY(!actions.at(2)->isChecked());
        scheme->setChoice(ColorScheme::Choice::System);
        QVERIFY(actions.at(0)->isChecked());
    }
};

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
