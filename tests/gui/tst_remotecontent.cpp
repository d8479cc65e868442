// Remote content in the preview (DESIGN.md section 4): off unless the writer allows it for the site; when
// something was blocked a note says how much, with the switch; allowed or not, nothing ever reaches the
// local machine. There is no network here, so the allow path is proved by the interceptor's decision and the
// policy the shell is served with, and the local block by a listener on a free loopback port.

#include <QAction>
#include <QDir>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>

#include "post/postdocument.h"
#include "preview/previewrequestinterceptor.h"
#include "preview/remotecontentbar.h"
#include "testpaths.h"
#include "tst_previewharness.h"
#include "window/appsettings.h"
#include "window/fileactions.h"
#include "window/mainwindow.h"

using PreviewHarness::Fixture;
using Verdict = PreviewRequestInterceptor::Verdict;
using Info = QWebEngineUrlRequestInfo;

Q_DECLARE_METATYPE(QWebEngineUrlRequestInfo::ResourceType)

namespace {

const QString kAllImagesSettled = QStringLiteral("Array.from(document.images).every(i => i.complete)");
const QString kPolicy =
    QStringLiteral("document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content");

// The body of a post: what follows its front matter.
QByteArray bodyOf(const QByteArray &post) {
    const int open = post.indexOf("---\n");
    const int close = post.indexOf("\n---\n", open + 3);
    return open == 0 && close > 0 ? post.mid(close + 5) : post;
}

void writeFile(const QString &path, const QByteArray &bytes) {
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A preview that records what the request interceptor blocked.
struct RecordingFixture : Fixture {
    RecordingFixture() {
        QObject::connect(view.requestInterceptor(), &PreviewRequestInterceptor::requestBlocked, &view,
                         [this](const QUrl &url, Verdict verdict) {
                             blocked.append({url, verdict});
                         });
    }
    // One more edit drawn and every image settled: whatever the post asked for has been asked.
    bool settle(const QByteArray &markdown) {
        return show(markdown + "\n\nSettled.\n") &&
               QTest::qWaitFor([this] { return js(kAllImagesSettled).toBool(); }, PreviewHarness::kTimeout);
    }
    // Paths (with the port) the interceptor blocked with `verdict`.
    QStringList blockedPaths(Verdict verdict) const {
        QStringList paths;
        for (const auto &[url, v] : blocked) {
            if (v == verdict)
                paths << QString::number(url.port()) + url.path();
        }
        paths.removeDuplicates();
        paths.sort();
        return paths;
    }

    QList<QPair<QUrl, Verdict>> blocked;
};

}  // namespace

class TestRemoteContent : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTcpServer m_listener;  // a local service a post must not reach
    int m_connections = 0;

