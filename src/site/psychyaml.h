#pragma once

#include "common/diagnostic.h"
#include "site/jekyllvalue.h"

#include <QByteArray>
#include <QCoreApplication>

#include <optional>

// Reads YAML as Jekyll's Psych.safe_load does (YAML 1.1, Date and Time permitted, aliases allowed), parsing
// with yaml-cpp and resolving plain scalars with Psych's rules: `yes`/`no`/`on`/`off` in any case are
// booleans, `012` is octal, `1:30` is 5400, `2020-01-05 10:20:30` is a UTC time, `:name` is a Symbol (which
// safe_load refuses), duplicate keys keep the last value and `<<` merges a mapping.
class PsychYaml {
    Q_DECLARE_TR_FUNCTIONS(PsychYaml)

public:
    struct Loaded {
        JekyllValue value;                // Null for an empty document
        std::optional<Diagnostic> error;  // set when Psych would raise; line and column count from the text
    };
    static Loaded load(const QByteArray &yaml);

    // Psych's ScalarScanner#tokenize of a plain (unquoted, untagged) scalar.
    static JekyllValue resolvePlain(const QString &text, QString *error);
    // Ruby's Float#to_s.
    static QString rubyFloat(double value);
};
