#include "preview/previewrequestinterceptor.h"

#include "preview/siteschemehandler.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QUrl>

#include <cctype>
#include <optional>

Q_LOGGING_CATEGORY(lcPreviewRequests, "postwright.preview.requests", QtWarningMsg)

namespace {

// A host label as the URL standard reads a number: "0x.." hex, "0.." octal, else decimal.
std::optional<quint64> parseIpv4Part(const QString &part) {
    if (part.isEmpty())
        return std::nullopt;
    int base = 10;
    QString digits = part;
    if (digits.size() >= 2 && digits[0] == QLatin1Char('0') &&
        (digits[1] == QLatin1Char('x') || digits[1] == QLatin1Char('X'))) {
        base = 16;
        digits = digits.mid(2);
        if (digits.isEmpty())
            return 0;
    } else if (digits.size() >= 2 && digits[0] == QLatin1Char('0')) {
        base = 8;
        digits = digits.mid(1);
    }
    if (digits.size() > 16)
        return std::nullopt;
    bool ok = false;
    const quint64 value = digits.toULongLong(&ok, base);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

// The URL standard's IPv4 parser (which Chromium follows): "127.1", "2130706433" and "0x7f.0.0.1" all name
// 127.0.0.1.
std::optional<quint32> parseIpv4(const QString &host) {
    const QStringList parts = host.split(QLatin1Char('.'));
    if (parts.isEmpty() || parts.size() > 4)
        return std::nullopt;
    quint64 address = 0;
    for (int i = 0; i < parts.size(); ++i) {
        const std::optional<quint64> value = parseIpv4Part(parts[i]);
        if (!value)
            return std::nullopt;
        const bool last = i == parts.size() - 1;
        const quint64 limit = last ? (quint64(1) << (8 * (5 - parts.size()))) : 256;
        if (*value >= limit)
            return std::nullopt;
        address = last ? (address << (8 * (5 - parts.size()))) | *value : (address << 8) | *value;
    }
    return quint32(address);
}

// A host whose last label is a number is an IPv4 address to a browser, valid or not.
bool endsInANumber(const QString &host) {
    const QString last = host.section(QLatin1Char('.'), -1);
    if (last.isEmpty())
        return false;
    if (last.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        for (const QChar c : last.mid(2)) {
            if (!std::isxdigit(c.toLatin1()))
                return false;
        }
        return true;
    }
    for (const QChar c : last) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

bool inRange(quint32 address, quint32 network, int prefix) {
    const quint32 mask = prefix == 0 ? 0 : ~quint32(0) << (32 - prefix);
    return (address & mask) == (network & mask);
}

bool isLocalIpv4(quint32 a) {
    static const struct {
        quint32 network;
        int prefix;
    } ranges[] = {
        {0x00000000, 8},   // "this network", 0.0.0.0 reaches the local machine
        {0x0A000000, 8},   // private
        {0x64400000, 10},  // shared address space (carrier NAT)
        {0x7F000000, 8},   // loopback
        {0xA9FE0000, 16},  // link-local, cloud metadata services
        {0xAC100000, 12},  // private
        {0xC0000000, 24},  // protocol assignments
        {0xC0A80000, 16},  // private
        {0xC6120000, 15},  // benchmarking
        {0xE0000000, 4},   // multicast
        {0xF0000000, 4},   // reserved, broadcast
    };
    for (const auto &range : ranges) {
        if (inRange(a, range.network, range.prefix))
            return true;
    }
    return false;
}

quint32 ipv4At(const Q_IPV6ADDR &bytes, int offset) {
    return (quint32(bytes[offset]) << 24) | (quint32(bytes[offset + 1]) << 16) |
           (quint32(bytes[offset + 2]) << 8) | quint32(bytes[offset + 3]);
}

bool isLocalIpv6(const Q_IPV6ADDR &b) {
    bool zeroPrefix = true;  // the first 96 bits are zero: ::, ::1 and the old IPv4-compatible form
    for (int i = 0; i < 12; ++i)
        zeroPrefix = zeroPrefix && b[i] == 0;
    if (zeroPrefix)
        return true;
    bool mapped = true;  // ::ffff:a.b.c.d
    for (int i = 0; i < 10; ++i)
        mapped = mapped && b[i] == 0;
    if (mapped && b[10] == 0xff && b[11] == 0xff)
        return isLocalIpv4(ipv4At(b, 12));
    if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b)  // NAT64 64:ff9b::/96
        return isLocalIpv4(ipv4At(b, 12));
    if (b[0] == 0x20 && b[1] == 0x02)  // 6to4 2002::/16 carries an IPv4 address
        return isLocalIpv4(ipv4At(b, 2));
    return (b[0] & 0xfe) == 0xfc                       // unique local fc00::/7
           || (b[0] == 0xfe && (b[1] & 0xc0) == 0x80)  // link-local fe80::/10
           || (b[0] == 0xfe && (b[1] & 0xc0) == 0xc0)  // old site-local fec0::/10
           || b[0] == 0xff;                            // multicast
}

}  // namespace

PreviewRequestInterceptor::PreviewRequestInterceptor(QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent) {}

bool PreviewRequestInterceptor::isAllowed(const QUrl &url) {
    const QString scheme = url.scheme();
    return scheme == QLatin1String(SiteSchemeHandler::schemeName()) || scheme == QLatin1String("data") ||
           scheme == QLatin1String("blob");
}

bool PreviewRequestInterceptor::isRemoteContentType(QWebEngineUrlRequestInfo::ResourceType type) {
    // Not subframes: a remote page in a frame brings its own navigation and forms, and with script off the
    // embeds people use (video players, social posts) show nothing anyway. Not prefetch: it shows nothing.
    switch (type) {
        case QWebEngineUrlRequestInfo::ResourceTypeImage:
        case QWebEngineUrlRequestInfo::ResourceTypeMedia:
        case QWebEngineUrlRequestInfo::ResourceTypeStylesheet:
        case QWebEngineUrlRequestInfo::ResourceTypeFontResource:
            return true;
        default:
            return false;
    }
}

bool PreviewRequestInterceptor::isLocalHost(const QString &rawHost) {
    QString host = rawHost.toLower();
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1).chopped(1);
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.isEmpty())
        return true;
    if (host.contains(QLatin1Char(':'))) {
        QHostAddress address;
        // Unparseable IPv6 is no host a browser would connect to: refuse rather than guess.
        return !address.setAddress(host) || address.protocol() != QAbstractSocket::IPv6Protocol ||
               isLocalIpv6(address.toIPv6Address());
    }
    if (endsInANumber(host)) {
        const std::optional<quint32> address = parseIpv4(host);
        return !address || isLocalIpv4(*address);
    }
    // Names that only resolve on this machine or its network: Chromium answers *.localhost itself.
    return host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost")) ||
           host.endsWith(QLatin1String(".local")) || host.endsWith(QLatin1String(".internal")) ||
           host.endsWith(QLatin1String(".lan")) || host.endsWith(QLatin1String(".home.arpa")) ||
           !host.contains(QLatin1Char('.'));
}

PreviewRequestInterceptor::Verdict PreviewRequestInterceptor::decide(
    const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, bool remoteAllowed) {
    if (isAllowed(url))
        return Verdict::Allow;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return Verdict::Block;
    if (!isRemoteContentType(type))
        return Verdict::Block;
    if (isLocalHost(url.host(QUrl::FullyEncoded)))
        return remoteAllowed ? Verdict::BlockLocal : Verdict::BlockRemote;
    return remoteAllowed ? Verdict::Allow : Verdict::BlockRemote;
}

void PreviewRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info) {
    const Verdict verdict = decide(info.requestUrl(), info.resourceType(), m_remoteAllowed);
    if (verdict == Verdict::Allow)
        return;
    qCDebug(lcPreviewRequests) << "blocked" << info.requestUrl() << info.resourceType() << verdict;
    info.block(true);
    emit requestBlocked(info.requestUrl(), verdict);
}
