#include "render/standalonepage.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace {

QString decodeAttribute(QString value) {
    value.replace(QLatin1String("&quot;"), QLatin1String("\""));
    value.replace(QLatin1String("&#39;"), QLatin1String("'"));
    value.replace(QLatin1String("&lt;"), QLatin1String("<"));
    value.replace(QLatin1String("&gt;"), QLatin1String(">"));
    value.replace(QLatin1String("&nbsp;"), QString(QChar(0xa0)));
    value.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return value;
}

// A file name that is safe in any file system and needs no escaping in a URL.
QString safeName(const QString &name) {
    QString out;
    for (const QChar c : name)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') ||
                       c == QLatin1Char('-') || c == QLatin1Char('_')
                   ? c
                   : QLatin1Char('-');
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    return out.isEmpty() ? QStringLiteral("file") : out;
}

// Gives each URL of the preview's scheme its one file name in the asset folder.
class AssetNames {
public:
    explicit AssetNames(const StandalonePage::Input &input)
        : m_input(input), m_prefix(QString::fromLatin1(QUrl::toPercentEncoding(input.assetFolder)) + '/') {}

    // What to write in place of `value` (a URL as the page has it, relative to `base`); empty to keep it.
    QString refer(const QString &value, const QUrl &base) {
        const QUrl url = base.resolved(QUrl(value.trimmed()));
        if (url.scheme() != m_input.scheme || (m_input.available && !m_input.available(url)))
            return QString();
        const QString key = url.toString(QUrl::RemoveFragment);
        auto it = m_names.constFind(key);
        if (it == m_names.cend())
            it = m_names.insert(key, uniqueName(url));
        return m_prefix + it.value();
    }

    QVector<StandalonePage::Asset> assets() const {
        QVector<StandalonePage::Asset> out;
        for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
            out.append({QUrl(it.key()), it.value()});
        return out;
    }

private:
    QString uniqueName(const QUrl &url) {
        const QString name = safeName(QFileInfo(url.path()).fileName());
        const QFileInfo info(name);
        const QString stem = info.completeBaseName().isEmpty() ? name : info.completeBaseName();
        const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
        QString candidate = name;
        for (int n = 2; m_used.contains(candidate.toLower()); ++n)
            candidate = QStringLiteral("%1-%2%3").arg(stem).arg(n).arg(suffix);
        m_used.insert(candidate.toLower());
        return candidate;
    }

    const StandalonePage::Input &m_input;
    QString m_prefix;
    QHash<QString, QString> m_names;
    QSet<QString> m_used;
};

// Every url(...) in CSS text (or in HTML, where the quotes may be &quot;) that names a file of ours.
QString rewriteCssUrls(const QString &text, const QUrl &base, AssetNames &names) {
    static const QRegularExpression cssUrl(QStringLiteral(R"(url\(\s*(&quot;|["']?)([^"')]*?)\1\s*\))"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = cssUrl.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString to = names.refer(decodeAttribute(m.captured(2)), base);
        if (to.isEmpty())
            continue;
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += QStringLiteral("url(%1)").arg(to);  // safe names, percent-encoded: no quotes needed
        last = m.capturedEnd();
    }
    return out + text.mid(last);
}

QString rewriteAttributes(const QString &html, const QUrl &base, AssetNames &names) {
    static const QRegularExpression attribute(QStringLiteral(R"((\s(src|poster|srcset)=")([^"]*)("))"),
                                              QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype last = 0;
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString value = decodeAttribute(m.captured(3));
        QString replaced;
        if (m.captured(2).compare(QLatin1String("srcset"), Qt::CaseInsensitive) == 0) {
            QStringList candidates;
            bool changed = false;
            for (const QString &candidate : value.split(QLatin1Char(','))) {
                const QString trimmed = candidate.trimmed();
                const qsizetype space = trimmed.indexOf(QLatin1Char(' '));
                const QString url = space < 0 ? trimmed : trimmed.left(space);
                const QString to = names.refer(url, base);
                changed = changed || !to.isEmpty();
                candidates << (to.isEmpty() ? trimmed : to + (space < 0 ? QString() : trimmed.mid(space)));
            }
            if (changed)
                replaced = candidates.join(QStringLiteral(", ")).toHtmlEscaped();
        } else {
            replaced = names.refer(value, base);
        }
        if (replaced.isEmpty())
            continue;
        out += QStringView(html).mid(last, m.capturedStart(3) - last);
        out += replaced;
        last = m.capturedEnd(3);
    }
    return out + html.mid(last);
}

}  // namespace

QString StandalonePage::contentSecurityPolicy() {
    return QStringLiteral(
        "script-src 'none'; object-src 'none'; frame-src 'none'; child-src 'none'; "
        "worker-src 'none'; base-uri 'none'; form-action 'none'");
}

StandalonePage::Output StandalonePage::build(const Input &input) {
    AssetNames names(input);
    QString html = input.html;

    // The preview's policy names its own scheme; the file gets one of its own, first in <head>.
    static const QRegularExpression policy(
        QStringLiteral(R"(<meta\s+http-equiv="Content-Security-Policy"[^>]*>\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    html.remove(policy);
    static const QRegularExpression stylesheetLink(
        QStringLiteral(R"(<link\b[^>]*\brel="stylesheet"[^>]*>\s*)"),
        QRegularExpression::CaseInsensitiveOption);
    html.remove(stylesheetLink);

    html = rewriteAttributes(html, input.baseUrl, names);
    html = rewriteCssUrls(html, input.baseUrl, names);

    QString head = QStringLiteral("\n<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n")
                       .arg(contentSecurityPolicy());
    static const QRegularExpression styleEnd(QStringLiteral("</(style)"),
                                             QRegularExpression::CaseInsensitiveOption);
    for (const Stylesheet &sheet : input.stylesheets) {
        QString css = rewriteCssUrls(sheet.text, sheet.url, names);
        css.replace(styleEnd, QStringLiteral("<\\/\\1"));  // the sheet cannot end its own <style>
        head += QStringLiteral("<style>\n%1\n</style>\n").arg(css);
    }
    static const QRegularExpression headOpen(QStringLiteral("<head\\b[^>]*>"),
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch open = headOpen.match(html);
    if (open.hasMatch())
        html.insert(open.capturedEnd(), head);
    else
        html.prepend(QStringLiteral("<head>%1</head>").arg(head));

    if (!input.title.isEmpty()) {
        static const QRegularExpression title(QStringLiteral("<title>[^<]*</title>"),
                                              QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch m = title.match(html);
        const QString element = QStringLiteral("<title>%1</title>").arg(input.title.toHtmlEscaped());
        if (m.hasMatch())
            html.replace(m.capturedStart(), m.capturedLength(), element);
    }
    if (!html.startsWith(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive))
        html.prepend(QStringLiteral("<!DOCTYPE html>\n"));
    return {html, names.assets()};
}
