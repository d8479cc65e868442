// The window speaks the system's language: with the German translations installed the menus are German, Qt's
// own standard buttons too (Debian's qtbase_de.qm), and English gets its plural forms ("1 file", "2 files").

#include <QDialogButtonBox>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>

#include "tst_previewharness.h"
#include "window/apptranslations.h"
#include "window/mainwindow.h"

namespace {

QStringList menuTitles(MainWindow &window) {
    QStringList titles;
    for (QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

// Per menu of the menu bar (and their submenus), the texts of actions whose mnemonic another action of the
// same menu also uses, and the texts that do not have exactly one mnemonic.
void mnemonicProblems(QMenu *menu, QStringList &clashes, QStringList &notOne) {
    QMap<QChar, QStringList> byKey;
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        QString text = action->text();
        text.replace(QStringLiteral("&&"), QString());
        if (text.count(QLatin1Char('&')) != 1 || text.endsWith(QLatin1Char('&'))) {
            notOne << menu->title() + QStringLiteral(" > ") + action->text();
        } else {
            byKey[text.at(text.indexOf(QLatin1Char('&')) + 1).toLower()] << action->text();
        }
        if (action->menu())
            mnemonicProblems(action->menu(), clashes, notOne);
    }
    for (const QStringList &texts : byKey) {
        if (texts.size() > 1)
            clashes << menu->title() + QStringLiteral(": ") + texts.join(QStringLiteral(" / "));
    }
}

QString fileCount(int count) {
    // A real string of the code: Find in Site's summary (SiteFindPanel).
    return QCoreApplication::translate("SiteFindPanel", "%n file(s)", nullptr, count);
}

}  // namespace

class TestAppTranslations : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_apptranslations"));
    }

    void cleanup() { AppTranslations::install(QLocale(QLocale::English)); }

    void germanLocaleLoadsOursAndQts() {
        const QStringList loaded = AppTranslations::install(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(loaded.size() == 2, qPrintable(loaded.join(QStringLiteral(", "))));
        QVERIFY2(loaded.at(0).endsWith(QStringLiteral("qtbase_de.qm")), qPrintable(loaded.at(0)));
        QCOMPARE(loaded.at(1), QStringLiteral(":/i18n/postwright_de.qm"));
    }

    void germanMenusAndStandardButtons() {
        AppTranslations::install(QLocale(QStringLiteral("de_DE")));
        MainWindow window;
        const QStringList titles = menuTitles(window);
        QVERIFY2(titles.startsWith(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
        for (const QString &title :
             {QStringLiteral("&Datei"), QStringLiteral("&Bearbeiten"), QStringLiteral("Bei&trag"),
              QStringLiteral("&Ansicht"), QStringLiteral("&Hilfe")})
            QVERIFY2(titles.contains(title), qPrintable(titles.join(QLatin1Char(' '))));
        QDialogButtonBox buttons(QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Abbrechen"));
        QCOMPARE(fileCount(1), QStringLiteral("1 Datei"));
        QCOMPARE(fileCount(2), QStringLiteral("2 Dateien"));
    }

    void germanMenusHaveOneMnemonicEachWithoutClashes() {
        // The panels' show/hide actions carry no mnemonic in either language; German adds no such entry and
        // no two entries of a menu share their key.
        const auto problems = [](const QLocale &locale) {
            AppTranslations::install(locale);
            MainWindow window;
            QStringList clashes, notOne;
            for (QAction *action : window.menuBar()->actions())
                mnemonicProblems(action->menu(), clashes, notOne);
            return std::make_pair(clashes, notOne);
        };
        const auto english = problems(QLocale(QLocale::English));
        const auto german = problems(QLocale(QStringLiteral("de_DE")));
        QVERIFY2(german.second.size() <= english.second.size(), qPrintable(german.second.join(u'\n')));
        QVERIFY2(german.first.isEmpty(), qPrintable(german.first.join(u'\n')));
    }

    void englishHasItsPluralForms() {
        const QStringList loaded = AppTranslations::install(QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY(loaded.contains(QStringLiteral(":/i18n/postwright_en.qm")));
        QCOMPARE(fileCount(1), QStringLiteral("1 file"));
        QCOMPARE(fileCount(2), QStringLiteral("2 files"));
        MainWindow window;
        QVERIFY(menuTitles(window).startsWith(QStringLiteral("&File")));
    }

    void untranslatedLanguageFallsBackToEnglishPlurals() {
        const QStringList loaded = AppTranslations::install(QLocale(QLocale::Japanese));
        QVERIFY(loaded.contains(QStringLiteral(":/i18n/postwright_en.qm")));
        QCOMPARE(fileCount(1), QStringLiteral("1 file"));
    }

    void installingAgainReplacesTheEarlierLanguage() {
        AppTranslations::install(QLocale(QStringLiteral("de_DE")));
        AppTranslations::install(QLocale(QLocale::English));
        MainWindow window;
        QVERIFY(menuTitles(window).startsWith(QStringLiteral("&File")));
    }
};

PREVIEW_TEST_MAIN(TestAppTranslations)
#include "tst_apptranslations.moc"
