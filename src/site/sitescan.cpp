#include "site/sitescan.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstring>

#include "post/post.h"
#include "site/jekyllpermalink.h"
#include "site/sitereader.h"

namespace {

constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;

JekyllPermalink::Kind permalinkKind(SitePost::Kind kind) {
    switch (kind) {
        case SitePost::Kind::Post:
            return JekyllPermalink::Kind::Post;
        case SitePost::Kind::Draft:
            return JekyllPermalink::Kind::Draft;
        case SitePost::Kind::CollectionDocument:
            return JekyllPermalink::Kind::CollectionDocument;
        case SitePost::Kind::Page:
            return JekyllPermalink::Kind::Page;
    }
    return JekyllPermalink::Kind::Post;
}

// Whether the document's collection sets `permalink: ~`.
bool nullPattern(const SitePost &post, const SiteConfig &config) {
    const QVector<SiteCollection> collections = config.collections();
    return std::any_of(collections.cbegin(), collections.cend(), [&](const SiteCollection &collection) {
        return collection.label == post.collection && collection.permalinkNull;
    });
}

}  // namespace

SiteScan SiteScan::read(const QString &root) {
    SiteScan scan;
    const SiteReader reader(root);
    scan.m_snapshot = reader.read();
    for (SitePost &post : scan.m_snapshot.documents)
        fillUrl(post, scan.m_snapshot.config);
    return scan;
}

SiteScan SiteScan::read(const QString &root, const BatchCallback &onBatch) {
    SiteScan scan;
    const SiteReader reader(root);
    const SiteConfig &config = reader.config();
    // URLs are filled once, in the batch, before the documents join the snapshot.
    scan.m_snapshot = reader.read([&](QVector<SitePost> &batch, int done, int total) {
        for (SitePost &post : batch)
            fillUrl(post, config);
        onBatch(batch, config, done, total);
        return true;
    });
    return scan;
}

void SiteScan::fillUrl(SitePost &post, const SiteConfig &config) {
    JekyllPermalink::Input input;
    input.kind = permalinkKind(post.kind);
    input.collection = post.collection;
    // Documents' relative paths count from the collections folder; pages' from the site.
    input.relativePath = post.relativePath;
    const QString collectionsDir = config.collectionsDir();
    if (post.kind != SitePost::Kind::Page && !collectionsDir.isEmpty() &&
        input.relativePath.startsWith(collectionsDir + QLatin1Char('/')))
        input.relativePath = input.relativePath.mid(collectionsDir.size() + 1);
    input.sitePermalink = config.permalink();
    if (post.kind != SitePost::Kind::Page)
        input.collectionPermalink = config.collectionPermalink(post.collection);
    if (post.hasPermalink)
        input.permalink = post.permalink;
    input.date = post.date;
    input.timeZone = config.zone();
    input.categories = post.categories;
    input.slug = post.slug;
    input.outputExt =
        JekyllPermalink::outputExtension(post.relativePath, input.permalink, config.markdownExtensions());
    if (post.kind == SitePost::Kind::CollectionDocument && !post.hasPermalink && nullPattern(post, config)) {
        // Collection#url_template is nil and so is the document's permalink: Jekyll's URL raises.
        post.url.clear();
        post.problems.append({Diagnostic::Severity::Error, 0, 0,
                              tr("%1: `collections: %2: permalink:` is null: Jekyll cannot build its URL")
                                  .arg(post.relativePath, post.collection)});
        return;
    }
    if (post.kind == SitePost::Kind::Page && post.hasPermalink && post.permalink.isEmpty()) {
        // Jekyll's validate_permalink! stops the whole build on a page with `permalink: ""`.
        post.url.clear();
        post.problems.append({Diagnostic::Severity::Error, 0, 0,
                              tr("%1: an empty permalink: Jekyll stops the build (Invalid permalink)")
                                  .arg(post.relativePath)});
        return;
    }
    const Result<QString> url = JekyllPermalink::url(input);
    if (url) {
        post.url = url.value();
    } else {
        post.url.clear();
        post.problems.append({Diagnostic::Severity::Error, 0, 0, url.error()});
    }
}

QVector<SitePost> SiteScan::reread(const QStringList &paths, QStringList *gone) const {
    const SiteReader reader(root());
    QVector<SitePost> read;
    QSet<QString> seen;
    for (const QString &path : paths) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            continue;
        seen.insert(absolute);
        if (std::optional<SitePost> post = reader.readFile(absolute)) {
            fillUrl(*post, reader.config());
            read.append(*post);
        } else if (gone) {
            gone->append(absolute);
        }
    }
    return read;
}

