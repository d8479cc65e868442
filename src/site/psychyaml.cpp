#include "site/psychyaml.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

#include <yaml-cpp/yaml.h>

#include <cmath>

namespace {

const std::string kStrTag = "tag:yaml.org,2002:str";
const std::string kIntTag = "tag:yaml.org,2002:int";
const std::string kFloatTag = "tag:yaml.org,2002:float";

struct Refused {
    QString message;
    YAML::Mark mark;
};

QString toQString(const std::string &s) {
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

bool matches(const QString &text, const char *pattern) {
    // The patterns are few and fixed; QRegularExpression caches nothing across instances, so keep them.
    thread_local QHash<const char *, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, QRegularExpression(QString::fromLatin1(pattern)));
    return it->match(text).hasMatch();
}

// Psych's first test, %r{^[^\d.:-]?[[:alpha:]_\s!@#$%\^&*(){}<>|/\\~;=]+} (or a line break), by hand:
// it decides most values (words), and a regular expression per scalar was most of the conversion's time.
bool inTextClass(QChar c) {
    static const QString punctuation = QStringLiteral("_!@#$%^&*(){}<>|/\\~;=");
    const bool rubySpace = c == QLatin1Char(' ') || (c.unicode() >= 9 && c.unicode() <= 13);  // Ruby's \s
    return c.isLetter() || rubySpace || punctuation.contains(c);
}

bool looksLikeText(const QString &text) {
    if (text.contains(QLatin1Char('\n')))
        return true;
    const QChar first = text.front();
    if (inTextClass(first))
        return true;
    const bool optionalPrefix = !first.isDigit() && first != QLatin1Char('.') && first != QLatin1Char(':') &&
                                first != QLatin1Char('-');
    return optionalPrefix && text.size() > 1 && inTextClass(text.at(1));
}

JekyllValue intValue(qlonglong n) {
    JekyllValue value;
    value.type = JekyllValue::Type::Int;
    value.text = QString::number(n);
    return value;
}

JekyllValue floatValue(double d) {
    JekyllValue value;
    value.type = JekyllValue::Type::Float;
    value.text = PsychYaml::rubyFloat(d);
    return value;
}

// Ruby's Integer(): 0b, 0 (octal), 0x prefixes; an optional sign.
std::optional<qlonglong> rubyInteger(QString digits) {
    digits.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
    bool negative = false;
    if (digits.startsWith(QLatin1Char('-')) || digits.startsWith(QLatin1Char('+'))) {
        negative = digits.startsWith(QLatin1Char('-'));
        digits.remove(0, 1);
    }
    int base = 10;
    if (digits.startsWith(QLatin1String("0b"))) {
        base = 2;
        digits.remove(0, 2);
    } else if (digits.startsWith(QLatin1String("0x"))) {
        base = 16;
        digits.remove(0, 2);
    } else if (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
        base = 8;
        digits.remove(0, 1);
    }
    bool ok = false;
    const qlonglong n = digits.toLongLong(&ok, base);
    if (!ok)
        return std::nullopt;
    return negative ? -n : n;
}

JekyllValue timeValue(const QString &text) {
    static const QRegularExpression parts(
        QStringLiteral("^(-?\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[Tt]|\\s+)(\\d+):(\\d+):(\\d+)(?:\\.(\\d*))?\\s*("
                       "Z|[-+]\\d+(?::?\\d\\d)?)?$"));
    const QRegularExpressionMatch m = parts.match(text);
    if (!m.hasMatch())
        return JekyllValue::string(text);
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int msec = m.captured(7).isEmpty() ? 0 : (m.captured(7) + QStringLiteral("000")).left(3).toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msec);
    if (!date.isValid() || !time.isValid())
        return JekyllValue::string(text);  // Psych's Time.utc raises ArgumentError and keeps the string
    const QString zone = m.captured(8);
    int offset = 0;  // no zone and `Z` both mean UTC
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        static const QRegularExpression tz(QStringLiteral("^([+\\-]?\\d{1,2}):?(\\d{1,2})?$"));
        const QRegularExpressionMatch z = tz.match(zone);
        if (!z.hasMatch())
            return JekyllValue::string(text);
        const int hours = z.captured(1).toInt();
        const int minutes = z.captured(2).toInt();
        offset = hours * 3600 + (hours < 0 || zone.startsWith(QLatin1Char('-')) ? -minutes : minutes) * 60;
    }
    JekyllValue value;
    value.type = JekyllValue::Type::Time;
    value.time = QDateTime(date, time, Qt::OffsetFromUTC, offset);
    value.zoneless = zone.isEmpty();
    const QString sign = offset < 0 ? QStringLiteral("-") : QStringLiteral("+");
    const QString zoneText = zone == QLatin1String("Z")
                                 ? QStringLiteral("UTC")
                                 : sign + QStringLiteral("%1%2")
                                              .arg(std::abs(offset) / 3600, 2, 10, QLatin1Char('0'))
                                              .arg(std::abs(offset) % 3600 / 60, 2, 10, QLatin1Char('0'));
    value.text = value.time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss ")) + zoneText;
    return value;
}

