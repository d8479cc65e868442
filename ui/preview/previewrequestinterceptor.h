#pragma once

#include <QWebEngineUrlRequestInfo>
#include <QWebEngineUrlRequestInterceptor>

// The complete block behind the shell's Content-Security-Policy: every request the preview's profile makes
// passes here (WebEngine calls it on the GUI thread). Our own scheme, data: and blob: are always allowed.
// Remote content (http/https images, media, stylesheets and fonts) only when the writer allowed it for the
// site; never script, frames, navigation, prefetch or anything else, and never the local machine or network
// (a post must not be able to probe local services), whatever the setting.
class PreviewRequestInterceptor : public QWebEngineUrlRequestInterceptor {
    Q_OBJECT

public:
    enum class Verdict {
        Allow,
        BlockRemote,  // remote content of a kind the writer could allow, while it is off: worth a note
        BlockLocal,   // the local machine or network: never allowed
        Block,        // anything else: another scheme, script, a frame, a navigation, a prefetch...
    };
    Q_ENUM(Verdict)

    explicit PreviewRequestInterceptor(QObject *parent);

    // What happens to a request for `url` of `type`; pure, for the tests as much as for interceptRequest().
    static Verdict decide(const QUrl &url, QWebEngineUrlRequestInfo::ResourceType type, bool remoteAllowed);
    // True for our own scheme, data: and blob:, the only requests allowed while remote content is off.
    static bool isAllowed(const QUrl &url);
    // True for a host on this machine or its local network: localhost names, single-label and .local names,
    // and loopback, private, link-local, shared, unspecified and multicast addresses in any spelling
    // ("127.1", "0x7f000001", "[::ffff:127.0.0.1]").
    static bool isLocalHost(const QString &host);
    // The kinds of request that allowing remote content lets through.
    static bool isRemoteContentType(QWebEngineUrlRequestInfo::ResourceType type);

    void setRemoteContentAllowed(bool allowed) { m_remoteAllowed = allowed; }
    bool isRemoteContentAllowed() const { return m_remoteAllowed; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

signals:
    void requestBlocked(const QUrl &url, PreviewRequestInterceptor::Verdict verdict);

private:
    bool m_remoteAllowed = false;
};
