#include "post/wordcount.h"

#include <QString>

int WordCount::count(QStringView text) {
    int words = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetterOrNumber();
        if (letter && !inWord)
            ++words;
        inWord = letter || (inWord && (c == QLatin1Char('\'') || c == QChar(0x2019)));
    }
    return words;
}

int WordCount::count(const QByteArray &utf8) {
    return count(QString::fromUtf8(utf8));
}

int WordCount::characters(QStringView text) {
    int characters = 0;
    for (const QChar c : text) {
        if (c.isLowSurrogate() || c == u'\n' || c == u'\r' || c == QChar::ParagraphSeparator ||
            c == QChar::LineSeparator)
            continue;
        ++characters;
    }
    return characters;
}
