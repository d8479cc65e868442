#include "window/apptranslations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <vector>

namespace {

std::vector<QTranslator *> &installed() {
    static std::vector<QTranslator *> translators;
    return translators;
}

// Loads the first of the file names (base_language...) that exists for locale in folder and installs it.
bool installFirst(const QLocale &locale, const QStringList &bases, const QString &folder,
                  QStringList &loaded) {
    for (const QString &base : bases) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, base, QStringLiteral("_"), folder)) {
            QCoreApplication::installTranslator(translator);
            installed().push_back(translator);
            loaded << translator->filePath();
            return true;
        }
        delete translator;
    }
    return false;
}

}  // namespace

QString AppTranslations::resourceFolder() {
    return QStringLiteral(":/i18n");
}

QStringList AppTranslations::install(const QLocale &locale) {
    for (QTranslator *translator : installed()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();

    QStringList loaded;
    // qtbase_*.qm holds the standard widgets' strings; qt_*.qm is the older catalogue that includes it.
    installFirst(locale, {QStringLiteral("qtbase"), QStringLiteral("qt")},
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath), loaded);
    if (!installFirst(locale, {QStringLiteral("postwright")}, resourceFolder(), loaded))
        installFirst(QLocale(QLocale::English), {QStringLiteral("postwright")}, resourceFolder(), loaded);
    return loaded;
}
