#pragma once

#include "site/jekylldefaults.h"
#include "site/sitecandidate.h"
#include "site/sitepost.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <optional>

// Reads one file found by SiteFolderWalker into a SitePost as Jekyll 4.3's Document (posts, drafts,
// collection documents) or Page does: the front matter (found with Jekyll's own pattern, read as Psych
// reads it), the defaults, the date, title, slug, tags and categories rules. Reads at most the first
// kMaxBytes of a file. A pure function of its inputs: safe to run on many threads at once.
class JekyllDocumentReader {
    Q_DECLARE_TR_FUNCTIONS(JekyllDocumentReader)

public:
    static constexpr qint64 kMaxBytes = 2 * 1024 * 1024;

    struct Context {
        JekyllDefaults defaults;
        QTimeZone zone;
        QDateTime siteTime;  // Jekyll's site.time: the date of a post without one, the line for `future`
        QStringList markdownExtensions;
    };

    // Nothing when the file is not a document after all (a page or collection file without a `---` first
    // line is a static file for Jekyll) or vanished.
    static std::optional<SitePost> read(const SiteCandidate &candidate, const Context &context);
};
