#include "newpost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include "post/post.h"
#include "post/postfile.h"
#include "site/jekylldefaults.h"
#include "site/postlocation.h"
#include "site/siteconfig.h"
#include "site/siteposts.h"
#include "site/siteshape.h"

#include <algorithm>

namespace {

// How many of a site's newest posts a new post learns its fields from.
constexpr int kPostsToLearnFrom = 50;

// The fields most of the site's posts carry (SiteShape), then the `_config.yml` defaults Jekyll gives the
// post at `path`, which win where both give a key; `layout: post` when neither gives anything.
QVector<QPair<QString, QString>> startingFields(const QString &root, const SiteConfig &config,
                                                const QString &path) {
    QVector<Post> siblings;
    for (const QString &sibling : SitePosts::list(root).mid(0, kPostsToLearnFrom)) {
        if (const Result<Post> post = PostFile::load(sibling))
            siblings.append(post.value());
    }
    QVector<QPair<QString, QString>> fields = SiteShape::learn(siblings).newPostFields();
    // Jekyll's relative_path is relative to `collections_dir`, where posts are read from.
    QString relative = QDir(root).relativeFilePath(path);
    if (const QString dir = config.collectionsDir() + QLatin1Char('/');
        dir.size() > 1 && relative.startsWith(dir))
        relative = relative.mid(dir.size());
    // Drafts are documents of the posts collection: they get the posts' defaults.
    const JekyllValue defaults = JekyllDefaults(config, root).all(relative, QStringLiteral("posts"));
    for (const QPair<QString, JekyllValue> &entry : defaults.entries) {
        const QString yaml = entry.second.toFlowYaml();
        const auto it =
            std::find_if(fields.begin(), fields.end(), [&](const auto &f) { return f.first == entry.first; });
        if (it != fields.end())
            it->second = yaml;
        else
            fields.append({entry.first, yaml});
    }
    if (fields.isEmpty())
        fields.append({QStringLiteral("layout"), QStringLiteral("post")});
    return fields;
}

}  // namespace

Result<QString> NewPost::create(const QString &siteRoot, const Options &options) {
    if (options.title.trimmed().isEmpty())
        return Result<QString>::failure(QCoreApplication::translate("NewPost", "A new post needs a title"));
    if (!QFileInfo(siteRoot).isDir())
        return Result<QString>::failure(
            QCoreApplication::translate("NewPost", "%1: no such folder").arg(siteRoot));
    const QString root = QFileInfo(siteRoot).canonicalFilePath();
    const Result<SiteConfig> config = SiteConfig::load(root);
    if (!config)
        return Result<QString>::failure(config.error());

    // The site's `timezone` decides the offset written, and so the day in the file name.
    const QDateTime now = QDateTime::currentDateTime().toTimeZone(config->zone());
    const QString path =
        PostLocation::newPostPath(root, options.title, options.date.value_or(now.date()), options.draft);

    Post post = Post::fromText("---\n---\n\n");
    for (const auto &[key, yaml] : startingFields(root, config.value(), path)) {
        if (key == QLatin1String("title") || key == QLatin1String("date"))
            continue;
        if (const Status ok = post.setYaml(key, yaml); !ok)
            return Result<QString>::failure(
                QCoreApplication::translate("NewPost", "%1: the default for '%2' cannot be used: %3")
                    .arg(config->path(), key, ok.error()));
    }
    if (const Status ok = post.setScalar(QStringLiteral("title"), options.title, ScalarType::String); !ok)
        return Result<QString>::failure(ok.error());
    if (options.date) {
        post.setDateTime(QStringLiteral("date"), QDateTime(*options.date, QTime(0, 0)), true);
    } else if (!options.draft) {
        post.setDateTime(QStringLiteral("date"), now.toOffsetFromUtc(now.offsetFromUtc()));
    }

    if (QFileInfo::exists(path))
        return Result<QString>::failure(
            QCoreApplication::translate("NewPost", "%1 already exists; not overwriting it").arg(path));
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Result<QString>::failure(
            QCoreApplication::translate("NewPost", "Could not create the folder %1")
                .arg(QFileInfo(path).absolutePath()));
    if (const Status saved = PostFile::writeBytes(path, post.text()); !saved)
        return Result<QString>::failure(saved.error());
    return path;
}
