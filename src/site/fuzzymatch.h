#pragma once

#include <QString>
#include <QVector>

#include <optional>

// Matches what a writer types in a quick-open box against a title, as editors' "go to file" boxes do: the
// typed characters must appear in order (any case, accents ignored: `cafe` finds `Café`); a match scores
// higher where its characters run together and start words, and where the title is short. Blanks in the
// pattern are ignored. Pure and cheap (linear in the title's length), safe on any thread.
class FuzzyMatch {
public:
    struct Match {
        int score = 0;
        QVector<int> positions;  // indexes into the candidate of the matched QChars (both halves of a pair)
    };

    // No value when `candidate` does not contain the pattern's characters in order. An empty pattern
    // matches everything with score 0.
    static std::optional<Match> match(const QString &pattern, const QString &candidate);

    // The text folded as matching compares it: lower case, accents removed, one QChar for one (so
    // positions in the folded text are positions in the original; a surrogate pair folds as one character).
    static QString fold(const QString &text);
};
