#include "site/slug.h"

#include <QChar>
#include <QStringList>

namespace {

// Letters that NFKD leaves alone but that have a conventional ASCII spelling. Keys are lower case.
QString transliterateSpecial(char32_t c) {
    switch (c) {
        case U'ß':
            return QStringLiteral("ss");
        case U'æ':
            return QStringLiteral("ae");
        case U'ø':
            return QStringLiteral("o");
        case U'œ':
            return QStringLiteral("oe");
        case U'ł':
            return QStringLiteral("l");
        case U'đ':
        case U'ð':
            return QStringLiteral("d");
        case U'þ':
            return QStringLiteral("th");
        case U'ı':
            return QStringLiteral("i");
        default:
            return {};
    }
}

bool isMark(char32_t c) {
    const QChar::Category cat = QChar::category(c);
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining ||
           cat == QChar::Mark_Enclosing;
}

bool isKept(char32_t c) {
    return QChar::isLetter(c) || QChar::category(c) == QChar::Number_DecimalDigit;
}

bool isAsciiAlnum(char32_t c) {
    return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9');
}

// Cuts `slug` to at most Slug::kMaxBytes of UTF-8, preferring a word boundary.
QString truncated(const QString &slug) {
    if (slug.toUtf8().size() <= Slug::kMaxBytes)
        return slug;
    QString cut;
    for (const char32_t c : slug.toUcs4()) {
        const QString next = cut + QString::fromUcs4(&c, 1);
        if (next.toUtf8().size() > Slug::kMaxBytes)
            break;
        cut = next;
    }
    const int dash = cut.lastIndexOf(QLatin1Char('-'));
    if (dash >= cut.size() / 2)
        cut.truncate(dash);
    while (cut.endsWith(QLatin1Char('-')))
        cut.chop(1);
    return cut;
}

}  // namespace

QString Slug::fromTitle(const QString &title) {
    // Lower-case first so the special letters need only their lower-case forms; the special ones are
    // replaced before decomposition because NFKD would leave them alone anyway.
    QString lowered;
    for (const char32_t c : title.toLower().toUcs4()) {
        const QString special = transliterateSpecial(c);
        lowered += special.isEmpty() ? QString::fromUcs4(&c, 1) : special;
    }
    const QString decomposed = lowered.normalized(QString::NormalizationForm_KD).toLower();

    QString slug;
    bool pendingDash = false;
    bool lastBaseWasAscii = false;
    for (const char32_t c : decomposed.toUcs4()) {
        if (isMark(c)) {
            // A Latin letter's accent goes (é -> e); another script's mark is part of the letter
            // (Devanagari vowel signs, the kana voicing mark) and stays.
            if (!lastBaseWasAscii && !slug.isEmpty() && !pendingDash)
                slug += QString::fromUcs4(&c, 1);
            continue;
        }
        if (isKept(c)) {
            if (pendingDash && !slug.isEmpty())
                slug += QLatin1Char('-');
            pendingDash = false;
            slug += QString::fromUcs4(&c, 1);
            lastBaseWasAscii = isAsciiAlnum(c);
        } else {
            pendingDash = true;
            lastBaseWasAscii = false;
        }
    }
    slug = truncated(slug.normalized(QString::NormalizationForm_C));
    return slug.isEmpty() ? QStringLiteral("untitled") : slug;
}
