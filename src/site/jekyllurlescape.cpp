#include "site/jekyllurlescape.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace {

// Addressable's character classes (addressable/uri.rb CharacterClasses) of the bytes a part keeps as they
// are.
bool isUnreserved(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
           c == '.' || c == '_' || c == '~';
}
bool isSubDelim(char c) {
    return QByteArrayView("!$&'()*+,;=").contains(c);
}
bool isPathChar(char c) {
    return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '/';
}
bool isQueryChar(char c) {
    return isPathChar(c) || c == '?';
}
bool isAuthorityChar(char c) {
    return isUnreserved(c) || isSubDelim(c) || c == ':' || c == '@' || c == '[' || c == ']';
}

QString encodePart(const QString &part, bool (*keeps)(char)) {
    const QByteArray utf8 = part.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() * 3);
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : utf8) {
        if (keeps(c)) {
            out.append(c);
        } else {
            const auto byte = static_cast<unsigned char>(c);
            out.append('%').append(hex[byte >> 4]).append(hex[byte & 0xF]);
        }
    }
    return QString::fromUtf8(out);
}

bool isFastPath(const QString &value) {
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool ok = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') ||
                        u == '.' || u == '/' || u == '-';
        if (!ok)
            return false;
    }
    return true;
}

// Addressable's URI.ip_based? schemes (its PORT_MAPPING): such a scheme needs a host or a path.
bool isIpBasedScheme(const QString &scheme) {
    static const QStringList schemes = {"http",   "https", "ftp",    "tftp", "sftp", "ssh",     "svn+ssh",
                                        "telnet", "nntp",  "gopher", "wais", "ldap", "prospero"};
    return schemes.contains(scheme.trimmed().toLower());
}

const QRegularExpression &portPattern() {
    static const QRegularExpression port(QStringLiteral(":([^:@\\[\\]]*?)$"),
                                         QRegularExpression::MultilineOption);
    return port;
}

bool isPortNumber(const QString &encoded) {
    static const QRegularExpression digits(QStringLiteral("^\\d+$"));
    return digits.match(QUrl::fromPercentEncoding(encoded.toUtf8())).hasMatch();
}

struct AuthorityParts {
    std::optional<QString> userinfo;
    QString host;
    std::optional<QString> port;
};

// Addressable::URI.parse's split of an authority (`user:password@host:port`).
AuthorityParts authorityParts(const QString &authority) {
    static const QRegularExpression userinfo(QStringLiteral("^([^\\[\\]]*)@"),
                                             QRegularExpression::MultilineOption);
    const QRegularExpression &port = portPattern();
    AuthorityParts parts;
    const auto userinfoMatch = userinfo.match(authority);
    if (userinfoMatch.hasMatch())
        parts.userinfo = userinfoMatch.captured(1);
    parts.host = authority;
    if (userinfoMatch.hasMatch())
        parts.host.remove(userinfoMatch.capturedStart(), userinfoMatch.capturedLength());
    const auto hostPort = port.match(parts.host);
    if (hostPort.hasMatch())
        parts.host.remove(hostPort.capturedStart(), hostPort.capturedLength());
    const auto portMatch = port.match(authority);
    if (portMatch.hasMatch() && !portMatch.captured(1).isEmpty())
        parts.port = portMatch.captured(1);
    return parts;
}

// Ruby's String#strip: ASCII white space and NUL only (QString::trimmed would also take U+00A0).
QString rubyStrip(const QString &text) {
    auto isSpace = [](QChar c) {
        return c.unicode() == 0 || c == QLatin1Char(' ') || (c.unicode() >= 9 && c.unicode() <= 13);
    };
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text.at(begin)))
        ++begin;
    while (end > begin && isSpace(text.at(end - 1)))
        --end;
    return text.mid(begin, end - begin);
}

