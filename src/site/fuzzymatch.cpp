#include "site/fuzzymatch.h"

#include <QHash>

#include <algorithm>

namespace {

constexpr int kMatchScore = 16;
constexpr int kConsecutiveBonus = 24;
constexpr int kWordStartBonus = 20;
constexpr int kFirstCharacterBonus = 12;
constexpr int kGapPenalty = 2;  // per skipped character between two matched ones, up to kMaxGapPenalty
constexpr int kMaxGapPenalty = 12;

// A text as matching sees it: one entry per code point, so that a character outside the BMP (two QChars)
// matches only as a whole, never one half here and the other half in another character.
struct CodePoints {
    QVector<char32_t> original;
    QVector<char32_t> folded;
    QVector<int> at;  // where each starts in the QString
};

bool isMark(char32_t c) {
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
           category == QChar::Mark_Enclosing;
}

char32_t foldUncached(char32_t c) {
    // Accents come off a letter: the decomposition is a letter followed by combining marks only. Other
    // decompositions keep the character whole (a Hangul syllable is not its first jamo, `≠` is not `=`).
    const QList<uint> parts = QString::fromUcs4(&c, 1).normalized(QString::NormalizationForm_D).toUcs4();
    if (parts.size() > 1 && QChar::isLetter(parts.front()) &&
        std::all_of(parts.cbegin() + 1, parts.cend(), [](uint p) { return isMark(p); }))
        return QChar::toLower(parts.front());
    return QChar::toLower(parts.size() == 1 ? parts.front() : c);
}

char32_t foldPoint(char32_t c) {
    if (c < 0x80 || QChar::isSurrogate(c))  // a lone surrogate stays as it is
        return QChar::toLower(c);
    // Normalizing costs an allocation per character; titles use few distinct ones, so each is folded once
    // per thread (quick open matches every title on each keystroke).
    thread_local QHash<char32_t, char32_t> folded;
    const auto it = folded.constFind(c);
    if (it != folded.cend())
        return it.value();
    if (folded.size() > 65536)  // a text of many distinct characters does not grow it without end
        folded.clear();
    return folded.insert(c, foldUncached(c)).value();
}

CodePoints codePoints(const QString &text, bool skipSpaces) {
    CodePoints out;
    out.original.reserve(text.size());
    out.folded.reserve(text.size());
    out.at.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        const int start = i;
        char32_t c = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (skipSpaces && QChar::isSpace(c))
            continue;
        out.original.append(c);
        out.folded.append(foldPoint(c));
        out.at.append(start);
    }
    return out;
}

bool isWordStart(const QVector<char32_t> &text, int at) {
    if (at == 0)
        return true;
    const char32_t before = text.at(at - 1);
    const char32_t here = text.at(at);
    if (!QChar::isLetterOrNumber(before))
        return QChar::isLetterOrNumber(here);
    return QChar::isLower(before) && QChar::isUpper(here);  // camelCase
}

int score(const QVector<int> &positions, const QVector<char32_t> &candidate) {
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

}  // namespace

QString FuzzyMatch::fold(const QString &text) {
    QString out;
    out.reserve(text.size());
    const CodePoints points = codePoints(text, false);
    for (int k = 0; k < points.original.size(); ++k) {
        // One character for one: a fold that would change how many QChars it takes (a compatibility
        // ideograph outside the BMP whose decomposition is inside it) keeps the character, in lower case.
        const char32_t c = points.original.at(k);
        const char32_t f = points.folded.at(k);
        const char32_t kept =
            QChar::requiresSurrogates(c) == QChar::requiresSurrogates(f) ? f : QChar::toLower(c);
        if (QChar::requiresSurrogates(kept)) {
            out.append(QChar(QChar::highSurrogate(kept)));
            out.append(QChar(QChar::lowSurrogate(kept)));
        } else {
            out.append(QChar(static_cast<char16_t>(kept)));
        }
    }
    return out;
}

std::optional<FuzzyMatch::Match> FuzzyMatch::match(const QString &pattern, const QString &candidate) {
    const QVector<char32_t> needle = codePoints(pattern, true).folded;
    if (needle.isEmpty())
        return Match{};
    const CodePoints points = codePoints(candidate, false);
    const QVector<char32_t> &haystack = points.folded;
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
            if (isWordStart(points.original, i) || (!words.isEmpty() && words.back() == i - 1 && i == first))
                wordStart = i;
        }
        const int chosen = wordStart >= 0 ? wordStart : first;
        words.append(chosen);
        at = chosen + 1;
    }
    const int tightScore = score(tight, points.original);
    const int wordsScore = score(words, points.original);
    const bool wordsWin = wordsScore > tightScore;
    // Positions in the QString, both halves of a surrogate pair, so the highlighted text is whole characters.
    Match found{wordsWin ? wordsScore : tightScore, {}};
    for (const int k : wordsWin ? words : tight) {
        found.positions.append(points.at.at(k));
        if (QChar::requiresSurrogates(points.original.at(k)))
            found.positions.append(points.at.at(k) + 1);
    }
    return found;
}
