// SiteConfig's Jekyll settings (split from siteconfig.cpp, which keeps loading).
#include "site/siteconfig.h"

namespace {

const JekyllValue *setting(const JekyllValue &settings, const char *key) {
    const JekyllValue *value = settings.find(QLatin1String(key));
    return value && !value->isNull() ? value : nullptr;
}

QStringList stringList(const JekyllValue *value) {
    QStringList list;
    if (!value)
        return list;
    if (value->isList()) {
        for (const JekyllValue &item : value->items) {
            if (!item.isNull())
                list.append(item.toRubyString());
        }
    } else {
        list.append(value->toRubyString());
    }
    return list;
}

}  // namespace

QString SiteConfig::timezone() const {
    const JekyllValue *value = setting(settings(), "timezone");
    return value ? value->toRubyString() : QString();
}

QTimeZone SiteConfig::zone() const {
    const QString name = timezone();
    if (!name.isEmpty()) {
        const QTimeZone zone(name.toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

bool SiteConfig::future() const {
    const JekyllValue *value = setting(settings(), "future");
    return value && value->truthy();
}

bool SiteConfig::unpublished() const {
    const JekyllValue *value = setting(settings(), "unpublished");
    return value && value->truthy();
}

bool SiteConfig::showDrafts() const {
    const JekyllValue *value = setting(settings(), "show_drafts");
    return value && value->truthy();
}

QString SiteConfig::permalink() const {
    const JekyllValue *value = setting(settings(), "permalink");
    return value ? value->toRubyString() : QStringLiteral("date");
}

QString SiteConfig::baseurl() const {
    const JekyllValue *value = setting(settings(), "baseurl");
    return value ? value->toRubyString() : QString();
}

QString SiteConfig::url() const {
    const JekyllValue *value = setting(settings(), "url");
    return value ? value->toRubyString() : QString();
}

QString SiteConfig::collectionsDir() const {
    const JekyllValue *value = setting(settings(), "collections_dir");
    QString dir = value ? value->toRubyString() : QString();
    // Jekyll's in_source_dir ignores surrounding slashes.
    while (dir.startsWith(QLatin1Char('/')))
        dir.remove(0, 1);
    while (dir.endsWith(QLatin1Char('/')))
        dir.chop(1);
    return dir;
}

QVector<SiteCollection> SiteConfig::collections() const {
    QVector<SiteCollection> result;
    const JekyllValue *value = setting(settings(), "collections");
    if (!value)
        return result;
    auto add = [&result](const QString &label, const JekyllValue *metadata) {
        if (label == QLatin1String("posts") || label == QLatin1String("data"))
            return;
        SiteCollection collection;
        collection.label = label;
        if (metadata && metadata->isMap()) {
            const JekyllValue *output = metadata->find(QStringLiteral("output"));
            collection.output = output && output->truthy();
            const JekyllValue *permalink = metadata->find(QStringLiteral("permalink"));
            if (permalink && !permalink->isNull())
                collection.permalink = permalink->toRubyString();
            collection.permalinkNull = permalink && permalink->isNull();
        }
        result.append(collection);
    };
    if (value->isList()) {
        for (const JekyllValue &item : value->items)
            add(item.toRubyString(), nullptr);
    } else if (value->isMap()) {
        for (const auto &entry : value->entries)
            add(entry.first, &entry.second);
    }
    return result;
}

std::optional<QString> SiteConfig::collectionPermalink(const QString &label) const {
    const JekyllValue *value = setting(settings(), "collections");
    if (!value || !value->isMap())
        return std::nullopt;
    const JekyllValue *metadata = value->find(label);
    if (!metadata || !metadata->isMap())
        return std::nullopt;
    const JekyllValue *permalink = metadata->find(QStringLiteral("permalink"));
    if (!permalink || permalink->isNull())
        return std::nullopt;
    return permalink->toRubyString();
}

QStringList SiteConfig::exclude() const {
    QStringList list = stringList(setting(settings(), "exclude"));
    for (const char *name :
         {".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
          "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/"}) {
        if (!list.contains(QLatin1String(name)))
            list.append(QLatin1String(name));
    }
    return list;
}

QStringList SiteConfig::include() const {
    const JekyllValue *value = setting(settings(), "include");
    return value ? stringList(value) : QStringList{QStringLiteral(".htaccess")};
}

QStringList SiteConfig::markdownExtensions() const {
    const JekyllValue *value = setting(settings(), "markdown_ext");
    const QString text = value ? value->toRubyString() : QStringLiteral("markdown,mkdown,mkdn,mkd,md");
    QStringList extensions;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        extensions.append(part.trimmed());
    return extensions;
}

bool SiteConfig::publishes(const SitePost &post, const QDateTime &siteTime) const {
    if (post.unreadable)
        return false;
    const bool flagged =
        post.published == SitePost::Published::False || post.published == SitePost::Published::Null;
    switch (post.kind) {
        case SitePost::Kind::Page:
            return !flagged || unpublished();
        case SitePost::Kind::CollectionDocument:
            // Collection#read_document keeps a document unless `published: false` (nil counts as published).
            return unpublished() || post.published != SitePost::Published::False;
        case SitePost::Kind::Draft:
        case SitePost::Kind::Post:
            if (!post.validUtf8 || (post.kind == SitePost::Kind::Draft && !showDrafts()))
                return false;
            if (flagged && !unpublished())
                return false;
            return future() || post.date.toSecsSinceEpoch() <= siteTime.toSecsSinceEpoch();
    }
    return false;
}
