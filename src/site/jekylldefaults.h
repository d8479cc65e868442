#pragma once

#include "site/jekyllvalue.h"

#include <QString>
#include <QVector>

class SiteConfig;

// Jekyll 4.3's FrontMatterDefaults#all for any document: the `defaults:` sets whose scope matches the
// document's type ("posts", "pages", a collection label) and path, merged with Jekyll's precedence.
// Built once per read (glob scope paths are expanded on disk then, as Jekyll caches them); const and
// thread-safe afterwards.
class JekyllDefaults {
public:
    JekyllDefaults() = default;
    JekyllDefaults(const SiteConfig &config, const QString &siteRoot);

    // `relativePath` is Jekyll's relative_path of the document (for documents, relative to collections_dir).
    JekyllValue all(const QString &relativePath, const QString &type) const;

private:
    struct Set {
        bool hasScope = false;
        bool hasType = false;
        QString type;
        QString path;  // sanitized, collections_dir stripped
        bool glob = false;
        QStringList globMatches;  // glob paths: the matches relative to the source
        JekyllValue values;
    };
    QVector<Set> m_sets;
};
