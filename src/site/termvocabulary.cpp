#include "site/termvocabulary.h"

#include <QSet>

#include <algorithm>

#include "site/fuzzymatch.h"

namespace {

bool byUse(const TermVocabulary::Term &a, const TermVocabulary::Term &b) {
    if (a.count != b.count)
        return a.count > b.count;
    return a.name < b.name;
}

}  // namespace

void TermVocabulary::addPost(const QStringList &terms) {
    QSet<QString> seen;
    for (const QString &term : terms) {
        if (!term.isEmpty() && !seen.contains(term)) {
            seen.insert(term);
            ++m_counts[term];
        }
    }
}

void TermVocabulary::removePost(const QStringList &terms) {
    QSet<QString> seen;
    for (const QString &term : terms) {
        if (term.isEmpty() || seen.contains(term))
            continue;
        seen.insert(term);
        const auto it = m_counts.find(term);
        if (it == m_counts.end())
            continue;
        if (--it.value() <= 0)
            m_counts.erase(it);
    }
}

QVector<TermVocabulary::Term> TermVocabulary::terms() const {
    QVector<Term> out;
    out.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end(), byUse);
    return out;
}

QVector<TermVocabulary::Term> TermVocabulary::complete(const QString &prefix, int limit) const {
    const QString folded = FuzzyMatch::fold(prefix.trimmed());
    QVector<Term> starts;
    QVector<Term> contains;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QString name = FuzzyMatch::fold(it.key());
        if (name.startsWith(folded))
            starts.append({it.key(), it.value()});
        else if (name.contains(folded))
            contains.append({it.key(), it.value()});
    }
    std::sort(starts.begin(), starts.end(), byUse);
    std::sort(contains.begin(), contains.end(), byUse);
    starts += contains;
    if (starts.size() > limit)
        starts.resize(limit);
    return starts;
}

QString TermVocabulary::looseKey(const QString &name) {
    // By code point: a letter outside the BMP is two QChars, neither of which is a letter.
    QString key;
    for (const char32_t c : FuzzyMatch::fold(name).toUcs4()) {
        if (QChar::isLetterOrNumber(c))
            key.append(QString::fromUcs4(&c, 1));
    }
    if (key.size() > 3 && key.endsWith(QLatin1Char('s')))
        key.chop(1);
    return key;
}

QVector<TermVocabulary::Term> TermVocabulary::nearDuplicates(const QString &name) const {
    const QString key = looseKey(name);
    QVector<Term> out;
    if (key.isEmpty())
        return out;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        if (it.key() != name && looseKey(it.key()) == key)
            out.append({it.key(), it.value()});
    }
    std::sort(out.begin(), out.end(), byUse);
    return out;
}

QVector<QVector<TermVocabulary::Term>> TermVocabulary::nearDuplicateGroups() const {
    QHash<QString, QVector<Term>> byKey;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it) {
        const QString key = looseKey(it.key());
        if (!key.isEmpty())
            byKey[key].append({it.key(), it.value()});
    }
    QVector<QVector<Term>> groups;
    for (QVector<Term> &group : byKey) {
        if (group.size() < 2)
            continue;
        std::sort(group.begin(), group.end(), byUse);
        groups.append(group);
    }
    std::sort(groups.begin(), groups.end(),
              [](const QVector<Term> &a, const QVector<Term> &b) { return byUse(a.front(), b.front()); });
    return groups;
}
