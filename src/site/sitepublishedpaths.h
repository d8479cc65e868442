#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

class SiteFolderWalker;
class SiteScan;

// The files a Jekyll 4.3 build writes for a site (safe mode, no plugins) and the URL paths that reach them:
// every static file (StaticFile#url: its path in the site; in a collection with `output`, the collection's
// pattern), and every page, post and collection document Jekyll would build (their URLs from the scan; a
// URL ending in `/` is written as its `index.html`, one without the output extension gets it, as Page and
// Document#destination do). Paths are decoded (no %-escapes), without the site's `baseurl`. Built off the GUI
// thread from a SiteScan; then read-only, safe to share between threads.
class SitePublishedPaths {
public:
    SitePublishedPaths() = default;
    static SitePublishedPaths fromScan(const SiteScan &scan);

    // The files written under the destination folder, relative to it ('/'-separated), sorted.
    QStringList outputFiles() const;
    // Whether a request for `urlPath` (decoded, from the site's root without `baseurl`, starting with `/`)
    // reaches a file, as static hosts answer it: `/x/` and `/x` find `/x/index.html`, `/x` finds `/x.html`.
    // A static file added to the site since the scan counts (the file system is asked for it), as does one
    // removed since then not.
    bool serves(const QString &urlPath) const;
    // The URL (without `baseurl`) of the document at absolute `path` as the scan computed it, or empty.
    QString urlOf(const QString &path) const;
    const QString &baseurl() const { return m_baseurl; }
    const QString &root() const { return m_root; }

    // Jekyll's StaticFile#url for a file of the site (no collection): the path with trailing dots of its
    // base name dropped (`a..png` is `/a.png`).
    static QString staticUrl(const QString &relativePath);

private:
    bool servesFile(const QString &file) const;
    bool isLiveStaticFile(const QString &relativePath) const;

    QString m_root;
    QString m_baseurl;
    QSet<QString> m_files;                // "/about/index.html", "/assets/x.png"
    QSet<QString> m_staticFiles;          // the site's own static files among them (not collections')
    QSet<QString> m_documentPaths;        // relative paths of every document read (published or not)
    QHash<QString, QString> m_urlByPath;  // absolute path -> URL
    std::shared_ptr<const SiteFolderWalker> m_walker;
};
