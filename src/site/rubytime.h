#pragma once

#include "site/jekyllvalue.h"

#include <QDateTime>
#include <QTimeZone>

#include <optional>

// The date Jekyll gives a value: Utils.parse_date(value.to_s), i.e. Ruby's Time.parse, then `localtime` in
// the site's zone (`timezone:` in _config.yml, else the process's). The text forms understood are the ones
// front matter uses: `YYYY-MM-DD`, with ` HH:MM[:SS[.frac]]` or `THH:MM...`, and a zone `Z`, `UTC`, `GMT`,
// `+HH`, `+HHMM` or `+HH:MM`; text without a zone is local time.
class RubyTime {
public:
    static std::optional<QDateTime> jekyllDate(const JekyllValue &value, const QTimeZone &local);
    static std::optional<QDateTime> parse(const QString &text, const QTimeZone &local);
    // Time.parse(time.to_s).localtime: Jekyll re-parses a document's date at every merge of its data, and
    // Time#to_s drops fractions of a second and the seconds of an offset (local mean time before 1883 in
    // America/New_York is -04:56:02, written -0456), so each round trip can move such a date.
    static QDateTime roundTrip(const QDateTime &time, const QTimeZone &local);
};
