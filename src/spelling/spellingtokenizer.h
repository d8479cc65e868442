#pragma once

#include <QString>
#include <QStringView>
#include <QVector>

#include "spelling/spellingword.h"

// The words of a post's Markdown that a spelling check should look at: prose, headings, link texts and image
// alt texts. Skipped: code spans, fenced and indented code blocks, {% highlight %} / {% raw %} /
// {% comment %} regions, Liquid tags and outputs, HTML tags with their attributes and comments, the contents
// of <script>, <style>, <pre> and <code>, autolinks and bare URLs, link and image targets, reference
// definitions, footnote labels, kramdown attribute lists and extensions ({: .class}, {::nomarkdown}), $$ math
// and HTML entities. Within prose, words that look like identifiers are skipped too: those with digits or
// underscores, ALL-CAPS acronyms, camelCase names, paths (a/b), file and domain names (a.txt, x.com) and
// e-mail addresses. A word is a run of letters with apostrophes (' or ’) inside it; a hyphen separates words.
//
// Works a line at a time, carrying what spans lines in a State, so that an editor can check single lines and
// the command line whole files. Linear in the text's length. Pure functions; any thread.
class SpellingTokenizer {
public:
    // What spans lines: the open code block or region, and the block context indented code depends on.
    struct State {
        QChar fenceChar;      // inside a fenced code block when not null
        int fenceLength = 0;  // its opening fence's length
        QString closer;       // inside a construct spanning lines until this text (case-insensitive)
        bool indentedCode = false;
        bool previousBlank = true;  // indented code starts only after a blank line (or at the start)
        bool inList = false;        // indentation belongs to list items, not code
    };

    // The words of one line of Markdown (no line break in it) given the state after the line before, which
    // it updates. Offsets are into `line`; every word's `line` is `lineNumber`.
    static QVector<SpellingWord> wordsOfLine(QStringView line, State &state, int lineNumber = 1);
    // The words of a body; offsets are into `body`, lines count from `firstLine`.
    static QVector<SpellingWord> wordsOfBody(QStringView body, int firstLine = 1);
    // The words of a whole post file: its body, and the values of the front matter's prose fields (title,
    // description, excerpt, summary, subtitle) when each is a one-line string; keys and every other value are
    // skipped. Offsets are into `text`, lines and columns are the file's.
    static QVector<SpellingWord> wordsOfFile(const QString &text);

    // The front-matter keys whose one-line string values are checked.
    static bool isProseField(const QString &key);
};
