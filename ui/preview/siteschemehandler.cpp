#include "preview/siteschemehandler.h"

#include "preview/previewlibraryfiles.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>
#include <QWebEngineUrlScheme>

Q_LOGGING_CATEGORY(lcSiteScheme, "postwright.preview.scheme", QtWarningMsg)

namespace {

const char kSiteHost[] = "site";
const char kAppHost[] = "app";

// The shell's own files live in qrc under this folder; the shell page itself is served for "/".
const QString kResourceFolder = QStringLiteral(":/preview");
const QString kShellResource = QStringLiteral(":/preview/preview.html");

// `candidate` made canonical, if it is an existing regular file strictly inside `canonicalRoot`.
QString fileInside(const QString &canonicalRoot, const QString &candidate) {
    const QString canonical = QFileInfo(candidate).canonicalFilePath();  // resolves `..` and every symlink
    if (canonical.isEmpty() || !canonical.startsWith(canonicalRoot + QLatin1Char('/')))
        return {};
    return QFileInfo(canonical).isFile() ? canonical : QString();
}

QByteArray mimeTypeFor(const QString &path) {
    static const QMimeDatabase database;
    return database.mimeTypeForFile(path, QMimeDatabase::MatchExtension).name().toUtf8();
}

void reply(QWebEngineUrlRequestJob *job, const QString &path) {
    auto *file = new QFile(path, job);  // WebEngine reads it on its own thread until the job is gone
    if (!file->open(QIODevice::ReadOnly)) {
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
        return;
    }
    job->reply(mimeTypeFor(path), file);
}

}  // namespace

// postui is a static library: its resources are only linked in when something asks for them.
static void initPreviewResources() {
    Q_INIT_RESOURCE(resources);
}

SiteSchemeHandler::SiteSchemeHandler(QObject *parent) : QWebEngineUrlSchemeHandler(parent) {
    static const bool resourcesReady = (initPreviewResources(), true);
    Q_UNUSED(resourcesReady);
}

QByteArray SiteSchemeHandler::schemeName() {
    return QByteArrayLiteral("pwsite");
}

void SiteSchemeHandler::registerScheme() {
    if (QWebEngineUrlScheme::schemeByName(schemeName()).name() == schemeName())
        return;
    QWebEngineUrlScheme scheme(schemeName());
    // Host syntax makes it a standard scheme, so relative URLs in a post resolve against the shell's URL.
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    // CORS: KaTeX's fonts come from pwsite://lib/ to a page at pwsite://site/, and fonts are fetched in CORS
    // mode. Nothing else can reach the scheme (no network, no other origin in the page; fetch is refused by
    // the page's policy).
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::CorsEnabled);
    QWebEngineUrlScheme::registerScheme(scheme);
}

QUrl SiteSchemeHandler::shellUrl() {
    return QUrl(QStringLiteral("%1://%2/").arg(QString::fromLatin1(schemeName()), QLatin1String(kSiteHost)));
}

QUrl SiteSchemeHandler::appUrl(const QString &fileName) {
    return QUrl(QStringLiteral("%1://%2/%3")
                    .arg(QString::fromLatin1(schemeName()), QLatin1String(kAppHost), fileName));
}

void SiteSchemeHandler::setSiteRoot(const QString &root) {
    m_root = root;
}

void SiteSchemeHandler::setPostFolder(const QString &folder) {
    m_postFolder = folder;
}

QString SiteSchemeHandler::contentSecurityPolicy(bool remoteContentAllowed) {
    // One line, as in preview.html. Allowing admits https: only, with `upgrade-insecure-requests` turning
    // remote http: addresses into https:. That also shuts the door the request interceptor cannot: WebEngine
    // asks the interceptor about a redirect only after following it, while this policy is checked before
    // (both measured on Qt 6.4). So a remote image redirecting to http://127.0.0.1 is refused here (loopback
    // http: is never upgraded, and http: is not admitted); another local http service would see at most a
    // TLS handshake.
    const QString remote = remoteContentAllowed ? QStringLiteral(" https:") : QString();
    return QStringLiteral(
               "default-src 'none'; script-src 'none'; style-src pwsite: 'unsafe-inline'%1; "
               "img-src pwsite: data:%1; media-src pwsite: data:%1; font-src pwsite: data:%1; "
               "frame-src 'none'; child-src 'none'; worker-src 'none'; object-src 'none'; "
               "base-uri 'none'; form-action 'none'%2")
        .arg(remote, remoteContentAllowed ? QStringLiteral("; upgrade-insecure-requests") : QString());
}

