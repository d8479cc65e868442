#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include "common/result.h"

// A list of words a spelling check accepts, one word a line in UTF-8 (blank lines and lines starting with '#'
// are ignored): the writer's personal list, and a site's shared list, which lives at the site's root as
// `.postwright-words` so it travels with the site's repository. Jekyll never publishes it: a name starting
// with '.' is excluded from the build unless `include:` names it (Jekyll::EntryFilter#special?).
class WordListFile {
    Q_DECLARE_TR_FUNCTIONS(WordListFile)

public:
    static constexpr const char *SiteFileName = ".postwright-words";

    // The words in the file; a missing file is an empty list.
    static Result<QStringList> read(const QString &path);
    // Adds `word` (when absent) by writing the whole file anew atomically (QSaveFile): the old file stays
    // whole if writing fails. Creates the folder when needed; keeps the lines already there as they were.
    static Status add(const QString &path, const QString &word);

    // The personal list: "words.txt" in the application's data folder (QStandardPaths::AppDataLocation).
    static QString personalPath();
    // The site's list: `siteRoot`/.postwright-words.
    static QString sitePath(const QString &siteRoot);
};