JekyllValue fromNode(const YAML::Node &node, QVector<YAML::Node> &stack);

JekyllValue scalarValue(const YAML::Node &node) {
    const std::string &tag = node.Tag();
    const QString text = toQString(node.Scalar());
    if (tag == "?") {
        QString error;
        JekyllValue value = PsychYaml::resolvePlain(text, &error);
        if (!error.isEmpty())
            throw Refused{error, node.Mark()};
        return value;
    }
    if (tag == kIntTag) {
        if (const auto n = rubyInteger(text))
            return intValue(*n);
    }
    if (tag == kFloatTag) {
        bool ok = false;
        const double d = QString(text).remove(QLatin1Char('_')).toDouble(&ok);
        if (ok)
            return floatValue(d);
    }
    if (tag == "tag:yaml.org,2002:bool" || tag == "tag:yaml.org,2002:null" ||
        tag == "tag:yaml.org,2002:timestamp") {
        // Psych resolves these tags by the text's own form (`!!bool yes` is true, `!!null ''` is nil).
        QString error;
        const JekyllValue value = PsychYaml::resolvePlain(text, &error);
        if (error.isEmpty())
            return value;
    }
    if (tag == "tag:yaml.org,2002:binary")
        return JekyllValue::string(QString::fromUtf8(QByteArray::fromBase64(text.toLatin1())));
    if (tag.rfind("!ruby/", 0) == 0 || tag.rfind("tag:ruby.yaml.org", 0) == 0)
        throw Refused{QCoreApplication::translate("PsychYaml", "Tried to load unspecified class (tag %1)")
                          .arg(toQString(tag)),
                      node.Mark()};
    // Quoted, block and other tagged scalars are strings.
    return JekyllValue::string(text);
}

void mergeInto(JekyllValue &map, const JekyllValue &other) {
    for (const auto &entry : other.entries)
        map.set(entry.first, entry.second);
}

JekyllValue mapValue(const YAML::Node &node, QVector<YAML::Node> &stack) {
    JekyllValue value;
    value.type = JekyllValue::Type::Map;
    for (const auto &entry : node) {
        const bool mergeKey =
            entry.first.IsScalar() && entry.first.Tag() == "?" && entry.first.Scalar() == "<<";
        const JekyllValue child = fromNode(entry.second, stack);
        if (mergeKey && child.isMap()) {
            mergeInto(value, child);
            continue;
        }
        if (mergeKey && child.isList()) {
            JekyllValue merged;
            merged.type = JekyllValue::Type::Map;
            for (auto it = child.items.crbegin(); it != child.items.crend(); ++it)
                mergeInto(merged, *it);
            mergeInto(value, merged);
            continue;
        }
        const JekyllValue key = fromNode(entry.first, stack);
        value.set(key.toRubyString(), child);
    }
    return value;
}

JekyllValue fromNode(const YAML::Node &node, QVector<YAML::Node> &stack) {
    switch (node.Type()) {
        case YAML::NodeType::Undefined:
        case YAML::NodeType::Null:
            return {};
        case YAML::NodeType::Scalar:
            return scalarValue(node);
        case YAML::NodeType::Sequence:
        case YAML::NodeType::Map: {
            // An alias of a node that contains it (`a: &x [*x]`) would recurse for ever.
            if (node.Tag().rfind("!ruby/", 0) == 0)
                throw Refused{
                    QCoreApplication::translate("PsychYaml", "Tried to load unspecified class (tag %1)")
                        .arg(toQString(node.Tag())),
                    node.Mark()};
            for (const YAML::Node &open : stack) {
                if (open.is(node))
                    throw Refused{QCoreApplication::translate("PsychYaml", "a recursive alias"), node.Mark()};
            }
            stack.append(node);
            JekyllValue value;
            if (node.IsMap()) {
                value = mapValue(node, stack);
            } else {
                value.type = JekyllValue::Type::List;
                for (const YAML::Node &item : node)
                    value.items.append(fromNode(item, stack));
            }
            stack.removeLast();
            return value;
        }
    }
    return {};
}

}  // namespace

QString PsychYaml::rubyFloat(double d) {
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d < 0 ? QStringLiteral("-Infinity") : QStringLiteral("Infinity");
    const double magnitude = std::fabs(d);
    if (d != 0 && (magnitude >= 1e16 || magnitude < 1e-4)) {
        QString s = QString::number(d, 'e', QLocale::FloatingPointShortest);  // "1e+20", "1.5e-05"
        const qsizetype e = s.indexOf(QLatin1Char('e'));
        QString mantissa = s.left(e);
        if (!mantissa.contains(QLatin1Char('.')))
            mantissa += QLatin1String(".0");
        QString exponent = s.mid(e + 1);
        const QChar sign = exponent.front();
        exponent.remove(0, 1);
        while (exponent.size() < 2)
            exponent.prepend(QLatin1Char('0'));
        return mantissa + QLatin1Char('e') + sign + exponent;
    }
    QString s = QString::number(d, 'f', QLocale::FloatingPointShortest);
    if (!s.contains(QLatin1Char('.')))
        s += QLatin1String(".0");
    return s;
}

