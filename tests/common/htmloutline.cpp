#include "htmloutline.h"

#include <QHash>
#include <QSet>

namespace {

// Block-level elements: where a browser breaks the line, so text on either side never runs together.
const QSet<QString> &blockElements() {
    static const QSet<QString> names{
        QStringLiteral("address"),    QStringLiteral("article"), QStringLiteral("aside"),
        QStringLiteral("blockquote"), QStringLiteral("br"),      QStringLiteral("caption"),
        QStringLiteral("dd"),         QStringLiteral("details"), QStringLiteral("div"),
        QStringLiteral("dl"),         QStringLiteral("dt"),      QStringLiteral("fieldset"),
        QStringLiteral("figcaption"), QStringLiteral("figure"),  QStringLiteral("footer"),
        QStringLiteral("form"),       QStringLiteral("h1"),      QStringLiteral("h2"),
        QStringLiteral("h3"),         QStringLiteral("h4"),      QStringLiteral("h5"),
        QStringLiteral("h6"),         QStringLiteral("header"),  QStringLiteral("hr"),
        QStringLiteral("iframe"),     QStringLiteral("li"),      QStringLiteral("main"),
        QStringLiteral("nav"),        QStringLiteral("ol"),      QStringLiteral("p"),
        QStringLiteral("pre"),        QStringLiteral("section"), QStringLiteral("summary"),
        QStringLiteral("table"),      QStringLiteral("tbody"),   QStringLiteral("td"),
        QStringLiteral("tfoot"),      QStringLiteral("th"),      QStringLiteral("thead"),
        QStringLiteral("tr"),         QStringLiteral("ul")};
    return names;
}

// The named references the two renderers and the corpus's raw HTML use; an unknown name stays as written.
const QHash<QString, QString> &namedReferences() {
    static const QHash<QString, QString> table{{QStringLiteral("amp"), QStringLiteral("&")},
                                               {QStringLiteral("lt"), QStringLiteral("<")},
                                               {QStringLiteral("gt"), QStringLiteral(">")},
                                               {QStringLiteral("quot"), QStringLiteral("\"")},
                                               {QStringLiteral("apos"), QStringLiteral("'")},
                                               {QStringLiteral("nbsp"), QStringLiteral("\u00a0")},
                                               {QStringLiteral("copy"), QStringLiteral("©")},
                                               {QStringLiteral("reg"), QStringLiteral("®")},
                                               {QStringLiteral("trade"), QStringLiteral("™")},
                                               {QStringLiteral("hellip"), QStringLiteral("…")},
                                               {QStringLiteral("mdash"), QStringLiteral("—")},
                                               {QStringLiteral("ndash"), QStringLiteral("–")},
                                               {QStringLiteral("lsquo"), QStringLiteral("‘")},
                                               {QStringLiteral("rsquo"), QStringLiteral("’")},
                                               {QStringLiteral("ldquo"), QStringLiteral("“")},
                                               {QStringLiteral("rdquo"), QStringLiteral("”")},
                                               {QStringLiteral("sbquo"), QStringLiteral("‚")},
                                               {QStringLiteral("bdquo"), QStringLiteral("„")},
                                               {QStringLiteral("laquo"), QStringLiteral("«")},
                                               {QStringLiteral("raquo"), QStringLiteral("»")},
                                               {QStringLiteral("times"), QStringLiteral("×")},
                                               {QStringLiteral("divide"), QStringLiteral("÷")},
                                               {QStringLiteral("deg"), QStringLiteral("°")},
                                               {QStringLiteral("middot"), QStringLiteral("·")},
                                               {QStringLiteral("bull"), QStringLiteral("•")},
                                               {QStringLiteral("para"), QStringLiteral("¶")},
                                               {QStringLiteral("sect"), QStringLiteral("§")},
                                               {QStringLiteral("euro"), QStringLiteral("€")},
                                               {QStringLiteral("pound"), QStringLiteral("£")},
                                               {QStringLiteral("yen"), QStringLiteral("¥")},
                                               {QStringLiteral("cent"), QStringLiteral("¢")},
                                               {QStringLiteral("shy"), QStringLiteral("\u00ad")},
                                               {QStringLiteral("larr"), QStringLiteral("←")},
                                               {QStringLiteral("rarr"), QStringLiteral("→")},
                                               {QStringLiteral("uarr"), QStringLiteral("↑")},
                                               {QStringLiteral("darr"), QStringLiteral("↓")},
                                               {QStringLiteral("harr"), QStringLiteral("↔")},
                                               {QStringLiteral("hearts"), QStringLiteral("♥")},
                                               {QStringLiteral("zwj"), QStringLiteral("\u200d")},
                                               {QStringLiteral("zwnj"), QStringLiteral("\u200c")},
                                               {QStringLiteral("thinsp"), QStringLiteral("\u2009")}};
    return table;
}

bool isAsciiSpace(QChar c) {
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
           c == QLatin1Char('\r') || c == QLatin1Char('\f');
}

// Decodes the character reference at text[at] ('&'); returns how many characters it took (0: not one).
int decodeReference(const QString &text, int at, QString *out) {
    const int semicolon = text.indexOf(QLatin1Char(';'), at + 1);
    if (semicolon < 0 || semicolon - at > 32)
        return 0;
    const QString name = text.mid(at + 1, semicolon - at - 1);
    if (name.startsWith(QLatin1Char('#'))) {
        bool ok = false;
        const bool hex = name.size() > 1 && (name[1] == QLatin1Char('x') || name[1] == QLatin1Char('X'));
        const uint code = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
        if (!ok || code == 0 || code > 0x10FFFF)
            return 0;
        const char32_t c = code;
        out->append(QString::fromUcs4(&c, 1));
        return semicolon - at + 1;
    }
    const auto found = namedReferences().constFind(name);
    if (found == namedReferences().constEnd())
        return 0;
    out->append(found.value());
    return semicolon - at + 1;
}

QString decoded(const QString &raw) {
    QString out;
    out.reserve(raw.size());
    for (int i = 0; i < raw.size(); ++i) {
        if (raw[i] == QLatin1Char('&')) {
            const int used = decodeReference(raw, i, &out);
            if (used > 0) {
                i += used - 1;
                continue;
            }
        }
        out.append(raw[i]);
    }
    return out;
}

QString collapsed(const QString &text) {
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (isAsciiSpace(c)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(QLatin1Char(' '));
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

struct Tag {
    QString name;
    bool closing = false;
    QString id;
    QString classes;
    int end = 0;  // index just past '>'
};

// Reads the tag at html[at] ('<' then a letter or '/'); attribute values may hold '>' inside quotes.
Tag readTag(const QString &html, int at) {
    Tag tag;
    int i = at + 1;
    if (i < html.size() && html[i] == QLatin1Char('/')) {
        tag.closing = true;
        ++i;
    }
    const int nameStart = i;
    while (i < html.size() && (html[i].isLetterOrNumber() || html[i] == QLatin1Char('-')))
        ++i;
    tag.name = html.mid(nameStart, i - nameStart).toLower();
    while (i < html.size() && html[i] != QLatin1Char('>')) {
        if (isAsciiSpace(html[i]) || html[i] == QLatin1Char('/')) {
            ++i;
            continue;
        }
        const int attrStart = i;
        while (i < html.size() && !isAsciiSpace(html[i]) && html[i] != QLatin1Char('=') &&
               html[i] != QLatin1Char('>'))
            ++i;
        const QString attr = html.mid(attrStart, i - attrStart).toLower();
        QString value;
        if (i < html.size() && html[i] == QLatin1Char('=')) {
            ++i;
            if (i < html.size() && (html[i] == QLatin1Char('"') || html[i] == QLatin1Char('\''))) {
                const QChar quote = html[i];
                const int close = html.indexOf(quote, i + 1);
                const int stop = close < 0 ? html.size() : close;
                value = html.mid(i + 1, stop - i - 1);
                i = stop + 1;
            } else {
                const int valueStart = i;
                while (i < html.size() && !isAsciiSpace(html[i]) && html[i] != QLatin1Char('>'))
                    ++i;
                value = html.mid(valueStart, i - valueStart);
            }
        }
        if (attr == QLatin1String("id"))
            tag.id = decoded(value);
        else if (attr == QLatin1String("class"))
            tag.classes = decoded(value);
    }
    tag.end = qMin(i + 1, html.size());
    return tag;
}

}  // namespace

HtmlOutline HtmlOutline::of(const QByteArray &htmlUtf8) {
    const QString html = QString::fromUtf8(htmlUtf8);
    HtmlOutline outline;
    QString text;
    int i = 0;
    while (i < html.size()) {
        const QChar c = html[i];
        if (c != QLatin1Char('<')) {
            const int next = html.indexOf(QLatin1Char('<'), i);
            const int stop = next < 0 ? html.size() : next;
            text += decoded(html.mid(i, stop - i));
            i = stop;
            continue;
        }
        if (html.mid(i, 4) == QLatin1String("<!--")) {
            const int close = html.indexOf(QLatin1String("-->"), i + 4);
            i = close < 0 ? html.size() : close + 3;
            continue;
        }
        const QChar after = i + 1 < html.size() ? html[i + 1] : QChar();
        if (after == QLatin1Char('!') || after == QLatin1Char('?')) {
            const int close = html.indexOf(QLatin1Char('>'), i);
            i = close < 0 ? html.size() : close + 1;
            continue;
        }
        const bool closing = after == QLatin1Char('/');
        const QChar first = closing && i + 2 < html.size() ? html[i + 2] : after;
        if (!first.isLetter() || first.unicode() > 127) {
            text += c;  // a '<' that starts no tag is text
            ++i;
            continue;
        }
        const Tag tag = readTag(html, i);
        i = tag.end;
        if (blockElements().contains(tag.name))
            text += QLatin1Char(' ');
        if (tag.closing)
            continue;
        if (tag.name != QLatin1String("span")) {
            outline.elements.append(tag.name);
            outline.hints.append((tag.id + QLatin1Char(' ') + tag.classes).trimmed());
        }
        if (tag.name.size() == 2 && tag.name[0] == QLatin1Char('h') && tag.name[1] >= QLatin1Char('1') &&
            tag.name[1] <= QLatin1Char('6'))
            outline.headingIds.append(tag.id);
        if (tag.name == QLatin1String("script") || tag.name == QLatin1String("style") ||
            tag.name == QLatin1String("template")) {
            const int close = html.indexOf(QLatin1String("</") + tag.name, i, Qt::CaseInsensitive);
            i = close < 0 ? html.size() : close;
        }
    }
    outline.text = collapsed(text);
    return outline;
}
