#include "yamlscalar.h"

#include <QRegularExpression>

#include <algorithm>

namespace {

bool matches(const QRegularExpression &re, const QString &text) {
    return re.match(text).hasMatch();
}

}  // namespace

ScalarType YamlScalar::plainType(const QString &text) {
    static const QRegularExpression nullRe(QStringLiteral("^(~|null|Null|NULL)?$"));
    static const QRegularExpression boolRe(QStringLiteral("^(yes|no|true|false|on|off)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression intRe(QStringLiteral(
        "^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0b[01_]+|0o[0-7]+|[1-9][0-9_]*(:[0-5]?[0-9])+)$"));
    static const QRegularExpression floatRe(
        QStringLiteral("^([-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+|["
                       "-+]?\\.(inf|Inf|INF)|"
                       "\\.(nan|NaN|NAN))$"));
    static const QRegularExpression timestampRe(QStringLiteral(
        "^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ]|[ \\t]+)?([0-9]{1,2}:[0-9]{2}:[0-9]{2}(\\.[0-9]*)?)?"
        "([ \\t]*(Z|[-+][0-9]{1,2}(:?[0-9]{2})?))?$"));
    if (matches(nullRe, text))
        return ScalarType::Null;
    if (matches(boolRe, text))
        return ScalarType::Bool;
    if (matches(intRe, text))
        return ScalarType::Integer;
    if (text != QLatin1String(".") && matches(floatRe, text))
        return ScalarType::Float;
    if (matches(timestampRe, text))
        return ScalarType::Timestamp;
    return ScalarType::String;
}

bool YamlScalar::canBePlain(const QString &text, bool inFlow) {
    if (text.isEmpty() || text.front().isSpace() || text.back().isSpace())
        return false;
    const QChar first = text.front();
    static const QString indicators = QStringLiteral("#&*!|>'\"%@`,[]{}");
    if (indicators.contains(first))
        return false;
    if ((first == QLatin1Char('-') || first == QLatin1Char('?') || first == QLatin1Char(':')) &&
        (text.size() == 1 || text.at(1).isSpace() ||
         (inFlow && QStringLiteral(",[]{}").contains(text.at(1)))))
        return false;
    if (text == QLatin1String("---") || text == QLatin1String("..."))
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            return false;
        if (c.unicode() < 0x20 || c.unicode() == 0x7F || c == QChar(0xFEFF))
            return false;
        if (c == QLatin1Char(':') && (i + 1 == text.size() || text.at(i + 1).isSpace() ||
                                      (inFlow && QStringLiteral(",[]{}").contains(text.at(i + 1)))))
            return false;
        if (c == QLatin1Char('#') && i > 0 && text.at(i - 1).isSpace())
            return false;
        if (inFlow && QStringLiteral(",[]{}").contains(c))
            return false;
    }
    return true;
}

QString YamlScalar::singleQuoted(const QString &text) {
    QString copy = text;
    return QLatin1Char('\'') + copy.replace(QLatin1Char('\''), QStringLiteral("''")) + QLatin1Char('\'');
}

QString YamlScalar::doubleQuoted(const QString &text) {
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : text) {
        switch (c.unicode()) {
            case '"':
                out += QStringLiteral("\\\"");
                break;
            case '\\':
                out += QStringLiteral("\\\\");
                break;
            case '\n':
                out += QStringLiteral("\\n");
                break;
            case '\r':
                out += QStringLiteral("\\r");
                break;
            case '\t':
                out += QStringLiteral("\\t");
                break;
            case 0xFEFF:
                out += QStringLiteral("\\uFEFF");
                break;
            default:
                if (c.unicode() < 0x20 || c.unicode() == 0x7F)
                    out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
                else
                    out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString YamlScalar::inlineScalar(const QString &text, ScalarType type, ScalarStyle preferred, bool inFlow) {
    const bool singleFits = std::none_of(text.begin(), text.end(), [](QChar c) {
        return (c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F || c == QChar(0xFEFF);
    });
    if (preferred == ScalarStyle::SingleQuoted && singleFits)
        return singleQuoted(text);
    if (preferred == ScalarStyle::DoubleQuoted)
        return doubleQuoted(text);
    if ((canBePlain(text, inFlow) || (text.isEmpty() && type == ScalarType::Null)) && plainType(text) == type)
        return text;
    // Quotes are needed: double quotes read most naturally, single ones save escaping a text full of them.
    if (singleFits && text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\'')))
        return singleQuoted(text);
    return doubleQuoted(text);
}

bool YamlScalar::fitsLiteralBlock(const QString &text) {
    if (!text.contains(QLatin1Char('\n')) || text.endsWith(QStringLiteral("\n\n")))
        return false;
    bool hasText = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('\n'))
            continue;
        if ((c.unicode() < 0x20 && c != QLatin1Char('\t')) || c.unicode() == 0x7F || c == QChar(0xFEFF) ||
            c == QChar(0x2028) || c == QChar(0x2029) || c == QChar(0x85))
            return false;
        hasText = hasText || !c.isSpace();
    }
    return hasText;
}

QByteArray YamlScalar::literalBlock(const QString &text, int keyIndent, const QByteArray &eol) {
    QString body = text;
    body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    // Chomping: `|-` drops the final line break, `|` keeps one, `|+` keeps them all.
    QByteArray header("|");
    if (!body.endsWith(QLatin1Char('\n'))) {
        header += '-';
    } else {
        if (body.endsWith(QStringLiteral("\n\n")))
            header += '+';
        body.chop(1);
    }
    const QStringList lines = body.split(QLatin1Char('\n'));
    // YAML finds the indentation from the first non-empty line; one that starts with a space needs it stated.
    const auto firstText =
        std::find_if(lines.begin(), lines.end(), [](const QString &l) { return !l.isEmpty(); });
    if (firstText != lines.end() && firstText->startsWith(QLatin1Char(' ')))
        header.insert(1, '2');
    QByteArray out = header;
    const QByteArray pad(keyIndent + 2, ' ');
    for (const QString &line : lines) {
        out += eol;
        if (!line.isEmpty())
            out += pad + line.toUtf8();
    }
    return out;
}

bool YamlScalar::fitsFoldedBlock(const QString &text) {
    if (!text.contains(QLatin1Char('\n')) && !text.isEmpty() && !fitsLiteralBlock(text + QLatin1Char('\n')))
        return false;
    if (text.contains(QLatin1Char('\n')) && !fitsLiteralBlock(text))
        return false;
    const QString body = text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text;
    const QStringList lines = body.split(QLatin1Char('\n'));
    if (lines.constFirst().isEmpty() || lines.constLast().isEmpty())
        return false;
    for (const QString &line : lines) {
        if (line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t')))
            return false;
    }
    return true;
}

QByteArray YamlScalar::foldedBlock(const QString &text, int keyIndent, const QByteArray &eol) {
    const QString body = text.endsWith(QLatin1Char('\n')) ? text.chopped(1) : text;
    QByteArray out(text.endsWith(QLatin1Char('\n')) ? ">" : ">-");
    const QByteArray pad(keyIndent + 2, ' ');
    // Every line break of the text becomes an empty line: lines of text are written apart by one, and each
    // empty line of the text adds one.
    bool first = true;
    for (const QString &line : body.split(QLatin1Char('\n'))) {
        if (!first)
            out += eol;
        if (!line.isEmpty())
            out += eol + pad + line.toUtf8();
        first = false;
    }
    return out;
}