JekyllValue PsychYaml::resolvePlain(const QString &text, QString *error) {
    if (text.isEmpty())
        return {};
    if (looksLikeText(text)) {
        if (text.size() > 5 || matches(text, "^(?i)[^ytonf~]"))
            return JekyllValue::string(text);
        if (text == QLatin1String("~") || matches(text, "^(?i)null$"))
            return {};
        JekyllValue value;
        value.type = JekyllValue::Type::Bool;
        if (matches(text, "^(?i)(yes|true|on)$")) {
            value.boolean = true;
            value.text = QStringLiteral("true");
            return value;
        }
        if (matches(text, "^(?i)(no|false|off)$")) {
            value.text = QStringLiteral("false");
            return value;
        }
        return JekyllValue::string(text);
    }
    if (matches(text,
                "^-?\\d{4}-\\d{1,2}-\\d{1,2}(?:[Tt]|\\s+)\\d{1,2}:\\d\\d:\\d\\d(?:\\.\\d*)?(?:\\s*(?:Z|[-+]"
                "\\d{1,2}:?(?:\\d\\d)?))?$"))
        return timeValue(text);
    if (matches(text, "^\\d{4}-(?:1[012]|0\\d|\\d)-(?:[12]\\d|3[01]|0\\d|\\d)$")) {
        const QStringList parts = text.split(QLatin1Char('-'));
        const QDate date(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
        if (!date.isValid())
            return JekyllValue::string(text);
        JekyllValue value;
        value.type = JekyllValue::Type::Date;
        value.date = date;
        value.text = date.toString(QStringLiteral("yyyy-MM-dd"));
        return value;
    }
    if (matches(text, "^(?i)\\+?\\.inf$"))
        return floatValue(INFINITY);
    if (matches(text, "^(?i)-\\.inf$"))
        return floatValue(-INFINITY);
    if (matches(text, "^(?i)\\.nan$"))
        return floatValue(NAN);
    if (matches(text, "^:.")) {
        *error = tr("Tried to load unspecified class: Symbol (`%1`; quote it to make it text)").arg(text);
        return {};
    }
    if (matches(text, "^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$")) {
        const QStringList parts = text.split(QLatin1Char(':'));
        qlonglong total = 0;
        for (int e = 0; e < parts.size(); ++e) {
            qlonglong n = QString(parts[e]).remove(QLatin1Char('_')).toLongLong();
            for (int p = std::abs(e - 2); p > 0; --p)
                n *= 60;
            total += n;
        }
        return intValue(total);
    }
    if (matches(text, "^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}\\.[0-9_]*$")) {
        const QStringList parts = text.split(QLatin1Char(':'));
        double total = 0;
        for (int e = 0; e < parts.size(); ++e)
            total += QString(parts[e]).remove(QLatin1Char('_')).toDouble() * std::pow(60.0, std::abs(e - 2));
        return floatValue(total);
    }
    if (matches(text, "^(?:[-+]?([0-9][0-9_,]*)?\\.[0-9]*([eE][-+][0-9]+)?)$")) {
        if (matches(text, "^[-+]?\\.$"))
            return JekyllValue::string(text);
        QString cleaned = text;
        cleaned.remove(QLatin1Char(',')).remove(QLatin1Char('_'));
        cleaned.replace(QRegularExpression(QStringLiteral("\\.([Ee]|$)")), QStringLiteral("\\1"));
        bool ok = false;
        const double d = cleaned.toDouble(&ok);
        return ok ? floatValue(d) : JekyllValue::string(text);
    }
    if (matches(text,
                "^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-"
                "F_,]+)$")) {
        if (const auto n = rubyInteger(text))
            return intValue(*n);
    }
    return JekyllValue::string(text);
}

PsychYaml::Loaded PsychYaml::load(const QByteArray &yaml) {
    Loaded loaded;
    try {
        const YAML::Node root = YAML::Load(std::string(yaml.constData(), static_cast<size_t>(yaml.size())));
        QVector<YAML::Node> stack;
        loaded.value = fromNode(root, stack);
    } catch (const YAML::Exception &e) {
        Diagnostic d;
        d.line = e.mark.is_null() ? 0 : e.mark.line + 1;
        d.column = e.mark.is_null() ? 0 : e.mark.column + 1;
        d.message = toQString(e.msg);
        loaded.error = d;
    } catch (const Refused &refused) {
        Diagnostic d;
        d.line = refused.mark.is_null() ? 0 : refused.mark.line + 1;
        d.column = refused.mark.is_null() ? 0 : refused.mark.column + 1;
        d.message = refused.message;
        loaded.error = d;
    }
    return loaded;
}