bool SiteScan::contains(const QString &path) const {
    return std::any_of(documents().cbegin(), documents().cend(),
                       [&](const SitePost &post) { return post.path == path; });
}

PostFilter::Status SiteScan::statusOf(const SitePost &post) {
    if (post.draft)
        return PostFilter::Status::Draft;
    if (post.published == SitePost::Published::False)
        return PostFilter::Status::Unpublished;
    if (post.future)
        return PostFilter::Status::Scheduled;
    return PostFilter::Status::Published;
}

bool SiteScan::publishes(const SitePost &post) const {
    return config().publishes(post, QDateTime::currentDateTime());
}

QStringList SiteScan::folders() const {
    QSet<QString> folders{root()};
    for (const SitePost &post : documents())
        folders.insert(post.path.left(post.path.lastIndexOf(QLatin1Char('/'))));
    QStringList roots{QStringLiteral("_posts"), QStringLiteral("_drafts")};
    for (const SiteCollection &collection : config().collections())
        roots.append(QLatin1Char('_') + collection.label);
    const QString base =
        config().collectionsDir().isEmpty() ? root() : root() + QLatin1Char('/') + config().collectionsDir();
    for (const QString &name : std::as_const(roots)) {
        if (QFileInfo(base + QLatin1Char('/') + name).isDir())
            folders.insert(base + QLatin1Char('/') + name);
    }
    QStringList out(folders.cbegin(), folders.cend());
    out.sort();
    return out;
}

QStringList SiteScan::configFiles() const {
    QStringList files;
    for (const char *name : {"_config.yml", "_config.yaml"}) {
        const QString path = root() + QLatin1Char('/') + QLatin1String(name);
        if (QFileInfo::exists(path))
            files.append(path);
    }
    return files;
}

QStringList SiteScan::staleIn(const QString &folder, QStringList *gone, bool *newFolders) const {
    // Called for every change in a folder that may hold 10,000 posts: plain readdir and fstatat, and the
    // documents' folders found by string, keep it to a few milliseconds (QFileInfo's local times cost more).
    *newFolders = false;
    QHash<QString, const SitePost *> known;
    const QString prefix = folder + QLatin1Char('/');
    for (const SitePost &post : documents()) {
        if (post.path.startsWith(prefix) && post.path.indexOf(QLatin1Char('/'), prefix.size()) < 0)
            known.insert(post.path.mid(prefix.size()), &post);
    }
    QStringList stale;
    QSet<QString> present;
    QStringList subfolders;
    const QByteArray encoded = QFile::encodeName(folder);
    DIR *dir = ::opendir(encoded.constData());
    if (dir) {
        const int fd = ::dirfd(dir);
        while (const dirent *entry = ::readdir(dir)) {
            const char *name = entry->d_name;
            if (std::strcmp(name, ".") == 0 || std::strcmp(name, "..") == 0)
                continue;
            struct stat st {};
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0)
                continue;
            const QString fileName = QFile::decodeName(name);
            if (S_ISDIR(st.st_mode)) {
                if (name[0] != '.')
                    subfolders.append(prefix + fileName);
                continue;
            }
            present.insert(fileName);
            const SitePost *post = known.value(fileName);
            const qint64 mtimeMs = qint64(st.st_mtim.tv_sec) * 1000 + st.st_mtim.tv_nsec / 1000000;
            if (!post || post->size != st.st_size || post->modified.toMSecsSinceEpoch() != mtimeMs)
                stale.append(prefix + fileName);
        }
        ::closedir(dir);
    }
    if (!subfolders.isEmpty()) {
        // A folder not watched yet may hold documents now (`news/_posts/`): only a full read tells.
        const QStringList watched = folders();
        *newFolders = std::any_of(subfolders.cbegin(), subfolders.cend(),
                                  [&](const QString &sub) { return !watched.contains(sub); });
    }
    for (auto it = known.cbegin(); it != known.cend(); ++it) {
        if (!present.contains(it.key()))
            gone->append(prefix + it.key());
    }
    return stale;
}

QString SiteScan::bodyText(const QString &path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.read(kMaxBodyBytes);
    const Post post = Post::fromText(bytes);
    return QString::fromUtf8(post.body());
}
