#include "searchcorpus.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace {

const char *const kOnsets[] = {"b",  "c",  "d",  "f",  "g",  "h",  "k",  "l",  "m",  "n",
                               "p",  "r",  "s",  "t",  "v",  "w",  "z",  "br", "ch", "cl",
                               "dr", "fl", "gr", "pl", "pr", "sh", "st", "th", "tr"};
const char *const kVowels[] = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "y"};
const char *const kCodas[] = {"", "", "", "n", "r", "s", "t", "l", "m", "nd", "st", "ck"};
// Accented vowels, for the words the index must fold (café = cafe).
const char16_t *const kAccented[] = {u"é", u"è", u"ü", u"ö", u"å", u"ñ"};

template <typename T, size_t N>
const T &pick(std::mt19937 &random, const T (&items)[N]) {
    return items[std::uniform_int_distribution<size_t>(0, N - 1)(random)];
}

}  // namespace

SearchCorpus::SearchCorpus(quint32 seed) : m_random(seed) {
    QSet<QString> seen;
    while (m_words.size() < kVocabularySize) {
        QString word;
        const int syllables = std::uniform_int_distribution<int>(1, 4)(m_random);
        for (int i = 0; i < syllables; ++i)
            word += QLatin1String(pick(m_random, kOnsets)) + QLatin1String(pick(m_random, kVowels)) +
                    QLatin1String(pick(m_random, kCodas));
        if (m_words.size() % 40 == 7) {
            const int at = int(word.indexOf(QRegularExpression(QStringLiteral("[aeiou]"))));
            if (at >= 0)
                word.replace(at, 1, QString::fromUtf16(pick(m_random, kAccented)));
        }
        if (!seen.contains(word)) {
            seen.insert(word);
            m_words.append(word);
        }
    }
    double sum = 0;
    m_cumulative.reserve(kVocabularySize);
    for (int rank = 0; rank < kVocabularySize; ++rank) {
        sum += 1.0 / (rank + 1);
        m_cumulative.append(sum);
    }
    // Tags come from the middle of the vocabulary: frequent enough to be shared, not in every body.
    for (int i = 0; i < 60; ++i)
        m_tags.append(m_words.at(500 + i * 7));
}

int SearchCorpus::drawRank() {
    const double at = std::uniform_real_distribution<double>(0, m_cumulative.back())(m_random);
    const auto found = std::upper_bound(m_cumulative.begin(), m_cumulative.end(), at);
    return std::min(int(found - m_cumulative.begin()), kVocabularySize - 1);
}

QString SearchCorpus::sentence(int words) {
    QString text;
    for (int i = 0; i < words; ++i) {
        QString word = m_words.at(drawRank());
        if (i == 0)
            word[0] = word[0].toUpper();
        else
            text += QLatin1Char(' ');
        text += word;
    }
    return text + QLatin1Char('.');
}

SearchDocument SearchCorpus::post(int number) {
    SearchDocument document;
    document.relativePath =
        QStringLiteral("_posts/2020-01-01-post-%1.md").arg(number, 5, 10, QLatin1Char('0'));
    document.title = sentence(std::uniform_int_distribution<int>(3, 8)(m_random));
    document.title.chop(1);
    const int tagCount = std::uniform_int_distribution<int>(1, 4)(m_random);
    for (int i = 0; i < tagCount; ++i)
        document.tags.append(
            m_tags.at(std::uniform_int_distribution<int>(0, int(m_tags.size()) - 1)(m_random)));
    const int target = std::uniform_int_distribution<int>(300, 800)(m_random);
    int words = 0;
    int sentencesInParagraph = 0;
    while (words < target) {
        const int length = std::min(std::uniform_int_distribution<int>(8, 20)(m_random), target - words);
        if (words > 0)
            document.body += sentencesInParagraph == 0 ? QLatin1String("\n\n") : QLatin1String(" ");
        document.body += sentence(length);
        words += length;
        sentencesInParagraph = (sentencesInParagraph + 1) % 5;
    }
    document.size = document.body.toUtf8().size();
    document.mtimeMs = 1'600'000'000'000LL + number * 1000LL;
    return document;
}
