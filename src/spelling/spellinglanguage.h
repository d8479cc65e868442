#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/result.h"

class Post;

// Which language a post is checked in, and which installed Hunspell dictionary serves it. The post's `lang`
// wins, then the site's `_config.yml` `lang`, then its `locale`, then the system's locale. Tags are compared
// loosely: "en", "en-US", "en_us" and "en_US.UTF-8" all name English, and a language without a region gets
// its main dictionary (en → en_US, de → de_DE, fr → fr_FR, or fr when that is all there is).
class SpellingLanguage {
    Q_DECLARE_TR_FUNCTIONS(SpellingLanguage)

public:
    // The first non-empty of the four.
    static QString choose(const QString &postLang, const QString &siteLang, const QString &siteLocale,
                          const QString &systemLocale);
    // The language of `post` of the site at `siteRoot` (may be empty), falling back to `systemLocale`.
    static QString forPost(const Post &post, const QString &siteRoot, const QString &systemLocale);
    // The site's own choice: its `_config.yml` `lang`, else its `locale`, else empty (also when unreadable).
    static QString ofSite(const QString &siteRoot);
    // The system's language (QLocale::system()); the C and POSIX locales, which name none, give en_US, the
    // language of their messages.
    static QString systemLanguage();
    // "en-us" → "en_US", "EN" → "en", "de_DE.UTF-8@euro" → "de_DE"; empty for what is not a language tag.
    static QString normalise(const QString &tag);

    // The dictionary for `language` in `folders` (first folder first): its path without ".aff"/".dic". Fails
    // with a message naming the language and the folders when none is installed.
    static Result<QString> dictionaryFor(const QString &language, const QStringList &folders);
    // The languages installed dictionaries in `folders` serve (the names of the .aff/.dic pairs, "en_US"),
    // sorted, each once; what a writer can pick instead of the automatic choice.
    static QStringList installed(const QStringList &folders);
    // Where Debian installs dictionaries (/usr/share/hunspell), after those in $DICPATH.
    static QStringList systemFolders();
};
