#pragma once

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QVector>

#include "common/result.h"

// What the editor's find bar looks for, and what Replace writes: a literal text or a regular expression
// (QRegularExpression, Perl syntax), matched with or without case and as a whole word or anywhere. Positions
// and lengths count UTF-16 code units, as QTextCursor does; lines end with '\n' (`^` and `$` match at every
// line). Empty matches (`a*` between two b's) are never counted. Plain data, any thread.
class TextMatcher {
    Q_DECLARE_TR_FUNCTIONS(TextMatcher)

public:
    struct Options {
        bool matchCase = false;
        bool wholeWord = false;  // the match neither starts nor ends inside a word (letters, digits, `_`)
        bool regularExpression = false;
    };
    struct Match {
        int position = 0;
        int length = 0;
        int end() const { return position + length; }
        bool operator==(const Match &other) const {
            return position == other.position && length == other.length;
        }
    };
    // One Replace All as a single edit: the text from `position` to `position + length` (from the first
    // match's start to the last one's end) becomes `text`.
    struct Replacement {
        int position = 0;
        int length = 0;
        QString text;
        int count = 0;  // matches replaced
    };

    // Fails on an empty pattern ("Nothing to find") and on an invalid expression, with the expression's
    // error and the character it stands at ("missing closing parenthesis at character 4").
    static Result<TextMatcher> create(const QString &pattern, const Options &options);

    // Every match in `text`, in order, not overlapping.
    QVector<Match> findAll(QStringView text) const;
    // The match that starts exactly at `position` with exactly `length`, as found in `text`; for replacing
    // the match the editor has selected. False when that stretch is no longer a match.
    bool matchesAt(QStringView text, int position, int length) const;
    // What the match at `position` (as matchesAt() finds it) is replaced by: the replacement text as typed
    // for a literal search; for an expression `\0`-`\9` (the whole match and its groups), `\n`, `\t` and `\\`
    // expand, any other backslash stays as it is.
    QString replacementAt(QStringView text, int position, const QString &replacement) const;
    // Every match replaced, as one span; count 0 when there is none.
    Replacement replaceAll(QStringView text, const QString &replacement) const;

    // `replacement`'s escapes expanded with `captured` (0: the whole match, then the groups).
    static QString expand(const QString &replacement, const QStringList &captured);

private:
    TextMatcher() = default;
    QString substitute(const QRegularExpressionMatch &match, const QString &replacement) const;

    QRegularExpression m_expression;
    bool m_literalReplacement = true;
};
