#include "fieldlabel.h"

QString FieldLabel::humanize(const QString &key) {
    QString out;
    out.reserve(key.size() + 4);
    for (qsizetype i = 0; i < key.size(); ++i) {
        const QChar c = key.at(i);
        if (c == QLatin1Char('_') || c == QLatin1Char('-')) {
            if (!out.isEmpty() && !out.endsWith(QLatin1Char(' ')))
                out += QLatin1Char(' ');
            continue;
        }
        // camelCase splits at a lower-to-upper change: `expiryDate` -> "Expiry date"; `URL` stays.
        if (c.isUpper() && i > 0 && key.at(i - 1).isLower()) {
            out += QLatin1Char(' ');
            out += c.toLower();
            continue;
        }
        out += c;
    }
    out = out.trimmed();
    if (out.isEmpty())
        return key;
    out[0] = out.at(0).toUpper();
    return out;
}

QString FieldLabel::withMnemonic(const QString &text, QSet<QChar> &used, QChar preferred) {
    QString escaped = text;
    escaped.replace(QLatin1Char('&'), QLatin1String("&&"));
    auto take = [&](QChar wanted) -> qsizetype {
        for (qsizetype i = 0; i < escaped.size(); ++i) {
            const QChar c = escaped.at(i);
            if (c == QLatin1Char('&')) {
                ++i;  // an escaped `&&`
                continue;
            }
            if (c.unicode() > 127 || !c.isLetterOrNumber() || used.contains(c.toLower()))
                continue;
            if (wanted.isNull() || c.toLower() == wanted.toLower())
                return i;
        }
        return -1;
    };
    qsizetype at = preferred.isNull() ? -1 : take(preferred);
    if (at < 0)
        at = take(QChar());
    if (at < 0)
        return escaped;
    used.insert(escaped.at(at).toLower());
    return escaped.insert(at, QLatin1Char('&'));
}
