#include "site/jekyllvalue.h"

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

}  // namespace

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
