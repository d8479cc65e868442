#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <memory>

#include "common/diagnostic.h"

class SpellChecker;

// `postwright check --spelling`: the misspelled words of post files, one warning each with Hunspell's first
// suggestions, in the language SpellingLanguage picks for the post (or the one forced), accepting the words
// of the writer's personal list and of the post's site's list. Dictionaries are opened once per run, however
// many posts use them.
class PostSpellingCheck {
    Q_DECLARE_TR_FUNCTIONS(PostSpellingCheck)

public:
    // `language` forces a language (empty: each post's own); `systemLocale` is the fallback after the
    // site's; dictionaries are looked for in `folders`; `personalList` is the writer's word list file.
    PostSpellingCheck(const QString &language, const QString &systemLocale, const QStringList &folders,
                      const QString &personalList);
    ~PostSpellingCheck();

    // Warnings at the misspelled words of the post file `path` holding `bytes` (UTF-8); an error, at no
    // line, when no dictionary serves its language or a word list cannot be read.
    QVector<Diagnostic> check(const QString &path, const QByteArray &bytes);

    static constexpr int MaxSuggestions = 3;

private:
    std::shared_ptr<SpellChecker> checkerFor(const QString &dictionary, const QString &siteRoot,
                                             QString *error);

    QString m_language;
    QString m_systemLocale;
    QStringList m_folders;
    QString m_personalList;
    QHash<QString, std::shared_ptr<SpellChecker>> m_checkers;  // by dictionary and site
};
