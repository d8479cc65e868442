#include "site/jekyllslugify.h"

#include <QChar>
#include <QList>
#include <QStringView>

namespace {

bool isLetterMarkOrDigit(char32_t c) {
    switch (QChar::category(c)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Number_DecimalDigit:
            return true;
        default:
            return false;
    }
}

bool keeps(char32_t c, JekyllSlugify::Mode mode) {
    switch (mode) {
        case JekyllSlugify::Mode::Raw:
            // Ruby's \s: ASCII white space only.
            return !(c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r');
        case JekyllSlugify::Mode::Default:
            return isLetterMarkOrDigit(c);
        case JekyllSlugify::Mode::Pretty:
            return isLetterMarkOrDigit(c) || (c < 0x80 && QStringView(u"._~!$&'()+,;=@").contains(QChar(c)));
        case JekyllSlugify::Mode::Ascii:
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return true;
}

}  // namespace

QString JekyllSlugify::slugify(const QString &text, Mode mode, bool cased) {
    QString replaced;
    replaced.reserve(text.size());
    bool inRun = false;
    const QList<uint> codePoints = text.toUcs4();
    for (const uint c : codePoints) {
        if (keeps(c, mode)) {
            replaced += QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1);
            inRun = false;
        } else if (!inRun) {
            replaced += QLatin1Char('-');
            inRun = true;
        }
    }
    // gsub(/^-|-$/, ""): each `-` that starts or ends a line goes, judged on the text before removal.
    QString slug;
    slug.reserve(replaced.size());
    for (qsizetype i = 0; i < replaced.size(); ++i) {
        if (replaced.at(i) == QLatin1Char('-')) {
            const bool startsLine = i == 0 || replaced.at(i - 1) == QLatin1Char('\n');
            const bool endsLine = i + 1 == replaced.size() || replaced.at(i + 1) == QLatin1Char('\n');
            if (startsLine || endsLine)
                continue;
        }
        slug += replaced.at(i);
    }
    return cased ? slug : slug.toLower();
}
