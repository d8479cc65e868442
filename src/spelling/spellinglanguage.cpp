#include "spelling/spellinglanguage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include "post/post.h"
#include "site/siteconfig.h"

QString SpellingLanguage::choose(const QString &postLang, const QString &siteLang, const QString &siteLocale,
                                 const QString &systemLocale) {
    for (const QString &each : {postLang, siteLang, siteLocale, systemLocale}) {
        if (!each.trimmed().isEmpty())
            return each.trimmed();
    }
    return QString();
}

QString SpellingLanguage::ofSite(const QString &siteRoot) {
    if (siteRoot.isEmpty())
        return QString();
    const Result<SiteConfig> config = SiteConfig::load(siteRoot);
    if (!config)
        return QString();
    QString found[2];
    const QString keys[2] = {QStringLiteral("lang"), QStringLiteral("locale")};
    for (int i = 0; i < 2; ++i) {
        if (const JekyllValue *value = config->settings().find(keys[i]); value && value->isString())
            found[i] = value->text;
    }
    return choose(found[0], found[1], QString(), QString());
}

QString SpellingLanguage::forPost(const Post &post, const QString &siteRoot, const QString &systemLocale) {
    return choose(post.scalar(QStringLiteral("lang")), ofSite(siteRoot), QString(), systemLocale);
}

QString SpellingLanguage::systemLanguage() {
    const QString name = QLocale::system().name();
    return normalise(name).isEmpty() ? QStringLiteral("en_US") : name;
}

QString SpellingLanguage::normalise(const QString &tag) {
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2}|[0-9]{3}))?"));
    const QRegularExpressionMatch match = shape.match(tag.trimmed());
    if (!match.hasMatch())
        return QString();
    const QString language = match.captured(1).toLower();
    const QString region = match.captured(2).toUpper();
    return region.isEmpty() ? language : language + u'_' + region;
}

Result<QString> SpellingLanguage::dictionaryFor(const QString &language, const QStringList &folders) {
    const QString wanted = normalise(language);
    if (wanted.isEmpty())
        return Result<QString>::failure(
            tr("\"%1\" is not a language tag: no spelling dictionary for it").arg(language));
    const QString base = wanted.section(u'_', 0, 0);
    // Candidates from the most to the least exact: the tag itself, the language's own region (de_DE), the
    // language alone (fr), English's usual default, then any region of the language.
    QStringList names{wanted, base + u'_' + base.toUpper(), base};
    if (base == u"en")
        names << QStringLiteral("en_US") << QStringLiteral("en_GB");
    for (const QString &name : std::as_const(names)) {
        for (const QString &folder : folders) {
            const QString path = QDir(folder).filePath(name);
            if (QFileInfo::exists(path + QStringLiteral(".aff")) &&
                QFileInfo::exists(path + QStringLiteral(".dic")))
                return path;
        }
    }
    for (const QString &folder : folders) {
        QStringList regions =
            QDir(folder).entryList({base + QStringLiteral("_*.aff")}, QDir::Files, QDir::Name);
        for (const QString &aff : std::as_const(regions)) {
            const QString path = QDir(folder).filePath(aff.chopped(4));
            if (QFileInfo::exists(path + QStringLiteral(".dic")))
                return path;
        }
    }
    return Result<QString>::failure(
        tr("No spelling dictionary for %1 is installed (looked in %2); install one, such as Debian's "
           "hunspell-%3 package")
            .arg(wanted, folders.join(QStringLiteral(", ")), wanted.toLower().replace(u'_', u'-')));
}

QStringList SpellingLanguage::installed(const QStringList &folders) {
    QStringList languages;
    for (const QString &folder : folders) {
        const QDir dir(folder);
        for (const QString &aff : dir.entryList({QStringLiteral("*.aff")}, QDir::Files)) {
            const QString name = aff.chopped(4);
            if (QFileInfo::exists(dir.filePath(name + QStringLiteral(".dic"))) && !languages.contains(name))
                languages.append(name);
        }
    }
    languages.sort();
    return languages;
}

QStringList SpellingLanguage::systemFolders() {
    QStringList folders;
    const QString dicPath = qEnvironmentVariable("DICPATH");
    if (!dicPath.isEmpty())
        folders += dicPath.split(u':', Qt::SkipEmptyParts);
    folders << QStringLiteral("/usr/share/hunspell") << QStringLiteral("/usr/share/myspell/dicts");
    return folders;
}
