#include "render/elementattributes.h"

#include <QRegularExpression>

namespace {

// kramdown 2.4's ALD_TYPE_ANY (parser/kramdown/extensions.rb) with its parts; `\w` is ASCII there as here.
const QRegularExpression &attributePattern() {
    static const QRegularExpression pattern(QStringLiteral(
        R"((?:\A|\s)(?:(\w[\w-]*)=("|')((?:\\\}|\\\2|[^\}\x02])*?)\2|(\w[\w-]*)|((?:#[A-Za-z][\w:-]*|\.[^\s\.#]+)+))(?=\s|\z))"));
    return pattern;
}

const QRegularExpression &idOrClassPattern() {
    static const QRegularExpression pattern(QStringLiteral(R"(#([A-Za-z][\w:-]*)|\.([^\s\.#]+))"));
    return pattern;
}

}  // namespace

ElementAttributes ElementAttributes::parse(const QByteArray &listContent) {
    ElementAttributes attributes;
    const QString text = QString::fromUtf8(listContent);
    if (text.trimmed().isEmpty() || text.trimmed() == QLatin1String(":"))
        return attributes;
    QRegularExpressionMatchIterator matches = attributePattern().globalMatch(text);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        if (match.capturedLength(4) > 0) {
            attributes.m_refs.append(match.captured(4).toUtf8());
        } else if (match.capturedLength(5) > 0) {
            QRegularExpressionMatchIterator parts = idOrClassPattern().globalMatch(match.captured(5));
            while (parts.hasNext()) {
                const QRegularExpressionMatch part = parts.next();
                if (part.capturedLength(2) > 0)
                    attributes.addClasses(part.captured(2).toUtf8());
                else
                    attributes.set("id", part.captured(1).toUtf8());
            }
        } else if (match.capturedLength(1) > 0) {
            QString value = match.captured(3);
            const QString separator = match.captured(2);
            value.replace(QLatin1String("\\}"), QLatin1String("}"));
            value.replace(QLatin1Char('\\') + separator, separator);
            attributes.set(match.captured(1).toUtf8(), value.toUtf8());
        }
    }
    return attributes;
}

bool ElementAttributes::contains(const QByteArray &name) const {
    for (const auto &item : m_items) {
        if (item.first == name)
            return true;
    }
    return false;
}

QByteArray ElementAttributes::value(const QByteArray &name) const {
    for (const auto &item : m_items) {
        if (item.first == name)
            return item.second;
    }
    return {};
}

void ElementAttributes::set(const QByteArray &name, const QByteArray &value) {
    for (auto &item : m_items) {
        if (item.first == name) {
            item.second = value;
            return;
        }
    }
    m_items.append({name, value});
}

void ElementAttributes::addClasses(const QByteArray &classes) {
    const QByteArray old = value("class");
    set("class", old.isEmpty() ? classes : old + ' ' + classes);
}

void ElementAttributes::merge(const ElementAttributes &other,
                              const QVector<QPair<QByteArray, ElementAttributes>> &definitions) {
    for (const QByteArray &ref : other.m_refs) {
        for (const auto &definition : definitions) {
            if (definition.first == ref) {
                merge(definition.second, definitions);
                break;
            }
        }
    }
    m_refs += other.m_refs;
    for (const auto &item : other.m_items) {
        if (item.first == "class")
            addClasses(item.second);
        else
            set(item.first, item.second);
    }
}

void ElementAttributes::remove(const QByteArray &name) {
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).first == name) {
            m_items.remove(i);
            return;
        }
    }
}

QByteArray ElementAttributes::html() const {
    QByteArray html;
    for (const auto &item : m_items) {
        if (item.first == "id" && item.second.trimmed().isEmpty())
            continue;
        html += ' ' + item.first + "=\"" + escaped(item.second) + '"';
    }
    return html;
}

namespace {

// REXML's REFERENCE_RE, which kramdown leaves alone in attribute values: `&name;`, `&#123;`, `&#x1F;`.
qsizetype referenceLength(const QByteArray &text, qsizetype at) {
    static const QRegularExpression reference(
        QStringLiteral(R"(\A&(?:[\w:][\-\w\.:]*;|#\d+;|#x[0-9a-fA-F]+;))"));
    const QRegularExpressionMatch match =
        reference.match(QString::fromLatin1(text.mid(at, 64)), 0, QRegularExpression::NormalMatch);
    return match.hasMatch() ? match.capturedLength(0) : 0;
}

}  // namespace

QByteArray ElementAttributes::escaped(const QByteArray &value) {
    QByteArray out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char c = value.at(i);
        switch (c) {
            case '&': {
                const qsizetype reference = referenceLength(value, i);
                if (reference > 0) {
                    out += value.mid(i, reference);
                    i += reference - 1;
                } else {
                    out += "&amp;";
                }
                break;
            }
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '\0':
                // As cmark-gfm reads a NUL; the HTML also goes into cmark's C strings, which a NUL would cut.
                out += "\xEF\xBF\xBD";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}
