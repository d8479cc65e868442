#pragma once

#include <QLocale>
#include <QStringList>

// The translations the window speaks: Qt's own (qtbase_de.qm from Debian's qt6-translations-l10n, for the
// standard buttons and dialogs) and Postwright's, compiled into the program under :/i18n
// (resources/translations). A locale Postwright has no translation for gets the English plural forms, so
// "%n file(s)" still reads "1 file" / "2 files". The command line never loads them: its output is read by
// scripts.
class AppTranslations {
public:
    // Installs the translations for locale on the running application, replacing those an earlier call
    // installed. Returns the files it loaded, for the log and the tests.
    static QStringList install(const QLocale &locale = QLocale::system());
    // Where Postwright's compiled translations live.
    static QString resourceFolder();
};
