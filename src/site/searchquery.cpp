#include "site/searchquery.h"

#include <QStringList>

#include <algorithm>

namespace {

// A one-letter prefix matches nearly every post and is the slowest query there is (the index keeps no
// prefix entries that short): it waits for a second letter.
constexpr int kMinimumPrefix = 2;

struct Term {
    QString text;
    bool phrase = false;
};

// Whether the unicode61 tokenizer would find a token in `text`: it keeps letters, digits and private-use
// characters and splits on everything else.
bool hasToken(const QString &text) {
    const QList<uint> codePoints = text.toUcs4();
    return std::any_of(codePoints.begin(), codePoints.end(), [](uint c) {
        return QChar::isLetterOrNumber(c) || QChar::category(c) == QChar::Other_PrivateUse;
    });
}

// Letters and digits at the end of `text`, in code points (combining marks do not count).
int lastWordLength(const QString &text) {
    const QList<uint> codePoints = text.toUcs4();
    int length = 0;
    for (auto it = codePoints.rbegin(); it != codePoints.rend(); ++it) {
        if (QChar::isMark(*it))
            continue;
        if (!QChar::isLetterOrNumber(*it))
            break;
        ++length;
    }
    return length;
}

// Control characters (NUL included) would end the string early for SQLite: they separate words.
bool isSeparator(QChar c) {
    return c.isSpace() || c.category() == QChar::Other_Control;
}

// SQLite converts UTF-16 to UTF-8 reading a lone surrogate as half a pair, which eats the next character:
// lone surrogates become spaces first.
QString withoutLoneSurrogates(QString text) {
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        else if (text[i].isSurrogate())
            text[i] = QLatin1Char(' ');
    }
    return text;
}

// FTS5 string syntax: inside double quotes every character is literal and `"` is written `""`.
QString quoted(const QString &text) {
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QList<Term> split(const QString &text) {
    QList<Term> terms;
    QString current;
    bool inQuotes = false;
    auto flush = [&](bool phrase) {
        if (!current.isEmpty() || phrase)
            terms.append({current, phrase});
        current.clear();
    };
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            flush(inQuotes);
            inQuotes = !inQuotes;
        } else if (!inQuotes && isSeparator(c)) {
            flush(false);
        } else {
            current.append(c);
        }
    }
    flush(inQuotes && !current.isEmpty());
    return terms;
}

}  // namespace

QString SearchQuery::toMatchExpression(const QString &userText) {
    const QString text = withoutLoneSurrogates(userText);
    const QList<Term> terms = split(text);
    // The last term is still being typed when the text ends inside it (a bare word or an open phrase).
    const bool lastIsOpen = !text.isEmpty() && !isSeparator(text.back()) && text.back() != QLatin1Char('"');
    QStringList parts;
    for (int i = 0; i < terms.size(); ++i) {
        if (!hasToken(terms[i].text))
            continue;
        QString term = terms[i].text;
        std::replace_if(term.begin(), term.end(), isSeparator, QLatin1Char(' '));
        QString part = quoted(term.simplified());
        if (i == terms.size() - 1 && lastIsOpen && lastWordLength(term) >= kMinimumPrefix)
            part += QLatin1String(" *");
        parts.append(part);
    }
    return parts.join(QLatin1String(" AND "));
}
