#include "site/rubytime.h"

#include <QRegularExpression>

std::optional<QDateTime> RubyTime::jekyllDate(const JekyllValue &value, const QTimeZone &local) {
    switch (value.type) {
        case JekyllValue::Type::Time:
            return roundTrip(value.zoneless ? value.time.toTimeZone(local) : value.time, local);
        case JekyllValue::Type::Date:
            return QDateTime(value.date, QTime(0, 0), local);
        default:
            return parse(value.toRubyString(), local);
    }
}

std::optional<QDateTime> RubyTime::parse(const QString &text, const QTimeZone &local) {
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:"
                       "[.,](\\d+))?)?)?"
                       "\\s*(Z|UTC|GMT|[+-]\\d{1,2}(?::?\\d{2})?)?\\s*$"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int msec = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("000")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(8);
    if (zone.isEmpty())
        return QDateTime(date, time, local);
    int offset = 0;
    if (zone.front() == QLatin1Char('+') || zone.front() == QLatin1Char('-')) {
        QString digits = zone.mid(1);
        digits.remove(QLatin1Char(':'));
        const int hours = digits.size() <= 2 ? digits.toInt() : digits.left(digits.size() - 2).toInt();
        const int minutes = digits.size() <= 2 ? 0 : digits.right(2).toInt();
        offset = (hours * 3600 + minutes * 60) * (zone.front() == QLatin1Char('-') ? -1 : 1);
    }
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toTimeZone(local);
}

QDateTime RubyTime::roundTrip(const QDateTime &time, const QTimeZone &local) {
    const int offset = time.offsetFromUtc() / 60 * 60;  // %z truncates toward zero
    const QTime wall(time.time().hour(), time.time().minute(), time.time().second());
    return QDateTime(time.date(), wall, Qt::OffsetFromUTC, offset).toTimeZone(local);
}
