#include "spelling/spellingtokenizer.h"

#include "common/utf8columns.h"
#include "post/post.h"

#include <algorithm>
#include <vector>

namespace {

using Skips = std::vector<char>;

bool isBlank(QChar c) {
    return c == u' ' || c == u'\t';
}

void skip(Skips &skips, qsizetype from, qsizetype to) {
    std::fill(skips.begin() + from, skips.begin() + std::min<qsizetype>(to, qsizetype(skips.size())), 1);
}

int runLength(QStringView line, qsizetype p, QChar c) {
    qsizetype q = p;
    while (q < line.size() && line[q] == c)
        ++q;
    return int(q - p);
}

bool isLetterish(QChar c) {
    return c.isLetter() || c.isMark();
}

bool isApostrophe(QChar c) {
    return c == u'\'' || c == u'\u2019';
}

// A list item's marker at p: "-", "*", "+" or up to nine digits and "." or ")", then a blank or the end.
bool isListMarker(QStringView line, qsizetype p) {
    qsizetype q = p;
    if (line[q] == u'-' || line[q] == u'*' || line[q] == u'+') {
        ++q;
    } else {
        while (q < line.size() && q - p < 10 && line[q] >= u'0' && line[q] <= u'9')
            ++q;
        if (q == p || q - p > 9 || q >= line.size() || (line[q] != u'.' && line[q] != u')'))
            return false;
        ++q;
    }
    return q == line.size() || isBlank(line[q]);
}

// The name of the Liquid tag whose "{%" is at p ("highlight", "endraw"), or empty.
QStringView liquidTagName(QStringView line, qsizetype p) {
    qsizetype q = p + 2;
    if (q < line.size() && line[q] == u'-')
        ++q;
    while (q < line.size() && isBlank(line[q]))
        ++q;
    const qsizetype start = q;
    while (q < line.size() && line[q].isLetter())
        ++q;
    return line.mid(start, q - start);
}

// Skips from `from` up to and including the end of `closer`; when the line ends first, skips the rest and
// leaves the closer in the state. Returns where scanning resumes.
qsizetype skipTo(QStringView line, qsizetype from, const QString &closer, Skips &skips,
                 SpellingTokenizer::State &state) {
    const qsizetype found = line.indexOf(closer, from, Qt::CaseInsensitive);
    if (found < 0) {
        skip(skips, from, line.size());
        state.closer = closer;
        return line.size();
    }
    // A Liquid end tag ("endraw") is closed by the "%}" after it.
    qsizetype end = found + closer.size();
    if (closer.startsWith(u"end")) {
        const qsizetype close = line.indexOf(u"%}", end);
        end = close < 0 ? line.size() : close + 2;
    }
    skip(skips, from, end);
    return end;
}

// The matching ")" of the "(" at p, counting nested parentheses, or -1.
qsizetype closingParenthesis(QStringView line, qsizetype p) {
    int depth = 0;
    for (qsizetype q = p; q < line.size(); ++q) {
        if (line[q] == u'\\')
            ++q;
        else if (line[q] == u'(')
            ++depth;
        else if (line[q] == u')' && --depth == 0)
            return q;
    }
    return -1;
}

// Marks inline constructs of line[from, size) that hold no prose.
void skipInline(QStringView line, qsizetype from, Skips &skips, SpellingTokenizer::State &state) {
    const qsizetype n = line.size();
    qsizetype i = from;
    while (i < n) {
        const QChar c = line[i];
        const QChar next = i + 1 < n ? line[i + 1] : QChar();
        if (c == u'\\') {
            // An escaped punctuation character, or a TeX command (\sigma) in math the page typesets.
            qsizetype end = i + 2;
            while (next.isLetter() && end < n && line[end].isLetter())
                ++end;
            skip(skips, i, end);
            i = end;
        } else if (c == u'`') {
            const int run = runLength(line, i, u'`');
            qsizetype q = i + run;
            qsizetype close = -1;
            while ((q = line.indexOf(u'`', q)) >= 0) {
                const int closeRun = runLength(line, q, u'`');
                if (closeRun == run) {
                    close = q;
                    break;
                }
                q += closeRun;
            }
            const qsizetype end = close < 0 ? i + run : close + run;
            if (close >= 0)
                skip(skips, i, end);
            i = end;
        } else if (c == u'{' && next == u'%') {
            const QStringView name = liquidTagName(line, i);
            if (name == u"raw" || name == u"highlight" || name == u"comment") {
                const qsizetype tagEnd = line.indexOf(u"%}", i);
                skip(skips, i, tagEnd < 0 ? n : tagEnd + 2);
                const QString endTag = QStringLiteral("end") + name.toString();
                i = tagEnd < 0 ? n : skipTo(line, tagEnd + 2, endTag, skips, state);
                if (tagEnd < 0)
                    state.closer = endTag;
            } else {
                i = skipTo(line, i, QStringLiteral("%}"), skips, state);
            }
        } else if (c == u'{' && next == u'{') {
            i = skipTo(line, i, QStringLiteral("}}"), skips, state);
        } else if (c == u'{' && next == u':') {
            i = skipTo(line, i, QStringLiteral("}"), skips, state);
        } else if (c == u'$' && next == u'$') {
            skip(skips, i, i + 2);
            i = skipTo(line, i + 2, QStringLiteral("$$"), skips, state);
        } else if (c == u'<' && line.mid(i).startsWith(u"<!--")) {
            i = skipTo(line, i, QStringLiteral("-->"), skips, state);
        } else if (c == u'<' && (next.isLetter() || next == u'/' || next == u'!' || next == u'?')) {
            qsizetype q = i + 1;
            while (q < n && (line[q].isLetterOrNumber() || line[q] == u'-'))
                ++q;
            const QString tag = line.mid(i + 1, q - i - 1).toString().toLower();
            i = skipTo(line, i, QStringLiteral(">"), skips, state);
            // Code and scripts inside HTML hold no prose; their closing tag ends the region.
            if (tag == u"script" || tag == u"style" || tag == u"pre" || tag == u"code") {
                const QString endTag = QStringLiteral("</") + tag;
                if (state.closer.isEmpty())
                    i = skipTo(line, i, endTag, skips, state);
                else
                    state.closer = endTag;  // the opening tag itself spans lines; close it loosely
            }
        } else if (c == u']' && next == u'(') {
            const qsizetype close = closingParenthesis(line, i + 1);
            const qsizetype end = close < 0 ? n : close + 1;
            skip(skips, i + 1, end);
            i = end;
        } else if (c == u']' && next == u'[') {
            const qsizetype close = line.indexOf(u']', i + 2);
            const qsizetype end = close < 0 ? i + 2 : close + 1;
            skip(skips, i + 1, end);
            i = end;
        } else if (c == u'[' && next == u'^') {
            const qsizetype close = line.indexOf(u']', i + 2);
            const qsizetype end = close < 0 ? i + 2 : close + 1;
            skip(skips, i, end);
            i = end;
        } else if (c == u'&') {
            qsizetype q = i + 1;
            while (q < n && q - i < 32 && (line[q].isLetterOrNumber() || line[q] == u'#'))
                ++q;
            if (q < n && q > i + 1 && line[q] == u';')
                skip(skips, i, q + 1);
            i = q;
        } else {
            ++i;
        }
    }
}

// :tada: and :+1:, the emoji codes of GitHub and jemoji.
bool isEmojiCode(QStringView chunk) {
    if (chunk.size() < 3 || !chunk.startsWith(u':') || !chunk.endsWith(u':'))
        return false;
    return std::all_of(chunk.begin() + 1, chunk.end() - 1,
                       [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'+' || c == u'-'; });
}

// A run of non-blank text that names something rather than says it: a URL, an address, a path, a file or
// domain name, an identifier.
bool looksLikeName(QStringView chunk) {
    if (chunk.contains(u"://") || chunk.contains(u'@') || chunk.contains(u'/') || chunk.contains(u'\\') ||
        chunk.startsWith(u"www.", Qt::CaseInsensitive) || isEmojiCode(chunk) ||
        chunk.startsWith(u"mailto:", Qt::CaseInsensitive))
        return true;
    for (qsizetype i = 1; i + 1 < chunk.size(); ++i) {
        // A dot or an underscore inside: a file or domain name, a snake_case identifier (not _emphasis_).
        if ((chunk[i] == u'.' || chunk[i] == u'_') && chunk[i - 1].isLetterOrNumber() &&
            chunk[i + 1].isLetterOrNumber())
            return true;
    }
    return false;
}

// Whether a word is worth a dictionary: no acronyms, no camelCase, not a single letter.
bool isCheckable(QStringView word) {
    int letters = 0;
    int upper = 0;
    bool innerUpper = false;
    for (qsizetype i = 0; i < word.size(); ++i) {
        // Hunspell cannot split scripts written without spaces between words.
        const QChar::Script script = word[i].script();
        if (script == QChar::Script_Han || script == QChar::Script_Hiragana ||
            script == QChar::Script_Katakana || script == QChar::Script_Thai || script == QChar::Script_Lao ||
            script == QChar::Script_Khmer)
            return false;
        if (!word[i].isLetter())
            continue;
        ++letters;
        if (word[i].isUpper()) {
            ++upper;
            innerUpper = innerUpper || i > 0;
        }
    }
    return letters >= 2 && upper != letters && !innerUpper;
}

void addWords(QStringView line, qsizetype from, qsizetype to, int lineNumber, QVector<SpellingWord> &words) {
    qsizetype i = from;
    while (i < to) {
        if (!isLetterish(line[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < to && (isLetterish(line[end]) || (isApostrophe(line[end]) && end + 1 < to &&
                                                       isLetterish(line[end + 1]) && end > i)))
            ++end;
        // A letter run touching a digit is part of a token like "3rd" or "mp3".
        const bool digits = (i > from && line[i - 1].isDigit()) || (end < to && line[end].isDigit());
        const QStringView word = line.mid(i, end - i);
        if (!digits && isCheckable(word)) {
            const int column = Utf8Columns::byteLength(line.left(i)) + 1;
            words.append(SpellingWord{word.toString(), int(i), int(end - i), lineNumber, column});
        }
        i = end;
    }
}

bool isBlankLine(QStringView line) {
    return std::all_of(line.begin(), line.end(), [](QChar c) { return isBlank(c); });
}

}  // namespace

QVector<SpellingWord> SpellingTokenizer::wordsOfLine(QStringView line, State &state, int lineNumber) {
    const qsizetype n = line.size();
    const bool blank = isBlankLine(line);
    const bool wasBlank = std::exchange(state.previousBlank, blank);
    if (state.fenceLength > 0) {
        qsizetype p = 0;
        while (p < n && isBlank(line[p]))
            ++p;
        const int run = runLength(line, p, state.fenceChar);
        if (run >= state.fenceLength && isBlankLine(line.mid(p + run))) {
            state.fenceLength = 0;
            state.fenceChar = QChar();
        }
        return {};
    }
    Skips skips(size_t(n), 0);
    qsizetype from = 0;
    if (!state.closer.isEmpty()) {
        const QString closer = std::exchange(state.closer, QString());
        from = skipTo(line, 0, closer, skips, state);
        if (from >= n)
            return {};
    } else {
        if (blank)
            return {};
        qsizetype p = 0;
        int columns = 0;
        while (p < n && isBlank(line[p])) {
            columns = line[p] == u'\t' ? (columns / 4 + 1) * 4 : columns + 1;
            ++p;
        }
        if (state.indentedCode && columns >= 4)
            return {};
        state.indentedCode = false;
        if (columns >= 4 && wasBlank && !state.inList) {
            state.indentedCode = true;
            return {};
        }
        const QChar first = line[p];
        const int run = (first == u'`' || first == u'~') ? runLength(line, p, first) : 0;
        if (run >= 3 && !(first == u'`' && line.mid(p + run).contains(u'`'))) {
            state.fenceChar = first;
            state.fenceLength = run;
            return {};
        }
        if (isListMarker(line, p))
            state.inList = true;
        else if (columns == 0 && wasBlank)
            state.inList = false;
        // A reference definition is a label and a destination: nothing to read.
        if (first == u'[' && line.indexOf(u"]:", p) > p)
            return {};
        from = p;
    }
    skipInline(line, from, skips, state);

    QVector<SpellingWord> words;
    qsizetype i = 0;
    while (i < n) {
        if (skips[size_t(i)] || line[i].isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && !skips[size_t(end)] && !line[end].isSpace())
            ++end;
        if (!looksLikeName(line.mid(i, end - i)))
            addWords(line, i, end, lineNumber, words);
        i = end;
    }
    return words;
}

QVector<SpellingWord> SpellingTokenizer::wordsOfBody(QStringView body, int firstLine) {
    QVector<SpellingWord> words;
    State state;
    qsizetype start = 0;
    int lineNumber = firstLine;
    while (start <= body.size()) {
        qsizetype end = body.indexOf(u'\n', start);
        if (end < 0)
            end = body.size();
        QStringView line = body.mid(start, end - start);
        if (line.endsWith(u'\r'))
            line.chop(1);
        for (SpellingWord word : wordsOfLine(line, state, lineNumber)) {
            word.offset += int(start);
            words.append(word);
        }
        start = end + 1;
        ++lineNumber;
    }
    return words;
}

bool SpellingTokenizer::isProseField(const QString &key) {
    return key == u"title" || key == u"description" || key == u"excerpt" || key == u"summary" ||
           key == u"subtitle";
}

QVector<SpellingWord> SpellingTokenizer::wordsOfFile(const QString &text) {
    const QByteArray utf8 = text.toUtf8();
    const Post post = Post::fromText(utf8);
    QVector<SpellingWord> words;
    // Offsets into the file are counted in bytes by the post and in UTF-16 here.
    const auto utf16At = [&utf8](qsizetype byte) { return int(QString::fromUtf8(utf8.left(byte)).size()); };
    for (const FieldEntry &field : post.frontMatter().entries()) {
        if (!isProseField(field.key) || field.kind != FieldEntry::Kind::Scalar ||
            field.layout != FieldEntry::Layout::Inline || field.valueBegin >= field.valueEnd)
            continue;
        const QString value =
            QString::fromUtf8(utf8.mid(field.valueBegin, field.valueEnd - field.valueBegin));
        if (value.contains(u'\n'))
            continue;
        const qsizetype lineStart = utf8.lastIndexOf('\n', field.valueBegin - 1) + 1;
        const int valueColumn = int(field.valueBegin - lineStart);
        const int valueOffset = utf16At(field.valueBegin);
        State state;
        for (SpellingWord word : wordsOfLine(value, state, field.line)) {
            word.offset += valueOffset;
            word.column += valueColumn;
            words.append(word);
        }
    }
    const int bodyOffset = utf16At(post.bodyBegin());
    for (SpellingWord word : wordsOfBody(QString::fromUtf8(post.body()), post.bodyFirstLine())) {
        word.offset += bodyOffset;
        words.append(word);
    }
    return words;
}
