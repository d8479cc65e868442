#pragma once

#include <QDate>
#include <QDateTime>
#include <QPair>
#include <QString>
#include <QVector>

// A front-matter or `_config.yml` value as Jekyll holds it after Psych (YAML 1.1) read it: `no` is false,
// `012` is 10, `2020-01-05 10:20:30` is a UTC time. Plain data, safe to copy between threads.
struct JekyllValue {
    enum class Type { Null, Bool, Int, Float, String, Date, Time, List, Map };

    Type type = Type::Null;
    QString text;  // Ruby's `to_s` of a scalar (a String's own text; "" for nil)
    bool boolean = false;
    QDate date;                  // Type::Date
    QDateTime time;              // Type::Time, with the offset the YAML gave (UTC when it gave none)
    bool zoneless = false;       // a Time the YAML gave no zone: Psych makes it a local time (Time.at)
    QVector<JekyllValue> items;  // Type::List
    QVector<QPair<QString, JekyllValue>> entries;  // Type::Map, keys as Ruby's to_s, each key once

    static JekyllValue string(const QString &text);
    static JekyllValue list(const QVector<JekyllValue> &items);

    bool isNull() const { return type == Type::Null; }
    bool isMap() const { return type == Type::Map; }
    bool isList() const { return type == Type::List; }
    bool isString() const { return type == Type::String; }
    // Ruby truthiness: everything but nil and false.
    bool truthy() const { return !(type == Type::Null || (type == Type::Bool && !boolean)); }
    // Ruby's `to_s` (Array#to_s is its inspect).
    QString toRubyString() const;

    // The value as YAML on one line, in flow style (`post`, `true`, `[a, b]`, `{image: x.jpg}`), that Psych
    // reads back as the same value: a string that would read as something else is quoted (`'007'`,
    // `'yes'`), a time keeps its offset. For writing `key: <text>` into front matter.
    QString toFlowYaml() const;

    // Map lookup; nullptr when absent (a key present with a nil value gives a Null value).
    const JekyllValue *find(const QString &key) const;
    // Sets `key` (replacing its value in place, or appending).
    void set(const QString &key, const JekyllValue &value);
    // Jekyll's Utils.deep_merge_hashes: `other`'s keys win, except that a nil never replaces a value;
    // maps merge recursively.
    static JekyllValue deepMerged(const JekyllValue &master, const JekyllValue &other);
};
