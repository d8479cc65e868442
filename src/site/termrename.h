#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include "common/result.h"
#include "site/sitefilechanges.h"

class Post;
class SiteConfig;

// Renames (or merges) a tag or a category across a site's posts, touching only the renamed item's bytes in
// each file: items that stay keep their bytes, quoting and comments, a flow list stays flow, a
// space-separated string stays a string. Terms are read as Jekyll 4.3 reads them from the post's data, which
// merges its folder categories, then the `_config.yml` defaults, then its own front matter (a nil never
// replaces a value): tags from `tag` (one tag, or a list) when it is neither nil nor false, else `tags` (a
// list, or words split on blanks); categories from `categories` (united across folder, defaults and post)
// and `category`. Only the post's own keys Jekyll reads are renamed. Where a term does not come from the
// post's bytes (the defaults, a folder), or sits in an own key Jekyll does not read (`tags` under a `tag`),
// the plan says so per file. Plans, applies and undoes; plain functions, safe to run on any thread.
class TermRename {
    Q_DECLARE_TR_FUNCTIONS(TermRename)

public:
    enum class Vocabulary { Tags, Categories };

    using FileChange = SiteFileChange;
    using Notice = SiteFileNotice;
    using Outcome = SiteFileChanges::Outcome;
    struct Plan {
        Vocabulary vocabulary = Vocabulary::Tags;
        QString from;
        QString to;
        QVector<FileChange> changes;
        QVector<Notice> notices;  // files holding the term where it could not be renamed
    };

    // Reads each file (absolute paths of posts and drafts under `siteRoot`) and plans the rename. `config`
    // gives the defaults (JekyllDefaults) that may supply terms. Renaming to a term the post already has
    // merges the two (the old item goes).
    static Result<Plan> plan(const QString &siteRoot, const QStringList &files, const SiteConfig &config,
                             Vocabulary vocabulary, const QString &from, const QString &to);

    // Renames in one post's front matter, read without defaults; `changed` says whether anything was renamed.
    // Fails, leaving `post` as it was, when the term is there but cannot be renamed in place (why in the
    // message).
    static Status renameIn(Post &post, Vocabulary vocabulary, const QString &from, const QString &to,
                           bool *changed);

    // Writes each change atomically, only where the file still holds `before` (SiteFileChanges).
    static Outcome apply(const Plan &plan);
    // Writes `before` back where the file still holds `after`; files changed since are reported and left.
    static Outcome undo(const Plan &plan);

    // The terms of that vocabulary a post's own front matter gives (without defaults), in Jekyll's order.
    static QStringList termsOf(const Post &post, Vocabulary vocabulary);
};
