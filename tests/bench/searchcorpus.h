#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVector>

#include <random>

#include "site/searchdocument.h"

// Synthetic posts for the search benchmark: a made-up vocabulary (some words accented) drawn with a Zipf
// distribution, so there are words in every post and words in a handful. Deterministic for a given seed.
class SearchCorpus {
public:
    static constexpr int kVocabularySize = 20000;

    explicit SearchCorpus(quint32 seed);

    // Word `rank` of the vocabulary: 0 is the most frequent.
    QString word(int rank) const { return m_words.at(rank); }

    // Post `number`: a title of 3-8 words, 1-4 tags, a body of 300-800 words in sentences and paragraphs.
    SearchDocument post(int number);

private:
    QString sentence(int words);
    int drawRank();

    std::mt19937 m_random;
    QStringList m_words;
    QStringList m_tags;
    QVector<double> m_cumulative;  // Zipf weights, summed
};
