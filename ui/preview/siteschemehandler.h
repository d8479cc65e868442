#pragma once

#include <QString>
#include <QUrl>
#include <QWebEngineUrlSchemeHandler>

// Serves the preview over its own URL scheme so the page never needs file:// access:
//   pwsite://site/          the shell page (from qrc)
//   pwsite://site/<path>    a file under the output folder (what the site engine compiled, such as the
//                           site's stylesheets), else under the site root, else under the post's own folder
//   pwsite://app/<name>     the shell's stylesheet and other files of ours (from qrc)
//   pwsite://lib/<name>     the system's highlight.js and KaTeX stylesheets and KaTeX's fonts, by exact name
//                           (PreviewLibraryFiles)
// The shell sits at the root of the site's URL space, so `assets/x.png`, `../assets/x.png` and
// `/assets/x.png` in a post all resolve to `<root>/assets/x.png`. Nothing that resolves outside the output
// folder or the site root is ever served.
class SiteSchemeHandler : public QWebEngineUrlSchemeHandler {
    Q_OBJECT

public:
    explicit SiteSchemeHandler(QObject *parent);

    // Must run before the QApplication is created (WebEngine locks its schemes then); safe to call twice.
    static void registerScheme();
    static QByteArray schemeName();
    static QUrl shellUrl();
    static QUrl appUrl(const QString &fileName);

    // The site folder whose files may be served; empty serves no site file at all.
    void setSiteRoot(const QString &root);
    QString siteRoot() const { return m_root; }
    // The folder the site engine writes compiled files to (its `_site`), looked up before the site root;
    // empty: none. Only honoured while there is a site root.
    void setOutputFolder(const QString &folder) { m_outputFolder = folder; }
    QString outputFolder() const { return m_outputFolder; }
    // Folder of the post being edited: page-bundle images (`images/x.png` beside index.md) are looked up
    // there when the site root has no such file. Only honoured inside the site root.
    void setPostFolder(const QString &folder);
    QString postFolder() const { return m_postFolder; }

    // The shell's Content-Security-Policy. Strict, it lets nothing in but our own scheme and data: (the one
    // preview.html carries); with remote content allowed it adds https: images, media, stylesheets and fonts
    // (http: ones are upgraded) and nothing else: no script, frames, forms or <base> either way.
    static QString contentSecurityPolicy(bool remoteContentAllowed);
    // The shell is served with the policy above; takes effect at the next load of the shell.
    void setRemoteContentAllowed(bool allowed) { m_remoteAllowed = allowed; }
    bool isRemoteContentAllowed() const { return m_remoteAllowed; }
    // preview.html as served: with the relaxed policy in place of the strict one when `remoteContentAllowed`.
    // Should the file's policy ever differ from contentSecurityPolicy(false), it is served unchanged
    // (strict).
    static QByteArray shellHtml(bool remoteContentAllowed);

    // The canonical path of the file `urlPath` names (a decoded URL path such as "/assets/x.png"), or an
    // empty string when there is none or it lies outside `root` (`..`, symlinks) or `root` is empty.
    static QString resolve(const QString &root, const QString &postFolder, const QString &urlPath);
    // As above, looking first in `outputFolder`, with the same confinement to that folder.
    static QString resolve(const QString &outputFolder, const QString &root, const QString &postFolder,
                           const QString &urlPath);

    // The file a GET of `url` is answered with (a qrc path for the app's files), or empty when the URL
    // names none that may be served; the shell page itself is not a file.
    QString fileFor(const QUrl &url) const;

    void requestStarted(QWebEngineUrlRequestJob *job) override;

private:
    QString m_root;
    QString m_outputFolder;
    QString m_postFolder;
    bool m_remoteAllowed = false;
};
