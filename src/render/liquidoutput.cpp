#include "render/liquidoutput.h"

#include "render/liquidcontext.h"
#include "render/rubystrftime.h"

#include <QLocale>
#include <QStringList>
#include <QVector>

namespace {

// `site.*` names Jekyll's SiteDrop answers itself, from the whole site rather than from `_config.yml`.
bool isSiteDropName(const QString &name) {
    static const QStringList names = {
        QStringLiteral("posts"),      QStringLiteral("pages"),      QStringLiteral("static_files"),
        QStringLiteral("html_pages"), QStringLiteral("html_files"), QStringLiteral("collections"),
        QStringLiteral("documents"),  QStringLiteral("categories"), QStringLiteral("tags"),
        QStringLiteral("data"),       QStringLiteral("time"),       QStringLiteral("related_posts"),
        QStringLiteral("github"),     QStringLiteral("source"),     QStringLiteral("config")};
    return names.contains(name);
}

// `page.*` names Jekyll derives that the preview does not compute: printing nothing for them would hide that.
bool isUncomputedPageName(const QString &name) {
    static const QStringList names = {QStringLiteral("content"), QStringLiteral("excerpt"),
                                      QStringLiteral("next"),    QStringLiteral("previous"),
                                      QStringLiteral("output"),  QStringLiteral("related_posts")};
    return names.contains(name);
}

QString rubyTime(const JekyllValue &value) {
    const QDateTime &time = value.time;
    const QString clock = time.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (value.text.endsWith(QLatin1String(" UTC")))
        return clock + QLatin1String(" UTC");
    const int offset = time.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return clock + QStringLiteral(" %1%2%3")
                       .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                       .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                       .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

// How Liquid prints a value; nothing for a Hash (printed as Ruby's inspect, which nobody means to show).
std::optional<QString> printed(const JekyllValue &value) {
    switch (value.type) {
        case JekyllValue::Type::Null:
            return QString();
        case JekyllValue::Type::String:
            return value.text;
        case JekyllValue::Type::Date:
            return value.date.toString(Qt::ISODate);
        case JekyllValue::Type::Time:
            return rubyTime(value);
        case JekyllValue::Type::List: {
            QString joined;
            for (const JekyllValue &item : value.items) {
                const std::optional<QString> text = printed(item);
                if (!text)
                    return std::nullopt;
                joined += *text;
            }
            return joined;
        }
        case JekyllValue::Type::Map:
            return std::nullopt;
        default:
            return value.toRubyString();
    }
}

JekyllValue integer(qsizetype n) {
    JekyllValue value;
    value.type = JekyllValue::Type::Int;
    value.text = QString::number(n);
    return value;
}

class Evaluator {
public:
    Evaluator(const QString &expression, const LiquidContext &context)
        : m_s(expression), m_context(context) {}

    std::optional<JekyllValue> run() {
        std::optional<JekyllValue> value = primary();
        while (value) {
            skipSpace();
            if (atEnd())
                return value;
            if (!take(QLatin1Char('|')))
                return fail(QStringLiteral("not an expression the preview can evaluate"));
            value = filter(*value);
        }
        return std::nullopt;
    }

    QString reason() const { return m_reason; }

private:
    std::optional<JekyllValue> fail(const QString &reason) {
        if (m_reason.isEmpty())
            m_reason = reason;
        return std::nullopt;
    }
    void skipSpace() {
        while (m_i < m_s.size() && m_s.at(m_i).isSpace())
            ++m_i;
    }
    bool atEnd() const { return m_i >= m_s.size(); }
    bool take(QChar c) {
        skipSpace();
        if (atEnd() || m_s.at(m_i) != c)
            return false;
        ++m_i;
        return true;
    }
    QString identifier() {
        skipSpace();
        const qsizetype start = m_i;
        while (m_i < m_s.size() &&
               (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == QLatin1Char('_') ||
                (m_i > start && (m_s.at(m_i) == QLatin1Char('-') || m_s.at(m_i) == QLatin1Char('?')))))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }
    std::optional<QString> quoted() {
        skipSpace();
        if (atEnd() || (m_s.at(m_i) != QLatin1Char('\'') && m_s.at(m_i) != QLatin1Char('"')))
            return std::nullopt;
        const qsizetype close = m_s.indexOf(m_s.at(m_i), m_i + 1);
        if (close < 0)
            return std::nullopt;
        const QString text = m_s.mid(m_i + 1, close - m_i - 1);
        m_i = close + 1;
        return text;
    }

    std::optional<JekyllValue> primary() {
        if (const std::optional<QString> text = quoted())
            return JekyllValue::string(*text);
        const QString root = identifier();
        if (root.isEmpty())
            return fail(QStringLiteral("not an expression the preview can evaluate"));
        bool number = false;
        root.toLongLong(&number);
        if (number) {
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('.'))
                return fail(QStringLiteral("a decimal number is printed only by Jekyll"));
            return integer(root.toLongLong());
        }
        std::optional<JekyllValue> value = rootValue(root);
        while (value) {
            if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('.')) {
                ++m_i;
                const QString name = identifier();
                if (name.isEmpty())
                    return fail(QStringLiteral("not an expression the preview can evaluate"));
                value = member(*value, name);
            } else if (m_i < m_s.size() && m_s.at(m_i) == QLatin1Char('[')) {
                ++m_i;
                std::optional<JekyllValue> key = primary();
                if (!key || !take(QLatin1Char(']')))
                    return fail(QStringLiteral("not an expression the preview can evaluate"));
                value = index(*value, *key);
            } else {
                break;
            }
        }
        return value;
    }

