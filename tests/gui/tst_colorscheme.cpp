// ColorScheme: light or dark for the whole application, as the writer chose (View > Theme) or as the desktop
// asks (the platform's palette, GTK_THEME's ":dark"); a choice unlike the platform's colours gets Fusion and
// a palette of ours, System gives the platform's back. Offscreen, the platform's palette is light.
#include <QApplication>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTextBlock>
#include <QTextLayout>
#include <QtTest>

#include <memory>

#include "editor/editorcolors.h"
#include "editor/markdowneditor.h"
#include "window/appsettings.h"
#include "window/colorscheme.h"
#include "window/readableindicatorstyle.h"

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
        auto *style = qobject_cast<QProxyStyle *>(QApplication::style());
        QVERIFY(qobject_cast<ReadableIndicatorStyle *>(style));
        QCOMPARE(style->baseStyle()->name(), QStringLiteral("fusion"));
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

    // An unchecked check box on the dark palette has a frame one can see (plain Fusion's is within a few
    // shades of the field it sits on), drawn both as a widget's and as an item view's check.
    void darkCheckBoxesCanBeSeen() {
        const QPalette dark = ColorScheme::darkPalette();
        const auto framePixels = [&](QStyle *style, QStyle::PrimitiveElement element) {
            QImage image(20, 20, QImage::Format_RGB32);
            image.fill(dark.color(QPalette::Base));
            QPainter painter(&image);
            QStyleOptionButton option;
            option.rect = QRect(2, 2, 16, 16);
            option.palette = dark;
            option.state = QStyle::State_Enabled | QStyle::State_Off;
            style->drawPrimitive(element, &option, &painter);
            painter.end();
            const int base = dark.color(QPalette::Base).lightness();
            int seen = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x) {
                    if (std::abs(image.pixelColor(x, y).lightness() - base) >= 40)
                        ++seen;
                }
            }
            return seen;
        };
        std::unique_ptr<QStyle> fusion(QStyleFactory::create(QStringLiteral("Fusion")));
        QCOMPARE(framePixels(fusion.get(), QStyle::PE_IndicatorCheckBox), 0);
        ReadableIndicatorStyle readable;
        QVERIFY(framePixels(&readable, QStyle::PE_IndicatorCheckBox) >= 40);
        QVERIFY(framePixels(&readable, QStyle::PE_IndicatorItemViewItemCheck) >= 40);
        QVERIFY(framePixels(&readable, QStyle::PE_IndicatorRadioButton) >= 20);
        // A light palette is drawn as Fusion draws it.
        const QPalette light = ColorScheme::lightPalette();
        QImage ours(20, 20, QImage::Format_RGB32);
        QImage theirs(20, 20, QImage::Format_RGB32);
        for (auto [image, style] :
             {std::pair<QImage *, QStyle *>{&ours, &readable}, {&theirs, fusion.get()}}) {
            image->fill(light.color(QPalette::Base));
            QPainter painter(image);
            QStyleOptionButton option;
            option.rect = QRect(2, 2, 16, 16);
            option.palette = light;
            option.state = QStyle::State_Enabled | QStyle::State_Off;
            style->drawPrimitive(QStyle::PE_IndicatorCheckBox, &option, &painter);
        }
        QCOMPARE(ours, theirs);
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
