#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// The written shape of a front-matter date, so an edited date is written back the way the writer wrote it:
// `2018-09-21` stays date-only, `2018-09-21 10:00:00` keeps its space and seconds, `2019-08-08 14:10:00
// +0800` keeps an offset written without a colon, `2010-08-05T10:17:25-04:00` keeps the `T` and the colon.
class DateShape {
public:
    // Parses a YAML timestamp as Jekyll accepts it; nullopt when `text` is not one.
    static std::optional<DateShape> of(const QString &text);
    // The shape Jekyll's own `jekyll new` and `jekyll post` use: `2024-05-01 12:30:00 +0200`.
    static DateShape jekyllDefault();
    static DateShape dateOnly();

    // The date-time written (in its own offset when it has one; local time otherwise).
    QDateTime value() const { return m_value; }
    bool hasTime() const { return m_hasTime; }
    bool hasOffset() const { return m_offsetStyle != OffsetStyle::None; }

    // `dateTime` written in this shape; the offset written is `dateTime`'s own.
    QString format(const QDateTime &dateTime) const;

private:
    enum class OffsetStyle { None, Z, Colon, NoColon, HoursOnly };
    QDateTime m_value;
    bool m_hasTime = false;
    QString m_separator = QStringLiteral(" ");  // between date and time: "T", "t" or spaces
    bool m_hasSeconds = false;
    int m_fractionDigits = 0;
    bool m_padMonthDay = true;
    bool m_padHour = true;
    QString m_offsetGap;  // spaces between the time and its offset
    OffsetStyle m_offsetStyle = OffsetStyle::None;
};