    // The value of `root` with its first member (Jekyll's drops answer that one), or why not.
    std::optional<JekyllValue> rootValue(const QString &root) {
        if (root != QLatin1String("site") && root != QLatin1String("page"))
            return fail(QStringLiteral("`%1` is known only to Jekyll").arg(root));
        if (!take(QLatin1Char('.')))
            return fail(QStringLiteral("`%1` is known only to Jekyll").arg(root));
        const QString name = identifier();
        const QString shown = root + QLatin1Char('.') + name;
        if (root == QLatin1String("site")) {
            if (m_context.urls() == LiquidContext::Urls::SiteRoot &&
                (name == QLatin1String("url") || name == QLatin1String("baseurl")))
                return JekyllValue::string(QString());
            if (!m_context.hasSite() || isSiteDropName(name))
                return fail(QStringLiteral("`%1` is known only to Jekyll").arg(shown));
            const JekyllValue *value = m_context.site().isMap() ? m_context.site().find(name) : nullptr;
            return value ? *value : JekyllValue();
        }
        if (!m_context.hasPage() || isUncomputedPageName(name))
            return fail(QStringLiteral("`%1` is known only to Jekyll").arg(shown));
        const JekyllValue *value = m_context.page().find(name);
        return value ? *value : JekyllValue();
    }

    std::optional<JekyllValue> member(const JekyllValue &value, const QString &name) {
        if (value.isMap()) {
            const JekyllValue *found = value.find(name);
            return found ? *found : JekyllValue();
        }
        if (value.isList()) {
            if (name == QLatin1String("size"))
                return integer(value.items.size());
            if (name == QLatin1String("first"))
                return value.items.isEmpty() ? JekyllValue() : value.items.constFirst();
            if (name == QLatin1String("last"))
                return value.items.isEmpty() ? JekyllValue() : value.items.constLast();
        }
        if (value.isString() && name == QLatin1String("size"))
            return integer(value.text.size());
        return JekyllValue();
    }

    std::optional<JekyllValue> index(const JekyllValue &value, const JekyllValue &key) {
        if (key.type == JekyllValue::Type::String)
            return member(value, key.text);
        if (key.type != JekyllValue::Type::Int || !value.isList())
            return JekyllValue();
        qsizetype at = key.text.toLongLong();
        if (at < 0)
            at += value.items.size();
        return at >= 0 && at < value.items.size() ? value.items.at(at) : JekyllValue();
    }

