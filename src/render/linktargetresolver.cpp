#include "render/linktargetresolver.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

namespace {

// Jekyll's relative_url: the base URL and the input joined with one slash each.
QString relativeUrl(const QString &baseurl, const QString &input) {
    QString path = input.startsWith(QLatin1Char('/')) ? input : QLatin1Char('/') + input;
    return baseurl + path;
}

// `a/./b/../c` -> `a/c`; `..` above the root stays at the root, as browsers resolve it.
QString normalized(const QString &path) {
    QStringList out;
    const QStringList parts = path.split(QLatin1Char('/'));
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString &part = parts[i];
        const bool last = i + 1 == parts.size();
        if (part == QLatin1String("..")) {
            if (out.size() > 1)
                out.removeLast();
            if (last)
                out.append(QString());
        } else if (part == QLatin1String(".")) {
            if (last)
                out.append(QString());
        } else if (!part.isEmpty() || i == 0 || last) {
            out.append(part);
        }
    }
    return out.join(QLatin1Char('/'));
}

bool hasScheme(const QString &target) {
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(target).hasMatch();
}

}  // namespace

LinkTargetResolver::LinkTargetResolver(const QString &baseurl, const QString &pageUrl)
    : m_baseurl(baseurl), m_pageUrl(pageUrl) {
    while (m_baseurl.endsWith(QLatin1Char('/')))
        m_baseurl.chop(1);
    if (!m_baseurl.isEmpty() && !m_baseurl.startsWith(QLatin1Char('/')))
        m_baseurl.prepend(QLatin1Char('/'));
}

QString LinkTargetResolver::expandLiquid(const QString &written, bool *ok) const {
    *ok = true;
    if (written.contains(QLatin1String("{%"))) {
        *ok = false;
        return QString();
    }
    static const QRegularExpression output(QStringLiteral("\\{\\{-?\\s*(.*?)\\s*-?\\}\\}"));
    static const QRegularExpression filtered(
        QStringLiteral("^(?:'([^']*)'|\"([^\"]*)\")\\s*\\|\\s*(relative_url|absolute_url)$"));
    QString expanded;
    qsizetype last = 0;
    for (auto it = output.globalMatch(written); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        expanded += written.mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        const QString expression = match.captured(1);
        if (expression == QLatin1String("site.baseurl")) {
            expanded += m_baseurl;
            continue;
        }
        if (expression == QLatin1String("site.url"))
            continue;  // the site's own address: what follows is a path of the site
        const QRegularExpressionMatch quoted = filtered.match(expression);
        if (!quoted.hasMatch()) {
            *ok = false;
            return QString();
        }
        const QString input = quoted.captured(1) + quoted.captured(2);
        if (hasScheme(input) || input.startsWith(QLatin1String("//")))
            expanded += input;
        else
            expanded += relativeUrl(m_baseurl, input);
    }
    expanded += written.mid(last);
    return expanded;
}

LinkTargetResolver::Target LinkTargetResolver::resolve(const QString &written) const {
    Target target;
    QString text = written.trimmed();
    if (text.startsWith(QLatin1Char('<')) && text.endsWith(QLatin1Char('>')))
        text = text.mid(1, text.size() - 2);
    bool ok = false;
    text = expandLiquid(text, &ok);
    if (!ok)
        return target;
    if (hasScheme(text) || text.startsWith(QLatin1String("//"))) {
        target.state = Target::State::External;
        return target;
    }
    return inSite(text, !text.startsWith(QLatin1Char('/')), false);
}

LinkTargetResolver::Target LinkTargetResolver::resolveField(const QString &written) const {
    Target target;
    bool ok = false;
    const QString text = expandLiquid(written.trimmed(), &ok);
    if (!ok)
        return target;
    if (hasScheme(text) || text.startsWith(QLatin1String("//"))) {
        target.state = Target::State::External;
        return target;
    }
    return inSite(text.startsWith(QLatin1Char('/')) ? text : QLatin1Char('/') + text, false, true);
}

LinkTargetResolver::Target LinkTargetResolver::inSite(QString path, bool relativeToPage,
                                                      bool fromField) const {
    Target target;
    // What the server answers does not depend on the fragment or the query.
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[#?]")));
    if (cut >= 0)
        path.truncate(cut);
    if (path.isEmpty())
        return target;  // a link within the page itself
    path = QUrl::fromPercentEncoding(path.toUtf8());
    if (relativeToPage) {
        if (m_pageUrl.isEmpty())
            return target;
        path = m_pageUrl.left(m_pageUrl.lastIndexOf(QLatin1Char('/')) + 1) + path;
    } else if (!m_baseurl.isEmpty()) {
        if (path == m_baseurl || path.startsWith(m_baseurl + QLatin1Char('/')))
            path = path.mid(m_baseurl.size());
        else if (!fromField)
            target.missesBaseurl = true;
    }
    if (path.isEmpty())
        path = QStringLiteral("/");
    target.state = Target::State::InSite;
    target.path = normalized(path);
    return target;
}
