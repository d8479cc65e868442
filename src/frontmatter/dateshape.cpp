#include "dateshape.h"

#include <QRegularExpression>
#include <QTimeZone>

std::optional<DateShape> DateShape::of(const QString &text) {
    static const QRegularExpression re(
        QStringLiteral("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
                       "(?:([Tt]|[ \\t]+)([0-9]{1,2}):([0-9]{2})(?::([0-9]{2})(?:\\.([0-9]+))?)?"
                       "(?:([ \\t]*)(Z|([-+])([0-9]{1,2})(?:(:?)([0-9]{2}))?))?)?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    DateShape shape;
    shape.m_padMonthDay = m.captured(2).size() == 2 && m.captured(3).size() == 2;
    if (m.captured(5).isEmpty()) {
        shape.m_value = QDateTime(date, QTime(0, 0));
        return shape;
    }
    shape.m_hasTime = true;
    shape.m_separator = m.captured(4);
    shape.m_padHour = m.captured(5).size() == 2;
    shape.m_hasSeconds = !m.captured(7).isEmpty();
    shape.m_fractionDigits = static_cast<int>(m.captured(8).size());
    int msec = 0;
    if (shape.m_fractionDigits > 0)
        msec = static_cast<int>(
            QStringView(m.captured(8)).left(3).toString().leftJustified(3, QLatin1Char('0')).toInt());
    const QTime time(m.captured(5).toInt(), m.captured(6).toInt(), m.captured(7).toInt(), msec);
    if (!time.isValid())
        return std::nullopt;
    if (m.captured(10).isEmpty()) {
        shape.m_value = QDateTime(date, time);
        return shape;
    }
    shape.m_offsetGap = m.captured(9);
    int offsetSeconds = 0;
    if (m.captured(10) == QLatin1String("Z")) {
        shape.m_offsetStyle = OffsetStyle::Z;
    } else {
        const int hours = m.captured(12).toInt();
        const int minutes = m.captured(14).toInt();
        offsetSeconds = (hours * 3600 + minutes * 60) * (m.captured(11) == QLatin1String("-") ? -1 : 1);
        if (m.captured(14).isEmpty())
            shape.m_offsetStyle = OffsetStyle::HoursOnly;
        else
            shape.m_offsetStyle = m.captured(13).isEmpty() ? OffsetStyle::NoColon : OffsetStyle::Colon;
    }
    shape.m_value = QDateTime(date, time, QTimeZone(offsetSeconds));
    return shape;
}

DateShape DateShape::jekyllDefault() {
    DateShape shape;
    shape.m_hasTime = true;
    shape.m_hasSeconds = true;
    shape.m_offsetGap = QStringLiteral(" ");
    shape.m_offsetStyle = OffsetStyle::NoColon;
    return shape;
}

DateShape DateShape::dateOnly() {
    return DateShape();
}

QString DateShape::format(const QDateTime &dateTime) const {
    const QDate d = dateTime.date();
    QString out =
        m_padMonthDay ? d.toString(QStringLiteral("yyyy-MM-dd")) : d.toString(QStringLiteral("yyyy-M-d"));
    if (!m_hasTime)
        return out;
    const QTime t = dateTime.time();
    out += m_separator;
    out += t.toString(m_padHour ? QStringLiteral("HH:mm") : QStringLiteral("H:mm"));
    if (m_hasSeconds) {
        out += t.toString(QStringLiteral(":ss"));
        if (m_fractionDigits > 0)
            out += QLatin1Char('.') + QString::number(t.msec())
                                          .rightJustified(3, QLatin1Char('0'))
                                          .leftJustified(m_fractionDigits, QLatin1Char('0'))
                                          .left(m_fractionDigits);
    }
    if (m_offsetStyle == OffsetStyle::None)
        return out;
    const int offset = dateTime.offsetFromUtc();
    out += m_offsetGap;
    if (m_offsetStyle == OffsetStyle::Z && offset == 0)
        return out + QLatin1Char('Z');
    const int absolute = std::abs(offset);
    const QString hours = QString::number(absolute / 3600).rightJustified(2, QLatin1Char('0'));
    const QString minutes = QString::number((absolute % 3600) / 60).rightJustified(2, QLatin1Char('0'));
    out += offset < 0 ? QLatin1Char('-') : QLatin1Char('+');
    switch (m_offsetStyle) {
        case OffsetStyle::NoColon:
            return out + hours + minutes;
        case OffsetStyle::HoursOnly:
            if (absolute % 3600 == 0)
                return out + hours;
            return out + hours + QLatin1Char(':') + minutes;
        default:
            return out + hours + QLatin1Char(':') + minutes;
    }
}
