#include "site/filtertextterms.h"

#include <QVector>

#include <algorithm>
#include <optional>

namespace {

struct Token {
    qsizetype start = 0;
    qsizetype end = 0;  // one past the last character
    QString text;       // without the quotes
};

QVector<Token> tokens(const QString &text) {
    QVector<Token> out;
    Token current;
    bool quoted = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isSpace() && !quoted) {
            if (any) {
                current.end = i;
                out.append(current);
            }
            current = Token{};
            any = false;
            continue;
        }
        if (!any)
            current.start = i;
        any = true;
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else
            current.text.append(c);
    }
    if (any) {
        current.end = text.size();
        out.append(current);
    }
    return out;
}

// The value of `token` when it is a non-negated term of `key`.
std::optional<QString> valueOf(const QString &token, FilterTextTerms::Key key) {
    const qsizetype colon = token.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return std::nullopt;
    const QString name = token.left(colon).toLower();
    const bool matches = key == FilterTextTerms::Key::Tag
                             ? (name == QLatin1String("tag") || name == QLatin1String("tags"))
                             : (name == QLatin1String("category") || name == QLatin1String("categories"));
    if (!matches)
        return std::nullopt;
    return token.mid(colon + 1);
}

}  // namespace

QString FilterTextTerms::term(Key key, const QString &value) {
    const QString name = key == Key::Tag ? QStringLiteral("tag:") : QStringLiteral("category:");
    QString clean = value;
    clean.remove(QLatin1Char('"'));
    const bool needsQuotes = std::any_of(clean.cbegin(), clean.cend(), [](QChar c) { return c.isSpace(); });
    return needsQuotes ? name + QLatin1Char('"') + clean + QLatin1Char('"') : name + clean;
}

QString FilterTextTerms::toggled(const QString &text, Key key, const QString &value) {
    for (const Token &token : tokens(text)) {
        const std::optional<QString> v = valueOf(token.text, key);
        if (!v || v->compare(value, Qt::CaseInsensitive) != 0)
            continue;
        QString out = text;
        qsizetype start = token.start;
        qsizetype end = token.end;
        // Take one neighbouring blank with it, so `a tag:x b` becomes `a b`.
        if (end < out.size() && out.at(end).isSpace())
            ++end;
        else if (start > 0 && out.at(start - 1).isSpace())
            --start;
        out.remove(start, end - start);
        return out;
    }
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? term(key, value) : text.trimmed() + QLatin1Char(' ') + term(key, value);
}

QSet<QString> FilterTextTerms::values(const QString &text, Key key) {
    QSet<QString> out;
    for (const Token &token : tokens(text)) {
        if (const std::optional<QString> v = valueOf(token.text, key); v && !v->isEmpty())
            out.insert(v->toLower());
    }
    return out;
}
