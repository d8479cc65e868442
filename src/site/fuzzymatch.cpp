#include "site/fuzzymatch.h"

#include <algorithm>

namespace {

constexpr int kMatchScore = 16;
constexpr int kConsecutiveBonus = 24;
constexpr int kWordStartBonus = 20;
constexpr int kFirstCharacterBonus = 12;
constexpr int kGapPenalty = 2;  // per skipped character between two matched ones, up to kMaxGapPenalty
constexpr int kMaxGapPenalty = 12;

bool isWordStart(const QString &text, int at) {
    if (at == 0)
        return true;
    const QChar before = text.at(at - 1);
    const QChar here = text.at(at);
    if (!before.isLetterOrNumber())
        return here.isLetterOrNumber();
    return before.isLower() && here.isUpper();  // camelCase
}

QChar foldChar(QChar c) {
    if (c.unicode() < 0x80)
        return c.toLower();
    const QString decomposed = QString(c).normalized(QString::NormalizationForm_D);
    return decomposed.isEmpty() ? c.toLower() : decomposed.front().toLower();
}

}  // namespace

QString FuzzyMatch::fold(const QString &text) {
    QString out(text.size(), Qt::Uninitialized);
    for (int i = 0; i < text.size(); ++i)
        out[i] = foldChar(text.at(i));
    return out;
}

int FuzzyMatch::score(const QVector<int> &positions, const QString &candidate) {
    int score = 0;
    for (int k = 0; k < positions.size(); ++k) {
        const int p = positions.at(k);
        score += kMatchScore;
        if (isWordStart(candidate, p))
            score += kWordStartBonus;
        if (p == 0)
            score += kFirstCharacterBonus;
        if (k > 0) {
            const int gap = p - positions.at(k - 1) - 1;
            score += gap == 0 ? kConsecutiveBonus : -std::min(kMaxGapPenalty, gap * kGapPenalty);
        }
    }
    // Shorter titles first among equals: a point per ten characters, at most 10.
    return score - std::min(10, static_cast<int>(candidate.size()) / 10);
}

std::optional<FuzzyMatch::Match> FuzzyMatch::match(const QString &pattern, const QString &candidate) {
    QString needle;
    for (const QChar c : pattern) {
        if (!c.isSpace())
            needle.append(foldChar(c));
    }
    if (needle.isEmpty())
        return Match{};
    const QString haystack = fold(candidate);
    const int m = static_cast<int>(needle.size());
    // latest[k]: the last position where needle[k] can match with the rest still matching after it.
    QVector<int> latest(m);
    for (int i = static_cast<int>(haystack.size()) - 1, k = m - 1; k >= 0; --i) {
        if (i < 0)
            return std::nullopt;
        if (haystack.at(i) == needle.at(k))
            latest[k--] = i;
    }
    // Two alignments, the better one wins: the tightest span (each character as late as the first
    // character's earliest tight start allows: forward from the start of the shortest span ending at the
    // first complete match), and word starts first (each character at the next word start that leaves room
    // for the rest, else at its next occurrence).
    QVector<int> tight;
    QVector<int> words;
    tight.reserve(m);
    words.reserve(m);
    int end = -1;
    for (int i = 0, k = 0; i < haystack.size() && k < m; ++i) {
        if (haystack.at(i) == needle.at(k) && ++k == m)
            end = i;
    }
    int start = end;
    for (int i = end, k = m - 1; i >= 0 && k >= 0; --i) {
        if (haystack.at(i) == needle.at(k)) {
            start = i;
            --k;
        }
    }
    for (int k = 0, at = start; k < m; ++k, ++at) {
        while (haystack.at(at) != needle.at(k))
            ++at;
        tight.append(at);
    }
    for (int k = 0, at = 0; k < m; ++k) {
        int first = -1;
        int wordStart = -1;
        for (int i = at; i <= latest.at(k) && wordStart < 0; ++i) {
            if (haystack.at(i) != needle.at(k))
                continue;
            if (first < 0)
                first = i;
            if (isWordStart(candidate, i) || (!words.isEmpty() && words.back() == i - 1 && i == first))
                wordStart = i;
        }
        const int chosen = wordStart >= 0 ? wordStart : first;
        words.append(chosen);
        at = chosen + 1;
    }
    const int tightScore = score(tight, candidate);
    const int wordsScore = score(words, candidate);
    return wordsScore > tightScore ? Match{wordsScore, words} : Match{tightScore, tight};
}
