#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

class LiquidContext;

// Evaluates the expression of one Liquid output (`{{ expression }}`, without the braces and whitespace
// control) as Jekyll would, for the few things the preview knows without the site's Jekyll: `site.*` from
// the configuration, `page.*` from the post, string literals, and the filters relative_url, absolute_url,
// prepend, append, downcase, upcase, capitalize, strip, size, default, date (RubyStrftime), date_to_string
// and date_to_xml_schema. The value is printed as Liquid prints it: strings as they are, nil as nothing,
// lists joined, times as Ruby's Time#to_s
// (`2008-11-21 00:00:00 +0000`). Anything else (a loop variable, another filter, a value only Jekyll
// computes such as page.content) is not evaluated: the result then says why.
class LiquidOutput {
public:
    struct Result {
        std::optional<QByteArray> text;  // UTF-8; nothing when the expression could not be evaluated
        QString reason;                  // why not, in a few words
    };
    static Result evaluate(const QByteArray &expression, const LiquidContext &context);
};