// The authority as Addressable writes it back: user info without surrounding white space, the port as a
// number (0 dropped), after checking the host and the port.
Result<QString> rebuiltAuthority(const QString &authority) {
    const AuthorityParts parts = authorityParts(authority);
    static const QRegularExpression badHost(QStringLiteral("[<>{}/\\\\?#@\"\\s]"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    if (badHost.match(parts.host).hasMatch())
        return Result<QString>::failure(
            QCoreApplication::translate("JekyllUrlEscape", "invalid character in host"));
    QString out;
    if (parts.userinfo) {
        // user is `[^:]*`, password `:(.*)$`: a line break ends the password.
        const QString info = rubyStrip(*parts.userinfo);
        const qsizetype colon = info.indexOf(QLatin1Char(':'));
        QString rebuilt = info;
        if (colon >= 0) {
            const qsizetype lineBreak = info.indexOf(QLatin1Char('\n'), colon);
            rebuilt = lineBreak < 0 ? info : info.left(lineBreak);
        }
        out += rebuilt + QLatin1Char('@');
    }
    out += parts.host;
    if (parts.port) {
        if (!isPortNumber(*parts.port))
            return Result<QString>::failure(
                QCoreApplication::translate("JekyllUrlEscape", "invalid port number"));
        // Ruby's to_i of the digits, 0 meaning none; as text, so no length overflows.
        QString port = QUrl::fromPercentEncoding(parts.port->toUtf8());
        while (port.startsWith(QLatin1Char('0')))
            port.remove(0, 1);
        if (!port.isEmpty())
            out += QLatin1Char(':') + port;
    }
    return out;
}

QString invalid(const QString &value, const QString &reason) {
    return QCoreApplication::translate("JekyllUrlEscape", "Jekyll cannot escape the URL part '%1': %2")
        .arg(value, reason);
}

}  // namespace

Result<QString> JekyllUrlEscape::escapePath(const QString &value) {
    if (value.isEmpty() || isFastPath(value))
        return value;
    if (value.contains(QLatin1Char('\n'))) {
        // Ruby's `^`/`$` are line anchors: one clean line is enough for Jekyll to keep the whole value.
        const QStringList lines = value.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            if (!line.isEmpty() && isFastPath(line))
                return value;
        }
    }

    // RFC 3986's regular expression, as Addressable::URI.parse applies it.
    qsizetype pos = 0;
    std::optional<QString> scheme, authority, query, fragment;
    const qsizetype firstDelimiter = value.indexOf(QRegularExpression(QStringLiteral("[:/?#]")));
    if (firstDelimiter > 0 && value.at(firstDelimiter) == QLatin1Char(':')) {
        scheme = value.left(firstDelimiter);
        pos = firstDelimiter + 1;
    }
    if (value.mid(pos, 2) == QLatin1String("//")) {
        qsizetype end = value.indexOf(QRegularExpression(QStringLiteral("[/?#]")), pos + 2);
        if (end < 0)
            end = value.size();
        authority = value.mid(pos + 2, end - pos - 2);
        pos = end;
    }
    qsizetype pathEnd = value.indexOf(QRegularExpression(QStringLiteral("[?#]")), pos);
    if (pathEnd < 0)
        pathEnd = value.size();
    const QString path = value.mid(pos, pathEnd - pos);
    pos = pathEnd;
    if (pos < value.size() && value.at(pos) == QLatin1Char('?')) {
        qsizetype end = value.indexOf(QLatin1Char('#'), pos);
        if (end < 0)
            end = value.size();
        query = value.mid(pos + 1, end - pos - 1);
        pos = end;
    }
    if (pos < value.size()) {
        // The fragment is `.*`, which stops at a line break, and `$` then ends the match: the rest is lost.
        fragment = value.mid(pos + 1);
        const qsizetype lineBreak = fragment->indexOf(QLatin1Char('\n'));
        if (lineBreak >= 0)
            fragment->truncate(lineBreak);
    }

    static const QRegularExpression schemeFormat(QStringLiteral("\\A[a-z][a-z0-9.+\\-]*\\z"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (scheme && !schemeFormat.match(*scheme).hasMatch())
        return Result<QString>::failure(invalid(value, tr("invalid scheme format '%1'").arg(*scheme)));
    if (authority) {
        const auto rebuilt = rebuiltAuthority(*authority);
        if (!rebuilt.ok())
            return Result<QString>::failure(invalid(value, rebuilt.error()));
        authority = rebuilt.value();
    } else if (scheme && isIpBasedScheme(*scheme) && path.isEmpty()) {
        return Result<QString>::failure(invalid(value, tr("absolute URI missing hierarchical segment")));
    }
    static const QRegularExpression ambiguousPath(QStringLiteral("^(?!/)[^/:]*:"),
                                                  QRegularExpression::MultilineOption);
    if (!scheme && ambiguousPath.match(path).hasMatch())
        return Result<QString>::failure(invalid(value, tr("ambiguous path")));

    QString out;
    if (scheme)
        out += *scheme + QLatin1Char(':');
    if (authority) {
        const QString encoded = encodePart(*authority, isAuthorityChar);
        // Addressable checks the host again once encoded: an IP literal `[...]` may only hold these.
        static const QRegularExpression ipLiteral(QStringLiteral("^\\[(.*)\\]$"));
        static const QRegularExpression ipLiteralChars(QStringLiteral("^[a-zA-Z0-9\\-._~!$&'()*+,;=:]*$"));
        const auto literal = ipLiteral.match(authorityParts(encoded).host);
        if (literal.hasMatch() && !ipLiteralChars.match(literal.captured(1)).hasMatch())
            return Result<QString>::failure(invalid(value, tr("invalid character in host")));
        // ... and its port, where an empty one (`//a::` written back as `a:`) is no longer dropped but
        // refused.
        const auto port = portPattern().match(encoded);
        if (port.hasMatch() && !isPortNumber(port.captured(1)))
            return Result<QString>::failure(invalid(value, tr("invalid port number")));
        out += QStringLiteral("//") + encoded;
    }
    out += encodePart(path, isPathChar);
    if (query)
        out += QLatin1Char('?') + encodePart(*query, isQueryChar);
    if (fragment)
        out += QLatin1Char('#') + encodePart(*fragment, isQueryChar);
    const qsizetype hash = out.indexOf(QLatin1Char('#'));
    if (hash >= 0)
        out.replace(hash, 1, QStringLiteral("%23"));
    return out;
}
