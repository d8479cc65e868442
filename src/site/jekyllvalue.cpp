#include "site/jekyllvalue.h"

#include "frontmatter/yamlscalar.h"

#include <QStringList>

namespace {

QString inspect(const JekyllValue &value) {
    switch (value.type) {
        case JekyllValue::Type::Null:
            return QStringLiteral("nil");
        case JekyllValue::Type::String: {
            QString escaped = value.text;
            escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
                .replace(QLatin1Char('"'), QLatin1String("\\\""));
            return QLatin1Char('"') + escaped + QLatin1Char('"');
        }
        default:
            return value.toRubyString();
    }
}

// A string as a flow scalar: plain when Psych reads that back as the same string, else in single quotes
// (double ones for text with line breaks or control characters).
QString flowString(const QString &text) {
    if (YamlScalar::canBePlain(text, true) && YamlScalar::plainType(text) == ScalarType::String)
        return text;
    return YamlScalar::inlineScalar(text, ScalarType::String, ScalarStyle::SingleQuoted, true);
}

QString flowTime(const JekyllValue &value) {
    const QDateTime &time = value.time;
    QString text = time.toString(time.time().msec() ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")
                                                    : QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (value.zoneless)
        return text;
    if (value.text.endsWith(QLatin1String(" UTC")))  // `Z`: Psych's UTC time, which Ruby prints as UTC
        return text + QLatin1Char('Z');
    const int offset = time.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return text + QStringLiteral(" %1%2:%3")
                      .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                      .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                      .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace

QString JekyllValue::toFlowYaml() const {
    switch (type) {
        case Type::Null:
            return QStringLiteral("null");
        case Type::Bool:
            return boolean ? QStringLiteral("true") : QStringLiteral("false");
        case Type::Int:
            return text;
        case Type::Float:
            // Ruby writes Infinity and NaN, which YAML reads as strings.
            if (text == QLatin1String("Infinity"))
                return QStringLiteral(".inf");
            if (text == QLatin1String("-Infinity"))
                return QStringLiteral("-.inf");
            if (text == QLatin1String("NaN"))
                return QStringLiteral(".nan");
            return text;
        case Type::String:
            return flowString(text);
        case Type::Date:
            return date.toString(Qt::ISODate);
        case Type::Time:
            return flowTime(*this);
        case Type::List: {
            QStringList parts;
            for (const JekyllValue &item : items)
                parts.append(item.toFlowYaml());
            return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        case Type::Map: {
            QStringList parts;
            for (const auto &entry : entries)
                parts.append(flowString(entry.first) + QLatin1String(": ") + entry.second.toFlowYaml());
            return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
        }
    }
    return text;
}

JekyllValue JekyllValue::string(const QString &text) {
    JekyllValue value;
    value.type = Type::String;
    value.text = text;
    return value;
}

JekyllValue JekyllValue::list(const QVector<JekyllValue> &items) {
    JekyllValue value;
    value.type = Type::List;
    value.items = items;
    return value;
}

QString JekyllValue::toRubyString() const {
    switch (type) {
        case Type::List: {
            QStringList parts;
            for (const JekyllValue &item : items)
                parts.append(inspect(item));
            return QLatin1Char('[') + parts.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        case Type::Map: {
            QStringList parts;
            for (const auto &entry : entries)
                parts.append(inspect(string(entry.first)) + QLatin1String("=>") + inspect(entry.second));
            return QLatin1Char('{') + parts.join(QLatin1String(", ")) + QLatin1Char('}');
        }
        default:
            return text;
    }
}

const JekyllValue *JekyllValue::find(const QString &key) const {
    for (const auto &entry : entries) {
        if (entry.first == key)
            return &entry.second;
    }
    return nullptr;
}

void JekyllValue::set(const QString &key, const JekyllValue &value) {
    type = Type::Map;
    for (auto &entry : entries) {
        if (entry.first == key) {
            entry.second = value;
            return;
        }
    }
    entries.append({key, value});
}

JekyllValue JekyllValue::deepMerged(const JekyllValue &master, const JekyllValue &other) {
    JekyllValue merged = master;
    merged.type = Type::Map;
    for (const auto &entry : other.entries) {
        const JekyllValue *old = merged.find(entry.first);
        if (old && entry.second.isNull())
            continue;
        if (old && old->isMap() && entry.second.isMap())
            merged.set(entry.first, deepMerged(*old, entry.second));
        else
            merged.set(entry.first, entry.second);
    }
    return merged;
}
