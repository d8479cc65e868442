#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

// Where a new image of a post goes in its site and how the post links to it, learnt from the images the
// site's posts already reference: the folder they use most (`assets/images` when none), the URL style they
// write (`/assets/x.png`, `{{ site.baseurl }}/assets/x.png`, `{{ '/assets/x.png' | relative_url }}`), and a
// file name made from the post's slug (`my-post-1.png`). Plain value type; no file is written here (see
// ImageFileWriter).
class ImagePlacement {
    Q_DECLARE_TR_FUNCTIONS(ImagePlacement)

public:
    enum class UrlStyle {
        RootRelative,       // `/assets/x.png`
        LiteralBaseurl,     // `/blog/assets/x.png`: the site's baseurl written out
        BaseurlTag,         // `{{ site.baseurl }}/assets/x.png`
        RelativeUrlFilter,  // `{{ '/assets/x.png' | relative_url }}`
    };

    // A document the site already has: its text (front matter included) and its absolute path.
    struct Sample {
        QString text;
        QString path;
    };

    static constexpr int kSampleLimit = 100;            // newest posts read by forSite()
    static constexpr qint64 kSampleBytes = 256 * 1024;  // of each

    // What `samples` reference inside the site at `siteRoot` (a reference counts when its file exists), for
    // new images of the post at `postPath`. With no reference: `assets/images`, root-relative URLs, or
    // relative_url when `baseurl` is not empty (a root-relative URL would miss the baseurl there). When most
    // references sit in folders named after their post (`assets/img/<slug>/`), the folder is this post's own.
    static ImagePlacement learn(const QString &siteRoot, const QString &baseurl,
                                const QVector<Sample> &samples, const QString &postPath = QString());
    // The same from the site's `_config.yml` and its newest posts and drafts (the first kSampleBytes of each
    // of the newest kSampleLimit), read now.
    static ImagePlacement forSite(const QString &siteRoot, const QString &postPath = QString());

    ImagePlacement() = default;
    ImagePlacement(const QString &siteRoot, const QString &baseurl, const QString &folder, UrlStyle style,
                   QChar quote = QLatin1Char('\''));

    // The same placement with new images going to `folder` (relative to the site root, as folderInSite
    // gives it): the writer's choice for the site, over what was learnt.
    ImagePlacement withFolder(const QString &folder) const;
    // The folder at `path` relative to the site at `siteRoot` ('/'-separated, "" for the root itself), or why
    // it cannot hold the site's images: outside the site, or in a folder Jekyll does not publish.
    static Result<QString> folderInSite(const QString &siteRoot, const QString &path);

    QString siteRoot() const { return m_root; }
    // Relative to the site root, '/'-separated, no leading or trailing slash.
    QString folder() const { return m_folder; }
    QString absoluteFolder() const;
    UrlStyle style() const { return m_style; }
    // The path, relative to the site root, of the file named `fileName` in the folder.
    QString pathInFolder(const QString &fileName) const;

    // The link to the file at `relativePath` (relative to the site root) in the site's style.
    QString url(const QString &relativePath) const;
    // `![alt](url)`, the alt text's brackets escaped.
    QString markdownImage(const QString &alt, const QString &relativePath) const;
    // The file's path relative to the site root when `path` lies inside it, else empty.
    QString relativeInSite(const QString &path) const;

    // The base of new image names for the post at `postPath`: its slug (the file name without date prefix
    // and extension, made safe as Slug does), "image" for a post without a file.
    static QString baseName(const QString &postPath);
    // The first `<base>-N.<extension>` (N = 1, 2, ...) whose number no file `<base>-N.*` of the folder has,
    // as an absolute path; the extension is lower-cased.
    QString freeName(const QString &base, const QString &extension) const;

private:
    QString m_root;
    QString m_baseurl;  // without trailing slash; empty for none
    QString m_folder = QStringLiteral("assets/images");
    UrlStyle m_style = UrlStyle::RootRelative;
    QChar m_quote = QLatin1Char('\'');
};
