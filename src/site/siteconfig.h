#pragma once

#include "common/result.h"
#include "site/jekyllvalue.h"
#include "site/sitecollection.h"
#include "site/sitepost.h"

#include <QCoreApplication>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVector>

#include <memory>
#include <optional>

// The parts of a Jekyll site's `_config.yml` the editor uses: the site title and the settings that decide
// what Jekyll reads and publishes. The front-matter defaults are applied by JekyllDefaults, from settings().
// Plain data, cheap to copy: copies share the parsed file, which nothing modifies after load().
class SiteConfig {
    Q_DECLARE_TR_FUNCTIONS(SiteConfig)

public:
    SiteConfig();

    // Reads `<root>/_config.yml`, or `<root>/_config.yaml` when there is no `.yml` (Jekyll's order).
    // No file is a valid empty config; so is a site configured only by `_config.toml`, which is not read yet.
    // A YAML error fails with "FILE:LINE:COLUMN: error: REASON"; so does a file that is not a mapping.
    static Result<SiteConfig> load(const QString &root);
    // The same from text; `fileName` only names the source in messages.
    static Result<SiteConfig> fromText(const QByteArray &yaml, const QString &fileName);

    // The file read, or empty when there was none.
    QString path() const { return m_path; }
    // The site's `title:`, or empty.
    QString title() const;

    // The settings that decide what Jekyll reads and publishes, as Jekyll's configuration holds them after
    // merging its defaults (values read as Psych reads them: `future: yes` is true).
    QString timezone() const;  // `timezone:`, or empty
    QTimeZone zone() const;    // that zone when valid, else the system's (Jekyll's `localtime`)
    bool future() const;
    bool unpublished() const;
    bool showDrafts() const;
    QString permalink() const;  // `permalink:`, "date" by default
    QString baseurl() const;
    QString url() const;             // `url:`, the site's address (`https://example.com`), or empty
    QString collectionsDir() const;  // `collections_dir:` without leading or trailing slash, or empty
    QVector<SiteCollection> collections() const;  // the `collections:` entries other than posts and data
    // `collections: <label>: permalink:` when set and not null; `posts` included (its pattern for posts
    // and drafts, which Jekyll otherwise takes from the site's `permalink`).
    std::optional<QString> collectionPermalink(const QString &label) const;
    QStringList exclude() const;             // `exclude:` followed by Jekyll's default excludes
    QStringList include() const;             // `include:`, [".htaccess"] by default
    QStringList markdownExtensions() const;  // `markdown_ext:` split at commas, without dots
    // The whole file as Jekyll holds it (a Map, or Null when empty).
    const JekyllValue &settings() const;

    // Whether Jekyll lists `post` in what it builds (site.posts, site.pages, a collection's docs) under this
    // configuration at `siteTime`: `published`, `unpublished`, `future` and `show_drafts`, and the files it
    // skips (unreadable, a body that is not UTF-8).
    bool publishes(const SitePost &post, const QDateTime &siteTime) const;

private:
    struct Data;
    std::shared_ptr<const Data> m_data;
    QString m_path;
};
