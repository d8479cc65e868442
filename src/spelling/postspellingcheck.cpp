#include "spelling/postspellingcheck.h"

#include "post/post.h"
#include "site/siteroot.h"
#include "spelling/hunspelldictionary.h"
#include "spelling/spellchecker.h"
#include "spelling/spellinglanguage.h"
#include "spelling/spellingtokenizer.h"
#include "spelling/wordlistfile.h"

PostSpellingCheck::PostSpellingCheck(const QString &language, const QString &systemLocale,
                                     const QStringList &folders, const QString &personalList)
    : m_language(language), m_systemLocale(systemLocale), m_folders(folders), m_personalList(personalList) {}

PostSpellingCheck::~PostSpellingCheck() = default;

std::shared_ptr<SpellChecker> PostSpellingCheck::checkerFor(const QString &dictionary,
                                                            const QString &siteRoot, QString *error) {
    const QString key = dictionary + u'\n' + siteRoot;
    if (const auto known = m_checkers.constFind(key); known != m_checkers.constEnd())
        return *known;
    // Sites share an opened dictionary; each gets its own accepted words.
    std::shared_ptr<HunspellDictionary> opened;
    for (const std::shared_ptr<SpellChecker> &each : std::as_const(m_checkers)) {
        if (each->dictionary()->basePath() == dictionary)
            opened = each->dictionary();
    }
    if (!opened) {
        auto result = HunspellDictionary::open(dictionary);
        if (!result) {
            *error = result.error();
            return nullptr;
        }
        opened = result.value();
    }
    auto checker = std::make_shared<SpellChecker>(opened);
    QStringList lists{m_personalList};
    if (!siteRoot.isEmpty())
        lists << WordListFile::sitePath(siteRoot);
    for (const QString &list : std::as_const(lists)) {
        if (list.isEmpty())
            continue;
        const Result<QStringList> words = WordListFile::read(list);
        if (!words) {
            *error = words.error();
            return nullptr;
        }
        checker->acceptAll(words.value());
    }
    m_checkers.insert(key, checker);
    return checker;
}

QVector<Diagnostic> PostSpellingCheck::check(const QString &path, const QByteArray &bytes) {
    const QString siteRoot = SiteRoot::find(path);
    const QString language = m_language.isEmpty()
                                 ? SpellingLanguage::forPost(Post::fromText(bytes), siteRoot, m_systemLocale)
                                 : m_language;
    const Result<QString> dictionary = SpellingLanguage::dictionaryFor(language, m_folders);
    QString error = dictionary ? QString() : dictionary.error();
    const std::shared_ptr<SpellChecker> checker =
        dictionary ? checkerFor(dictionary.value(), siteRoot, &error) : nullptr;
    if (!checker)
        return {Diagnostic{Diagnostic::Severity::Error, 0, 0, error}};
    QVector<Diagnostic> warnings;
    QHash<QString, QString> described;  // a word's message, worked out once per file
    for (const SpellingWord &word : SpellingTokenizer::wordsOfFile(QString::fromUtf8(bytes))) {
        if (checker->isCorrect(word.text))
            continue;
        auto message = described.find(word.text);
        if (message == described.end()) {
            const QStringList suggestions = checker->suggestions(word.text, MaxSuggestions);
            message = described.insert(
                word.text, suggestions.isEmpty()
                               ? word.text
                               : QStringLiteral("%1 (%2)").arg(word.text, suggestions.join(u", ")));
        }
        warnings.append(Diagnostic{Diagnostic::Severity::Warning, word.line, word.column, *message});
    }
    return warnings;
}