    QByteArray listenerAddress() const { return "127.0.0.1:" + QByteArray::number(m_listener.serverPort()); }
    QByteArray adversarialBody(const QString &name) {
        QFile in(TestPaths::adversarialPreview() + QLatin1Char('/') + name);
        if (!in.open(QIODevice::ReadOnly))
            return {};
        return bodyOf(in.readAll().replace("127.0.0.1:8765", listenerAddress()));
    }
    QString port() const { return QString::number(m_listener.serverPort()); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PostwrightTests"));
        QApplication::setApplicationName(QStringLiteral("tst_remotecontent"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_listener.listen(QHostAddress::LocalHost), qPrintable(m_listener.errorString()));
        connect(&m_listener, &QTcpServer::newConnection, this, [this] { ++m_connections; });
    }

    void interceptorDecides_data() {
        QTest::addColumn<QUrl>("url");
        QTest::addColumn<Info::ResourceType>("type");
        QTest::addColumn<bool>("remoteAllowed");
        QTest::addColumn<Verdict>("verdict");
        const QUrl image("https://images.example.com/a.png");
        for (const bool allowed : {false, true}) {
            const char *mode = allowed ? "allowed" : "off";
            const Verdict remote = allowed ? Verdict::Allow : Verdict::BlockRemote;
            QTest::addRow("%s: site file", mode)
                << QUrl("pwsite://site/assets/x.png") << Info::ResourceTypeImage << allowed << Verdict::Allow;
            QTest::addRow("%s: the shell", mode)
                << QUrl("pwsite://site/") << Info::ResourceTypeMainFrame << allowed << Verdict::Allow;
            QTest::addRow("%s: inline data", mode)
                << QUrl("data:image/png;base64,AAAA") << Info::ResourceTypeImage << allowed << Verdict::Allow;
            QTest::addRow("%s: remote image", mode) << image << Info::ResourceTypeImage << allowed << remote;
            QTest::addRow("%s: remote http image", mode)
                << QUrl("http://images.example.com/a.png") << Info::ResourceTypeImage << allowed << remote;
            QTest::addRow("%s: remote media", mode)
                << QUrl("https://cdn.example.com/v.mp4") << Info::ResourceTypeMedia << allowed << remote;
            QTest::addRow("%s: remote stylesheet", mode)
                << QUrl("https://cdn.example.com/s.css") << Info::ResourceTypeStylesheet << allowed << remote;
            QTest::addRow("%s: remote font", mode) << QUrl("https://fonts.example.com/f.woff2")
                                                   << Info::ResourceTypeFontResource << allowed << remote;
            // Never, whatever the setting.
            QTest::addRow("%s: remote script", mode) << QUrl("https://cdn.example.com/x.js")
                                                     << Info::ResourceTypeScript << allowed << Verdict::Block;
            QTest::addRow("%s: remote frame", mode)
                << QUrl("https://www.youtube.com/embed/x") << Info::ResourceTypeSubFrame << allowed
                << Verdict::Block;
            QTest::addRow("%s: navigation away", mode)
                << QUrl("https://example.com/") << Info::ResourceTypeMainFrame << allowed << Verdict::Block;
            QTest::addRow("%s: prefetch", mode)
                << QUrl("https://example.com/p") << Info::ResourceTypePrefetch << allowed << Verdict::Block;
            QTest::addRow("%s: xhr", mode)
                << QUrl("https://example.com/api") << Info::ResourceTypeXhr << allowed << Verdict::Block;
            QTest::addRow("%s: ping", mode)
                << QUrl("https://example.com/ping") << Info::ResourceTypePing << allowed << Verdict::Block;
            QTest::addRow("%s: object", mode)
                << QUrl("https://example.com/x.swf") << Info::ResourceTypeObject << allowed << Verdict::Block;
            QTest::addRow("%s: websocket", mode)
                << QUrl("wss://example.com/") << Info::ResourceTypeWebSocket << allowed << Verdict::Block;
            QTest::addRow("%s: file image", mode)
                << QUrl("file:///etc/hostname") << Info::ResourceTypeImage << allowed << Verdict::Block;
            QTest::addRow("%s: ftp image", mode)
                << QUrl("ftp://example.com/a.png") << Info::ResourceTypeImage << allowed << Verdict::Block;
            // The local machine and network: noted while off (the note counts it), never loaded when allowed.
            const Verdict local = allowed ? Verdict::BlockLocal : Verdict::BlockRemote;
            for (const char *host : {"127.0.0.1:8765", "127.9.9.9", "localhost:631", "LOCALHOST",
                                     "api.localhost", "[::1]", "[::ffff:127.0.0.1]", "0.0.0.0", "192.168.1.1",
                                     "10.0.0.2", "169.254.169.254", "printer.local", "router"}) {
                QTest::addRow("%s: local image %s", mode, host)
                    << QUrl(QStringLiteral("http://%1/x.png").arg(QLatin1String(host)))
                    << Info::ResourceTypeImage << allowed << local;
            }
        }
    }

    void interceptorDecides() {
        QFETCH(QUrl, url);
        QFETCH(Info::ResourceType, type);
        QFETCH(bool, remoteAllowed);
        QFETCH(Verdict, verdict);
        QCOMPARE(PreviewRequestInterceptor::decide(url, type, remoteAllowed), verdict);
    }

    void localHosts_data() {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("local");
        const QList<QPair<const char *, bool>> rows = {
            {"127.0.0.1", true},
            {"127.255.255.254", true},
            {"127.1", true},       // short form
            {"2130706433", true},  // one number
            {"0x7f000001", true},  // hex
            {"0x7f.0.0.1", true},  // hex part
            {"0177.0.0.1", true},  // octal part
            {"127.0.0.1.", true},  // trailing dot
            {"localhost", true},
            {"localhost.", true},
            {"foo.localhost", true},
            {"::1", true},
            {"[::1]", true},
            {"::", true},
            {"::ffff:7f00:1", true},    // mapped IPv4 loopback
            {"::ffff:8.8.8.8", false},  // mapped public IPv4
            {"fe80::1", true},
            {"fd12:3456::1", true},
            {"ff02::1", true},
            {"0.0.0.0", true},
            {"0", true},
            {"10.1.2.3", true},
            {"172.16.0.1", true},
            {"172.31.255.255", true},
            {"172.32.0.1", false},
            {"192.168.0.1", true},
            {"169.254.169.254", true},
            {"100.64.0.1", true},
            {"224.0.0.1", true},
            {"255.255.255.255", true},
            {"999.1.1.1", true},  // not an address at all: refused rather than guessed
            {"nas.local", true},
            {"intranet", true},
            {"", true},
            {"8.8.8.8", false},
            {"2001:4860:4860::8888", false},
            {"example.com", false},
            {"images.example.co.uk", false},
            {"127.0.0.1.example.com", false},  // a name, resolved by DNS like any other
        };
        for (const auto &[host, local] : rows)
            QTest::newRow(*host ? host : "(empty)") << QString::fromLatin1(host) << local;
    }

    void localHosts() {
        QFETCH(QString, host);
        QFETCH(bool, local);
        QCOMPARE(PreviewRequestInterceptor::isLocalHost(host), local);
    }

    void shellPolicyVariants() {
        const QString strict = SiteSchemeHandler::contentSecurityPolicy(false);
        const QString relaxed = SiteSchemeHandler::contentSecurityPolicy(true);
        // preview.html carries exactly the strict policy, so the variant replaces it rather than adding one.
        const QByteArray file = SiteSchemeHandler::shellHtml(false);
        QCOMPARE(file.count(strict.toUtf8()), 1);
        const QByteArray variant = SiteSchemeHandler::shellHtml(true);
        QCOMPARE(variant.count(relaxed.toUtf8()), 1);
        QCOMPARE(variant.count("Content-Security-Policy"), 1);
        QVERIFY(!variant.contains(strict.toUtf8() + '"'));
        // What allowing adds: https images, media, stylesheets and fonts. What it never does.
        for (const char *directive : {"img-src", "media-src", "style-src", "font-src"}) {
            const QRegularExpression added(QStringLiteral("%1 [^;]*https:").arg(QLatin1String(directive)));
            QVERIFY2(relaxed.contains(added), directive);
            QVERIFY2(!strict.contains(added), directive);
        }
        for (const char *kept : {"default-src 'none'", "script-src 'none'", "frame-src 'none'",
                                 "object-src 'none'", "base-uri 'none'", "form-action 'none'"})
            QVERIFY2(relaxed.contains(QLatin1String(kept)), kept);
        QVERIFY(!relaxed.contains(QLatin1String(" http:")));
        QVERIFY(!relaxed.contains(QLatin1String("*")));
    }

    void servedShellCarriesThePolicy_data() {
        QTest::addColumn<bool>("allowed");
        QTest::newRow("remote content off") << false;
        QTest::newRow("remote content allowed") << true;
    }

    void servedShellCarriesThePolicy() {
        QFETCH(bool, allowed);
        Fixture fixture;
        fixture.view.setRemoteContentAllowed(allowed);
        QVERIFY(fixture.show("Text.\n"));
        QCOMPARE(fixture.js(kPolicy).toString(), SiteSchemeHandler::contentSecurityPolicy(allowed));
        // And back: the setting follows the writer both ways.
        fixture.view.setRemoteContentAllowed(!allowed);
        QVERIFY(QTest::qWaitFor([&] { return fixture.view.isPageReady(); }, PreviewHarness::kTimeout));
        QCOMPARE(fixture.js(kPolicy).toString(), SiteSchemeHandler::contentSecurityPolicy(!allowed));
    }

    void hostilePosts_data() {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("noted");               // distinct remote addresses the note counts while off
        QTest::addColumn<QStringList>("localPaths");  // what the post asks of the local machine
        QTest::newRow("remote image")
            << "remote-image.md" << 1 << QStringList{QStringLiteral("/remote-image.png")};
        // The <style> reaches the page as Jekyll publishes it (kramdown has no tag filter); its @import is
        // refused like the <link>.
        QTest::newRow("stylesheets") << "css-import.md" << 2
                                     << QStringList{QStringLiteral("/css-import"),
                                                    QStringLiteral("/css-link")};
        QTest::newRow("video and audio")
            << "media.md" << 3
            << QStringList{QStringLiteral("/audio"), QStringLiteral("/poster"), QStringLiteral("/video")};
        QTest::newRow("inline style url") << "style-url.md" << 1 << QStringList{QStringLiteral("/style-url")};
        // A frame is never loaded, even when remote content is allowed (frame-src 'none', no subframe
        // navigation): nothing to note.
        QTest::newRow("remote iframe") << "iframe-remote.md" << 0 << QStringList{};
    }

    // Remote content off (the default): nothing reaches the listener, and the note counts what was blocked.
    void hostilePosts() {
        QFETCH(QString, file);
        QFETCH(int, noted);
        REQUIRE_SHARED_DIR("/adversarial/preview");
        const QByteArray body = adversarialBody(file);
        QVERIFY2(!body.isEmpty(), qPrintable(file));
        const int before = m_connections;
        RecordingFixture fixture;
        QVERIFY(!fixture.view.isRemoteContentAllowed());
        QVERIFY(fixture.settle(body));
        if (noted > 0)
            QTRY_COMPARE_WITH_TIMEOUT(fixture.view.blockedRemoteCount(), noted, PreviewHarness::kTimeout);
        QVERIFY(fixture.settle(body + "\nMore.\n"));  // a re-render asks again: still counted once
        QCOMPARE(fixture.view.blockedRemoteCount(), noted);
        RemoteContentBar *bar = fixture.view.remoteContentBar();
        QCOMPARE(bar->isVisibleTo(&fixture.view), noted > 0);
        if (noted > 0)
            QCOMPARE(bar->message(), QStringLiteral("Remote content blocked (%1)").arg(noted));
        QCOMPARE(m_connections, before);
    }

    void loopbackStaysBlockedWhenAllowed_data() { hostilePosts_data(); }

    // Allowed for the site. As written (http), the policy already refuses the local addresses: allowing
    // admits https only, and Chromium does not upgrade a loopback http address. Rewritten to https they pass
    // the policy, so the interceptor alone must refuse them: it does, and the listener sees nothing.
    void loopbackStaysBlockedWhenAllowed() {
        QFETCH(QString, file);
        QFETCH(QStringList, localPaths);
        REQUIRE_SHARED_DIR("/adversarial/preview");
        for (const bool https : {false, true}) {
            QByteArray body = adversarialBody(file);
            if (https)
                body.replace("http://127.0.0.1", "https://127.0.0.1");
            const int before = m_connections;
            RecordingFixture fixture;
            fixture.view.setRemoteContentAllowed(true);
            QVERIFY(fixture.settle(body));
            QStringList expected;
            if (https) {
                for (const QString &path : localPaths)
                    expected << port() + path;
            }
            if (!expected.isEmpty())
                QTRY_COMPARE_WITH_TIMEOUT(fixture.blockedPaths(Verdict::BlockLocal), expected,
                                          PreviewHarness::kTimeout);
            QVERIFY(fixture.settle(body + "\nMore.\n"));
            QCOMPARE(fixture.blockedPaths(Verdict::BlockLocal), expected);
            QCOMPARE(fixture.blockedPaths(Verdict::BlockRemote), QStringList());
            QCOMPARE(fixture.view.blockedRemoteCount(), 0);
            QVERIFY(!fixture.view.remoteContentBar()->isVisibleTo(&fixture.view));
            QCOMPARE(m_connections, before);
        }
    }

    void remoteCoverIsNotedNotLoaded() {
        const int before = m_connections;
        RecordingFixture fixture;
        const QString cover = QStringLiteral("https://%1/cover.jpg").arg(QLatin1String(listenerAddress()));
        fixture.view.setHeader({QStringLiteral("Title"), {}, {}, cover});
        QVERIFY(fixture.settle("Body.\n"));
        QCOMPARE(fixture.view.blockedRemoteCount(), 1);
        QVERIFY(fixture.view.remoteContentBar()->isVisibleTo(&fixture.view));
        // Allowed: the page is given the address, and the interceptor keeps the local one out.
        fixture.view.setRemoteContentAllowed(true);
        QVERIFY(fixture.settle("Body.\n"));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.blockedPaths(Verdict::BlockLocal),
                                  QStringList{port() + "/cover.jpg"}, PreviewHarness::kTimeout);
        QCOMPARE(fixture.view.blockedRemoteCount(), 0);
        QCOMPARE(m_connections, before);
    }

