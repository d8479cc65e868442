#include "site/sitepublishedpaths.h"

#include "site/jekyllpermalink.h"
#include "site/sitefolderwalker.h"
#include "site/sitescan.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>

namespace {

// Page and Document#destination: the URL unescaped, `index.html` under a folder URL, the output extension
// added when the URL does not end in it.
QString destinationOf(const QString &url, const QString &outputExt) {
    QString path = QUrl::fromPercentEncoding(url.toUtf8());
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (path.endsWith(QLatin1Char('/')))
        return path + QStringLiteral("index.html");
    if (!outputExt.isEmpty() && !path.endsWith(outputExt))
        path += outputExt;
    return path;
}

QString withoutTrailingDots(QString path) {
    while (path.endsWith(QLatin1Char('.')))
        path.chop(1);
    return path;
}

// StaticFile#url for a file in a collection: the collection's pattern with the few placeholders a static
// file has, the trailing slash chomped, the extension appended.
QString collectionStaticUrl(const SiteStaticFile &file, const SiteConfig &config) {
    JekyllPermalink::Input input;
    input.kind = JekyllPermalink::Kind::CollectionDocument;
    input.collection = file.collection;
    input.sitePermalink = config.permalink();
    input.collectionPermalink = config.collectionPermalink(file.collection);
    QString pattern = JekyllPermalink::urlTemplate(input);
    const QString extension = JekyllPermalink::rubyExtname(file.relativePath);
    QString cleaned =
        withoutTrailingDots(file.relativePath.left(file.relativePath.size() - extension.size()));
    const QString folder = QLatin1Char('_') + file.collection;
    const qsizetype at = cleaned.indexOf(folder);  // Ruby's sub!: the first occurrence
    if (at >= 0)
        cleaned.remove(at, folder.size());
    const QString name = QFileInfo(cleaned).fileName();
    static const QRegularExpression placeholder(
        QStringLiteral(":(collection|path|output_ext|name|title)\\b"));
    QString url;
    qsizetype last = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        url += pattern.mid(last, match.capturedStart() - last);
        const QString key = match.captured(1);
        url += key == QLatin1String("collection") ? file.collection
               : key == QLatin1String("path")     ? cleaned
               : key == QLatin1String("name")     ? name
                                                  : QString();
        last = match.capturedEnd();
    }
    url += pattern.mid(last);
    static const QRegularExpression slashes(QStringLiteral("/{2,}"));
    url.replace(slashes, QStringLiteral("/"));
    if (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url + extension;
}

}  // namespace

QString SitePublishedPaths::staticUrl(const QString &relativePath) {
    const QString extension = JekyllPermalink::rubyExtname(relativePath);
    return QLatin1Char('/') + withoutTrailingDots(relativePath.left(relativePath.size() - extension.size())) +
           extension;
}

SitePublishedPaths SitePublishedPaths::fromScan(const SiteScan &scan) {
    SitePublishedPaths paths;
    paths.m_root = scan.root();
    paths.m_baseurl = scan.config().baseurl();
    while (paths.m_baseurl.endsWith(QLatin1Char('/')))
        paths.m_baseurl.chop(1);
    QHash<QString, bool> output;
    for (const SiteCollection &collection : scan.config().collections())
        output.insert(collection.label, collection.output);
    for (const SiteStaticFile &file : scan.snapshot().staticFiles) {
        if (file.collection.isEmpty()) {
            const QString url = staticUrl(file.relativePath);
            paths.m_files.insert(url);
            paths.m_staticFiles.insert(url);
        } else if (output.value(file.collection)) {
            paths.m_files.insert(collectionStaticUrl(file, scan.config()));
        }
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const SitePost &post : scan.documents()) {
        paths.m_documentPaths.insert(post.relativePath);
        if (post.url.isEmpty())
            continue;
        paths.m_urlByPath.insert(post.path, post.url);
        if (post.kind == SitePost::Kind::CollectionDocument && !output.value(post.collection))
            continue;
        if (scan.config().publishes(post, now))
            paths.m_files.insert(destinationOf(post.url, post.outputExt));
    }
    paths.m_walker = std::make_shared<const SiteFolderWalker>(scan.root(), scan.config());
    return paths;
}

QStringList SitePublishedPaths::outputFiles() const {
    QStringList files;
    files.reserve(m_files.size());
    for (const QString &file : m_files)
        files.append(file.mid(1));
    std::sort(files.begin(), files.end());
    return files;
}

QString SitePublishedPaths::urlOf(const QString &path) const {
    return m_urlByPath.value(path);
}

bool SitePublishedPaths::serves(const QString &urlPath) const {
    if (!urlPath.startsWith(QLatin1Char('/')))
        return false;
    if (urlPath.endsWith(QLatin1Char('/')))
        return servesFile(urlPath + QStringLiteral("index.html"));
    return servesFile(urlPath) || servesFile(urlPath + QStringLiteral(".html")) ||
           servesFile(urlPath + QStringLiteral("/index.html"));
}

bool SitePublishedPaths::servesFile(const QString &file) const {
    if (m_staticFiles.contains(file) || (!m_files.contains(file) && m_walker))
        return isLiveStaticFile(file.mid(1));
    return m_files.contains(file);
}

// A file of the site (not a collection's) that Jekyll would copy now: it exists, the walk reaches it, and it
// is not a document. Its URL is its path except for trailing dots of the base name, which a new file's link
// rarely has.
bool SitePublishedPaths::isLiveStaticFile(const QString &relativePath) const {
    if (relativePath.isEmpty() || relativePath.contains(QLatin1String("/../")) ||
        relativePath.startsWith(QLatin1String("../")) || m_documentPaths.contains(relativePath) || !m_walker)
        return false;
    const std::optional<SiteCandidate> candidate =
        m_walker->classify(m_root + QLatin1Char('/') + relativePath);
    return candidate && candidate->kind == SitePost::Kind::Page;
}
