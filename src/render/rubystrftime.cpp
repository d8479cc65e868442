#include "render/rubystrftime.h"

#include <QLocale>

namespace {

QString padded(int value, int width, QChar pad, bool noPadding) {
    return noPadding ? QString::number(value) : QStringLiteral("%1").arg(value, width, 10, pad);
}

QString offset(const QDateTime &time, bool colon) {
    const int seconds = time.offsetFromUtc();
    const int minutes = qAbs(seconds) / 60;
    return QStringLiteral("%1%2%3%4")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(colon ? QStringLiteral(":") : QString())
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// One directive (after its flags); nothing when unknown.
std::optional<QString> directive(const QDateTime &time, QChar c, bool noPadding) {
    const QDate date = time.date();
    const QTime clock = time.time();
    const QLocale english = QLocale::c();
    const int hour12 = clock.hour() % 12 == 0 ? 12 : clock.hour() % 12;
    switch (c.unicode()) {
        case 'Y':
            return QString::number(date.year());
        case 'C':
            return padded(date.year() / 100, 2, QLatin1Char('0'), noPadding);
        case 'y':
            return padded(date.year() % 100, 2, QLatin1Char('0'), noPadding);
        case 'm':
            return padded(date.month(), 2, QLatin1Char('0'), noPadding);
        case 'B':
            return english.monthName(date.month(), QLocale::LongFormat);
        case 'b':
        case 'h':
            return english.monthName(date.month(), QLocale::ShortFormat);
        case 'd':
            return padded(date.day(), 2, QLatin1Char('0'), noPadding);
        case 'e':
            return padded(date.day(), 2, QLatin1Char(' '), noPadding);
        case 'j':
            return padded(date.dayOfYear(), 3, QLatin1Char('0'), noPadding);
        case 'H':
            return padded(clock.hour(), 2, QLatin1Char('0'), noPadding);
        case 'k':
            return padded(clock.hour(), 2, QLatin1Char(' '), noPadding);
        case 'I':
            return padded(hour12, 2, QLatin1Char('0'), noPadding);
        case 'l':
            return padded(hour12, 2, QLatin1Char(' '), noPadding);
        case 'M':
            return padded(clock.minute(), 2, QLatin1Char('0'), noPadding);
        case 'S':
            return padded(clock.second(), 2, QLatin1Char('0'), noPadding);
        case 'L':
            return padded(clock.msec(), 3, QLatin1Char('0'), noPadding);
        case 'p':
            return clock.hour() < 12 ? QStringLiteral("AM") : QStringLiteral("PM");
        case 'P':
            return clock.hour() < 12 ? QStringLiteral("am") : QStringLiteral("pm");
        case 'A':
            return english.dayName(date.dayOfWeek(), QLocale::LongFormat);
        case 'a':
            return english.dayName(date.dayOfWeek(), QLocale::ShortFormat);
        case 'u':
            return QString::number(date.dayOfWeek());
        case 'w':
            return QString::number(date.dayOfWeek() % 7);
        case 'z':
            return offset(time, false);
        case 's':
            return QString::number(time.toSecsSinceEpoch());
        case 'n':
            return QStringLiteral("\n");
        case 't':
            return QStringLiteral("\t");
        case '%':
            return QStringLiteral("%");
        default:
            return std::nullopt;
    }
}

// Ruby's combinations, expanded before formatting.
QString combination(QChar c) {
    switch (c.unicode()) {
        case 'c':
            return QStringLiteral("%a %b %e %H:%M:%S %Y");
        case 'D':
        case 'x':
            return QStringLiteral("%m/%d/%y");
        case 'F':
            return QStringLiteral("%Y-%m-%d");
        case 'T':
        case 'X':
            return QStringLiteral("%H:%M:%S");
        case 'R':
            return QStringLiteral("%H:%M");
        case 'r':
            return QStringLiteral("%I:%M:%S %p");
        default:
            return QString();
    }
}

}  // namespace

std::optional<QString> RubyStrftime::format(const QDateTime &time, const QString &pattern) {
    QString out;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('%') || i + 1 >= pattern.size()) {
            out += pattern.at(i);
            continue;
        }
        bool noPadding = false;
        bool upper = false;
        qsizetype at = i + 1;
        for (; at < pattern.size(); ++at) {
            if (pattern.at(at) == QLatin1Char('-'))
                noPadding = true;
            else if (pattern.at(at) == QLatin1Char('^'))
                upper = true;
            else
                break;
        }
        if (at >= pattern.size())
            return std::nullopt;
        std::optional<QString> text;
        if (pattern.at(at) == QLatin1Char(':') && at + 1 < pattern.size() &&
            pattern.at(at + 1) == QLatin1Char('z')) {
            text = offset(time, true);
            ++at;
        } else if (const QString expanded = combination(pattern.at(at)); !expanded.isEmpty()) {
            text = format(time, expanded);
        } else {
            text = directive(time, pattern.at(at), noPadding);
        }
        if (!text)
            return std::nullopt;
        out += upper ? text->toUpper() : *text;
        i = at;
    }
    return out;
}
