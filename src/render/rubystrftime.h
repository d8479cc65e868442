#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// Ruby's Time#strftime, for Liquid's `date` filter: the directives blog templates use (`%Y %m %d %e %B %b
// %A %a %H %M %S %I %p %j %z %c %F %T ...`) with the `-` (no padding) and `^` (upper case) flags, in English
// as Ruby prints them. Nothing for a directive it does not know (the output is then left to Jekyll).
class RubyStrftime {
public:
    static std::optional<QString> format(const QDateTime &time, const QString &pattern);
};
