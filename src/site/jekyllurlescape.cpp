#include "site/jekyllurlescape.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QStringList>

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

QString invalid(const QString &value, const QString &reason) {
    return QStringLiteral("Jekyll cannot escape the URL part '%1': %2").arg(value, reason);
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
        return Result<QString>::failure(invalid(value, QStringLiteral("line breaks are not supported")));
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
    if (pos < value.size())
        fragment = value.mid(pos + 1);

    static const QRegularExpression schemeFormat(QStringLiteral("\\A[a-z][a-z0-9.+\\-]*\\z"),
                                                 QRegularExpression::CaseInsensitiveOption);
    if (scheme && !schemeFormat.match(*scheme).hasMatch())
        return Result<QString>::failure(
            invalid(value, QStringLiteral("invalid scheme format '%1'").arg(*scheme)));
    if (authority) {
        // Addressable splits the authority into user info, host and port and checks the host and port.
        static const QRegularExpression port(QStringLiteral(":([^:@\\[\\]]*?)$"));
        static const QRegularExpression badHost(QStringLiteral("[<>{}/\\\\?#@\"\\s]"));
        QString host = authority->mid(authority->indexOf(QLatin1Char('@')) + 1);
        const auto portMatch = port.match(host);
        if (portMatch.hasMatch()) {
            const QString number = portMatch.captured(1);
            if (!number.isEmpty() &&
                !QRegularExpression(QStringLiteral("\\A\\d+\\z")).match(number).hasMatch())
                return Result<QString>::failure(invalid(value, QStringLiteral("invalid port number")));
            host.chop(portMatch.capturedLength(0));
        }
        if (badHost.match(host).hasMatch())
            return Result<QString>::failure(invalid(value, QStringLiteral("invalid character in host")));
    } else if (scheme && isIpBasedScheme(*scheme) && path.isEmpty()) {
        return Result<QString>::failure(
            invalid(value, QStringLiteral("absolute URI missing hierarchical segment")));
    }
    static const QRegularExpression ambiguousPath(QStringLiteral("^(?!/)[^/:]*:"));
    if (!scheme && ambiguousPath.match(path).hasMatch())
        return Result<QString>::failure(invalid(value, QStringLiteral("ambiguous path")));

    QString out;
    if (scheme)
        out += *scheme + QLatin1Char(':');
    if (authority)
        out += QStringLiteral("//") + encodePart(*authority, isAuthorityChar);
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