    void anotherPostStartsANewCount() {
        REQUIRE_SHARED_DIR("/adversarial/preview");
        RecordingFixture fixture;
        QVERIFY(fixture.settle(adversarialBody(QStringLiteral("remote-image.md"))));
        QTRY_COMPARE_WITH_TIMEOUT(fixture.view.blockedRemoteCount(), 1, PreviewHarness::kTimeout);
        fixture.view.clear();
        QCOMPARE(fixture.view.blockedRemoteCount(), 0);
        QVERIFY(!fixture.view.remoteContentBar()->isVisibleTo(&fixture.view));
        QVERIFY(fixture.settle("No remote content.\n"));
        QCOMPARE(fixture.view.blockedRemoteCount(), 0);
    }

    void settingIsPerSiteAndOffByDefault() {
        const QString a = m_dir.filePath(QStringLiteral("setting/a"));
        const QString b = m_dir.filePath(QStringLiteral("setting/b"));
        QVERIFY(QDir().mkpath(a) && QDir().mkpath(b));
        QVERIFY(QFile::link(a, m_dir.filePath(QStringLiteral("setting/a-link"))));
        QVERIFY(!AppSettings::remoteContentAllowed(a));
        AppSettings::setRemoteContentAllowed(a, true);
        QVERIFY(AppSettings::remoteContentAllowed(a));
        QVERIFY(AppSettings::remoteContentAllowed(a + QStringLiteral("/")));
        QVERIFY(AppSettings::remoteContentAllowed(m_dir.filePath(QStringLiteral("setting/a-link"))));
        QVERIFY(AppSettings::remoteContentAllowed(b + QStringLiteral("/../a")));
        QVERIFY(!AppSettings::remoteContentAllowed(b));
        QVERIFY(!AppSettings::remoteContentAllowed(QString()));
        AppSettings::setRemoteContentAllowed(a, false);
        QVERIFY(!AppSettings::remoteContentAllowed(a));
    }

