#pragma once

#include <QByteArray>
#include <QString>

// How a YAML scalar is read and how text is written as one, under the YAML 1.1 rules Jekyll's parser (Psych)
// uses.
enum class ScalarType { Null, Bool, Integer, Float, Timestamp, String };
enum class ScalarStyle { Plain, SingleQuoted, DoubleQuoted, Literal, Folded };

class YamlScalar {
public:
    // The type an unquoted scalar with this text has: `True`, `NO`, `on` are Bool; `1.10` Float; `007`
    // Integer;
    // `~` and `null` Null; `2018-09-21 10:00:00` Timestamp; anything else String.
    static ScalarType plainType(const QString &text);

    // Whether `text` written unquoted reads back as exactly `text` (its type aside). In a flow collection
    // (`[a, b]`) the characters `,[]{}` also need quotes.
    static bool canBePlain(const QString &text, bool inFlow);

    static QString singleQuoted(const QString &text);  // 'it''s'
    static QString doubleQuoted(const QString &text);  // "say \"hi\"\n"

    // `text` as one scalar written inline: in the `preferred` quotes when it was quoted; plain when that
    // reads back as the same text and `type`; else quoted. Multi-line text is better written as a
    // literalBlock().
    static QString inlineScalar(const QString &text, ScalarType type, ScalarStyle preferred, bool inFlow);

    // Whether multi-line `text` reads back exactly from a literal block: no carriage returns or other control
    // characters, some text besides line breaks, and at most one final line break (a `|+` block would swallow
    // the blank lines that follow it). Other text is written double-quoted with escapes.
    static bool fitsLiteralBlock(const QString &text);

    // A literal block scalar (`|`, `|-` or `|+`) for multi-line text under a key at column `keyIndent`: the
    // header and the lines after it, indented two more spaces than the key, each line break `eol`, none after
    // the last line.
    static QByteArray literalBlock(const QString &text, int keyIndent, const QByteArray &eol);

    // Whether `text` reads back exactly from a folded block (`>`), one or more lines: what fits a literal
    // block, or one line, with no line that is empty at the start or begins with a space or tab (those lines
    // are not folded).
    static bool fitsFoldedBlock(const QString &text);
    // A folded block scalar (`>`, `>-`), written as literalBlock() is: each line of `text` on a line of its
    // own, and each of its line breaks as an empty line (a single break between two lines would fold into a
    // space).
    static QByteArray foldedBlock(const QString &text, int keyIndent, const QByteArray &eol);
};