QByteArray SiteSchemeHandler::shellHtml(bool remoteContentAllowed) {
    QFile file(kShellResource);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray html = file.readAll();
    if (!remoteContentAllowed)
        return html;
    const QByteArray strict = "content=\"" + contentSecurityPolicy(false).toUtf8() + '"';
    if (html.count(strict) != 1) {
        qCWarning(lcSiteScheme) << "preview.html does not carry the expected policy; serving it strict";
        return html;
    }
    return html.replace(strict, "content=\"" + contentSecurityPolicy(true).toUtf8() + '"');
}

QString SiteSchemeHandler::resolve(const QString &root, const QString &postFolder, const QString &urlPath) {
    if (root.isEmpty() || urlPath.contains(QChar(0)))
        return {};
    const QString canonicalRoot = QFileInfo(root).canonicalFilePath();
    if (canonicalRoot.isEmpty() || !QFileInfo(canonicalRoot).isDir())
        return {};
    // Joined, never taken as absolute: "/etc/passwd" names <root>/etc/passwd. Whatever climbs out fails the
    // containment check in fileInside().
    QString found = fileInside(canonicalRoot, canonicalRoot + QLatin1Char('/') + urlPath);
    if (found.isEmpty() && !postFolder.isEmpty())
        found = fileInside(canonicalRoot, postFolder + QLatin1Char('/') + urlPath);
    return found;
}

QString SiteSchemeHandler::resolve(const QString &outputFolder, const QString &root,
                                   const QString &postFolder, const QString &urlPath) {
    if (!outputFolder.isEmpty() && !urlPath.contains(QChar(0))) {
        const QString canonicalOutput = QFileInfo(outputFolder).canonicalFilePath();
        if (!canonicalOutput.isEmpty() && QFileInfo(canonicalOutput).isDir()) {
            const QString found = fileInside(canonicalOutput, canonicalOutput + QLatin1Char('/') + urlPath);
            if (!found.isEmpty())
                return found;
        }
    }
    return resolve(root, postFolder, urlPath);
}

QString SiteSchemeHandler::fileFor(const QUrl &url) const {
    if (url.scheme() != QLatin1String(schemeName()))
        return QString();
    const QString path = url.path(QUrl::FullyDecoded);
    if (url.host() == QLatin1String(kAppHost)) {
        const QString name = QDir::cleanPath(path);
        const QString resource = kResourceFolder + name;
        if (name.startsWith(QLatin1Char('/')) && !name.contains(QLatin1String("..")) &&
            QFile::exists(resource))
            return resource;
        return QString();
    }
    if (url.host() == PreviewLibraryFiles::host()) {
        // Exact names only (PreviewLibraryFiles): the path is looked up, never joined to a folder.
        return path.startsWith(QLatin1Char('/')) ? PreviewLibraryFiles::servedFile(path.mid(1)) : QString();
    }
    if (url.host() != QLatin1String(kSiteHost) || m_root.isEmpty() || path.isEmpty() ||
        path == QLatin1String("/"))
        return QString();
    return resolve(m_outputFolder, m_root, m_postFolder, path);
}

void SiteSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job) {
    if (job->requestMethod() != QByteArrayLiteral("GET")) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QUrl url = job->requestUrl();
    const QString path = url.path(QUrl::FullyDecoded);

    if (url.host() == QLatin1String(kSiteHost) && (path.isEmpty() || path == QLatin1String("/"))) {
        auto *shell = new QBuffer(job);  // read by WebEngine until the job is gone
        shell->setData(shellHtml(m_remoteAllowed));
        shell->open(QIODevice::ReadOnly);
        job->reply(QByteArrayLiteral("text/html"), shell);
        return;
    }
    if (url.host() == QLatin1String(kSiteHost) && m_root.isEmpty()) {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const QString file = fileFor(url);
    if (file.isEmpty())
        job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    else
        reply(job, file);
}
