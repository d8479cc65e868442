#pragma once

#include "site/jekylldocumentreader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

// The values of one document as Jekyll 4.3 computes them from its file's front matter, the defaults and
// its path (Document#read, #populate_title/_categories/_tags, Page#read_yaml).
class JekyllFrontMatter {
    Q_DECLARE_TR_FUNCTIONS(JekyllFrontMatter)

public:
    // Fills post's slug, title, date, tags, categories, draft, published, layout, permalink, outputExt,
    // future and problems (post.validUtf8 must be set: Jekyll cannot even look for the front matter of a
    // file that is not UTF-8). Returns where the body starts in `bytes`.
    static qsizetype apply(const QByteArray &bytes, const SiteCandidate &candidate,
                           const JekyllDocumentReader::Context &context, SitePost &post);

    struct Block {
        bool found = false;
        qsizetype begin = 0;    // the opening `---` (after a BOM)
        qsizetype yamlEnd = 0;  // the closing line's first byte; the YAML is [begin, yamlEnd)
        qsizetype bodyBegin = 0;
    };
    // Document::YAML_FRONT_MATTER_REGEXP: `---` + white space up to a line break, then the first line that
    // is `---` or `...` with only white space after it.
    static Block find(const QByteArray &bytes);

    // The title Jekyll gives a post without one: the file name's slug (no date, no extension) titleized
    // (`2016-05-20-my-example-post.md` -> `My Example Post`).
    static QString titleFromFileName(const QString &fileName);

    // Document#categories_from_path: the folders of `relativePath` (Jekyll's relative_path) before the first
    // `specialDir` (`_posts` or `_drafts`) in it: `news/_posts/x.md` gives `news`, `_posts/news/x.md` none.
    static QStringList categoriesFromPath(const QString &relativePath, const QString &specialDir);
};