    // The window: the note's button remembers the choice for the site, the View menu action shows it and
    // takes it back, and another site keeps its own.
    void windowSwitchIsPerSite() {
        const QString siteA = m_dir.filePath(QStringLiteral("window/a"));
        const QString siteB = m_dir.filePath(QStringLiteral("window/b"));
        const QByteArray post =
            "---\ntitle: Remote\n---\nText.\n\n![pixel](http://" + listenerAddress() + "/pixel.png)\n";
        for (const QString &site : {siteA, siteB}) {
            writeFile(site + QStringLiteral("/_config.yml"), "title: x\n");
            writeFile(site + QStringLiteral("/_posts/2024-01-01-remote.md"), post);
        }
        const int before = m_connections;
        MainWindow window;
        window.show();
        QVERIFY(window.fileActions()->open(siteA + QStringLiteral("/_posts/2024-01-01-remote.md")).ok());
        PreviewView *preview = window.preview();
        QVERIFY(!preview->isRemoteContentAllowed());
        QVERIFY(window.allowRemoteContentAction()->isEnabled());
        QVERIFY(!window.allowRemoteContentAction()->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(preview->blockedRemoteCount(), 1, PreviewHarness::kTimeout);
        RemoteContentBar *bar = preview->remoteContentBar();
        QVERIFY(bar->isVisible());
        QCOMPARE(bar->message(), QStringLiteral("Remote content blocked (1)"));

        bar->allowButton()->click();
        QVERIFY(AppSettings::remoteContentAllowed(siteA));
        QVERIFY(window.allowRemoteContentAction()->isChecked());
        QVERIFY(preview->isRemoteContentAllowed());
        QVERIFY(!bar->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return preview->isPageReady(); }, PreviewHarness::kTimeout));
        QCOMPARE(PreviewHarness::js(preview->page(), kPolicy).toString(),
                 SiteSchemeHandler::contentSecurityPolicy(true));

        QVERIFY(window.fileActions()->open(siteB + QStringLiteral("/_posts/2024-01-01-remote.md")).ok());
        QVERIFY(!window.allowRemoteContentAction()->isChecked());
        QVERIFY(!preview->isRemoteContentAllowed());
        QTRY_COMPARE_WITH_TIMEOUT(preview->blockedRemoteCount(), 1, PreviewHarness::kTimeout);

        QVERIFY(window.fileActions()->open(siteA + QStringLiteral("/_posts/2024-01-01-remote.md")).ok());
        QVERIFY(window.allowRemoteContentAction()->isChecked());
        QVERIFY(preview->isRemoteContentAllowed());
        window.allowRemoteContentAction()->trigger();  // View > Allow Remote Content, unchecked again
        QVERIFY(!AppSettings::remoteContentAllowed(siteA));
        QVERIFY(!preview->isRemoteContentAllowed());
        QTRY_COMPARE_WITH_TIMEOUT(preview->blockedRemoteCount(), 1, PreviewHarness::kTimeout);
        QCOMPARE(m_connections, before);
    }
};

PREVIEW_TEST_MAIN(TestRemoteContent)
#include "tst_remotecontent.moc"
