#include "spelling/spellchecker.h"

#include "spelling/hunspelldictionary.h"

#include <utility>

namespace {

// Far more distinct words than any post holds; past it the cache starts again rather than grow unbounded.
constexpr int MaxCachedWords = 200000;

}  // namespace

SpellChecker::SpellChecker(std::shared_ptr<HunspellDictionary> dictionary)
    : m_dictionary(std::move(dictionary)) {}

bool SpellChecker::isCorrect(const QString &word) {
    const auto cached = m_cache.constFind(word);
    if (cached != m_cache.constEnd())
        return *cached;
    bool correct =
        m_accepted.contains(word) ||
        (!word.isEmpty() && word[0].isUpper() && m_accepted.contains(word.left(1).toLower() + word.mid(1))) ||
        (m_dictionary && m_dictionary->isCorrect(word));
    if (m_cache.size() >= MaxCachedWords)
        m_cache.clear();
    m_cache.insert(word, correct);
    return correct;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const {
    return m_dictionary ? m_dictionary->suggestions(word, max) : QStringList();
}

void SpellChecker::accept(const QString &word) {
    m_accepted.insert(word);
    m_cache.clear();  // a capitalised form cached as wrong is now right too
}

void SpellChecker::acceptAll(const QStringList &words) {
    for (const QString &word : words)
        m_accepted.insert(word);
    m_cache.clear();
}
