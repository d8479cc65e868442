#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class HunspellDictionary;

// Answers "is this word spelled right?" from a dictionary plus the words the writer accepted (their personal
// list, the site's list, words ignored in this session). A word is accepted as written or, when it starts
// with a capital, as the same word in lower case ("Postwright" at a sentence start matches "postwright").
// Answers are cached per word, so checking the same words again (every visible line after each pause in
// typing) costs a hash lookup. Not thread-safe: one thread at a time.
class SpellChecker {
public:
    explicit SpellChecker(std::shared_ptr<HunspellDictionary> dictionary);

    bool isCorrect(const QString &word);
    // At most `max` suggestions, best first.
    QStringList suggestions(const QString &word, int max = 6) const;
    // From now on `word` is spelled right (a word list's entry, or "Ignore").
    void accept(const QString &word);
    void acceptAll(const QStringList &words);

    const std::shared_ptr<HunspellDictionary> &dictionary() const { return m_dictionary; }

private:
    std::shared_ptr<HunspellDictionary> m_dictionary;
    QSet<QString> m_accepted;
    QHash<QString, bool> m_cache;
};
