#include "site/postrename.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include "post/post.h"
#include "site/jekyllvalue.h"
#include "site/sitereader.h"
#include "site/siteroot.h"
#include "site/sitescan.h"
#include "site/slug.h"

namespace {

// Whether `plugins:` (or the older `gems:`) of _config.yml lists jekyll-redirect-from.
bool usesRedirects(const SiteConfig &config) {
    for (const char *key : {"plugins", "gems"}) {
        const JekyllValue *plugins = config.settings().find(QLatin1String(key));
        if (!plugins || !plugins->isList())
            continue;
        for (const JekyllValue &plugin : plugins->items) {
            if (plugin.toRubyString() == QLatin1String("jekyll-redirect-from"))
                return true;
        }
    }
    return false;
}

// The old URL added to `redirect_from`, keeping the field's style: a list gets one more item, a single
// value becomes a list of two, no field becomes a list of one.
Status addRedirect(Post &post, const QString &url) {
    const QString key = QStringLiteral("redirect_from");
    const FieldEntry *entry = post.field(key);
    if (!entry)
        return post.setList(key, {url});
    if (entry->kind == FieldEntry::Kind::Sequence) {
        if (entry->items.contains(url))
            return {};
        return post.setList(key, entry->items + QStringList{url});
    }
    if (entry->kind == FieldEntry::Kind::Scalar && !entry->scalar.isEmpty())
        return entry->scalar == url ? Status() : post.setList(key, {entry->scalar, url});
    return post.setList(key, {url});
}

}  // namespace

Result<PostRename::Plan> PostRename::plan(const QString &path, const QByteArray &expectedBytes,
                                          const QString &title, bool addRedirect) {
    const QFileInfo info(path);
    const QString root = SiteRoot::find(path);
    if (root.isEmpty())
        return Result<Plan>::failure(tr("%1 is not in a Jekyll site").arg(path));
    const SiteReader reader(root);
    std::optional<SitePost> before = reader.readFile(info.absoluteFilePath());
    if (!before)
        return Result<Plan>::failure(tr("%1 is not a post Jekyll reads").arg(path));
    SiteScan::fillUrl(*before, reader.config());

    // `2018-09-21-old-slug.md` -> `2018-09-21-new-slug.md`; a file without a date keeps none.
    static const QRegularExpression dated(QStringLiteral("^(\\d{2,4}-\\d{1,2}-\\d{1,2}-)"));
    const QString prefix = dated.match(info.fileName()).captured(1);
    const QString slug = Slug::fromTitle(title);
    const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
    const QString target = info.dir().filePath(prefix + slug + suffix);
    if (target == info.absoluteFilePath())
        return Result<Plan>::failure(tr("%1 already matches its title").arg(info.fileName()));

    std::optional<SitePost> after = before;
    after->path = target;
    after->relativePath = QDir(root).relativeFilePath(target);
    if (!after->hasOwnSlug)
        after->slug = slug;
    SiteScan::fillUrl(*after, reader.config());

    Plan plan;
    plan.oldUrl = before->url;
    plan.newUrl = after->url;
    plan.urlChanges = plan.oldUrl != plan.newUrl;
    plan.hasPublicUrl = before->kind != SitePost::Kind::Draft && !plan.oldUrl.isEmpty();
    plan.siteUsesRedirects = usesRedirects(reader.config());
    Post post = Post::fromText(expectedBytes);
    if (addRedirect && plan.urlChanges && plan.siteUsesRedirects && plan.hasPublicUrl) {
        if (const Status added = ::addRedirect(post, plan.oldUrl); !added)
            return Result<Plan>::failure(
                tr("%1: redirect_from cannot be added: %2").arg(path, added.error()));
        plan.redirectAdded = true;
    }
    plan.move = FileMove(info.absoluteFilePath(), target, expectedBytes, post.text());
    return plan;
}
