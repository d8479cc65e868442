#include "site/searchquery.h"

#include <QStringList>

#include <algorithm>

namespace {

struct Term {
    QString text;
    bool phrase = false;
};

// Whether the unicode61 tokenizer would find a token in `text`: it keeps letters, digits and private-use
// characters and splits on everything else.
bool hasToken(const QString &text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.isLetterOrNumber() || c.category() == QChar::Other_PrivateUse;
    });
}

// Control characters (NUL included) would end the string early for SQLite: they separate words.
bool isSeparator(QChar c) {
    return c.isSpace() || c.category() == QChar::Other_Control;
}

// A one-letter prefix matches nearly every post and is the slowest query there is (the index keeps no
// prefix entries that short): it waits for a second letter.
constexpr int kMinimumPrefix = 2;

int lastWordLength(const QString &text) {
    int length = 0;
    for (int i = int(text.size()) - 1; i >= 0 && (text[i].isLetterOrNumber() || text[i].isMark()); --i) {
        if (!text[i].isMark())
            ++length;
    }
    return length;
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
    const QList<Term> terms = split(userText);
    // The last term is still being typed when the text ends inside it (a bare word or an open phrase).
    const bool lastIsOpen =
        !userText.isEmpty() && !isSeparator(userText.back()) && userText.back() != QLatin1Char('"');
    QStringList parts;
    for (int i = 0; i < terms.size(); ++i) {
        const Term &term = terms[i];
        if (!hasToken(term.text))
            continue;
        QString text = term.text;
        for (QChar &c : text) {
            if (isSeparator(c))
                c = QLatin1Char(' ');
        }
        QString part = quoted(text.simplified());
        if (i == terms.size() - 1 && lastIsOpen && lastWordLength(text) >= kMinimumPrefix)
            part += QLatin1String(" *");
        parts.append(part);
    }
    return parts.join(QLatin1String(" AND "));
}