    std::optional<JekyllValue> filter(const JekyllValue &input) {
        const QString name = identifier();
        QVector<JekyllValue> arguments;
        if (take(QLatin1Char(':'))) {
            do {
                std::optional<JekyllValue> argument = primary();
                if (!argument)
                    return std::nullopt;
                arguments.append(*argument);
            } while (take(QLatin1Char(',')));
        }
        const auto text = [](const JekyllValue &value) { return printed(value).value_or(QString()); };
        if ((name == QLatin1String("relative_url") || name == QLatin1String("absolute_url")) &&
            arguments.isEmpty()) {
            if (input.isNull())
                return input;
            return JekyllValue::string(name == QLatin1String("relative_url")
                                           ? m_context.relativeUrl(text(input))
                                           : m_context.absoluteUrl(text(input)));
        }
        if (name == QLatin1String("prepend") && arguments.size() == 1)
            return JekyllValue::string(text(arguments.first()) + text(input));
        if (name == QLatin1String("append") && arguments.size() == 1)
            return JekyllValue::string(text(input) + text(arguments.first()));
        if (name == QLatin1String("downcase") && arguments.isEmpty())
            return JekyllValue::string(text(input).toLower());
        if (name == QLatin1String("upcase") && arguments.isEmpty())
            return JekyllValue::string(text(input).toUpper());
        if ((name == QLatin1String("date_to_string") || name == QLatin1String("date_to_xml_schema")) &&
            arguments.isEmpty()) {
            if (input.isNull() || (input.isString() && input.text.isEmpty()))
                return input;
            if (input.type != JekyllValue::Type::Time && input.type != JekyllValue::Type::Date)
                return fail(QStringLiteral("filter `%1` of a text is not run by the preview").arg(name));
            const QDateTime time =
                input.type == JekyllValue::Type::Time ? input.time : input.date.startOfDay(Qt::UTC);
            if (name == QLatin1String("date_to_string"))
                return JekyllValue::string(QLocale::c().toString(time, QStringLiteral("dd MMM yyyy")));
            return JekyllValue::string(
                time.toString(Qt::ISODate).replace(QLatin1Char('Z'), QLatin1String("+00:00")));
        }
        if (name == QLatin1String("default") && arguments.size() == 1) {
            // Liquid's default: nil, false and empty strings or lists are replaced.
            const bool empty = !input.truthy() || (input.isString() && input.text.isEmpty()) ||
                               (input.isList() && input.items.isEmpty());
            return empty ? arguments.first() : input;
        }
        if (name == QLatin1String("strip") && arguments.isEmpty())
            return JekyllValue::string(text(input).trimmed());
        if (name == QLatin1String("capitalize") && arguments.isEmpty()) {
            const QString value = text(input);
            return JekyllValue::string(value.left(1).toUpper() + value.mid(1).toLower());
        }
        if (name == QLatin1String("size") && arguments.isEmpty())
            return integer(input.isList() ? input.items.size() : text(input).size());
        if (name == QLatin1String("date") && arguments.size() == 1) {
            const QString pattern = text(arguments.first());
            if (pattern.isEmpty() || input.isNull())
                return input;
            if (input.type == JekyllValue::Type::Time || input.type == JekyllValue::Type::Date) {
                const QDateTime time =
                    input.type == JekyllValue::Type::Time ? input.time : input.date.startOfDay(Qt::UTC);
                if (const std::optional<QString> formatted = RubyStrftime::format(time, pattern))
                    return JekyllValue::string(*formatted);
            }
        }
        return fail(QStringLiteral("filter `%1` is not run by the preview").arg(name));
    }

    const QString m_s;
    const LiquidContext &m_context;
    qsizetype m_i = 0;
    QString m_reason;
};

}  // namespace

LiquidOutput::Result LiquidOutput::evaluate(const QByteArray &expression, const LiquidContext &context) {
    Evaluator evaluator(QString::fromUtf8(expression), context);
    const std::optional<JekyllValue> value = evaluator.run();
    if (!value)
        return Result{std::nullopt, evaluator.reason()};
    const std::optional<QString> text = printed(*value);
    if (!text)
        return Result{std::nullopt, QStringLiteral("a map is printed only by Jekyll")};
    return Result{text->toUtf8(), QString()};
}
