#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>

#include "common/textmatcher.h"
#include "site/sitefilechanges.h"

// Find and replace across a site's files, as text, front matter and body alike (what the writer sees in a
// diff). A file is matched as its text with its line endings read as '\n' (so `$` and `\n` mean the same in a
// CRLF file) and without its byte-order mark; a replacement changes only the matched bytes, writes a line
// break in the file's own line ending, and keeps everything else byte for byte. Files that are not strict
// UTF-8 are reported, not searched. Plain functions, any thread (the window runs search() off the GUI
// thread).
class SiteTextSearch {
    Q_DECLARE_TR_FUNCTIONS(SiteTextSearch)

public:
    // At most this many matches are described (LineMatch) over a whole search; all are counted and all are
    // replaced.
    static constexpr int kMaxDescribedMatches = 5000;
    // A described line longer than this is cut around the match.
    static constexpr int kMaxLineChars = 240;

    struct LineMatch {
        int line = 0;      // 1-based line of the file where the match starts
        int column = 0;    // 1-based, in UTF-16 code units of `lineText` (what QTextCursor counts)
        int length = 0;    // of the match within `lineText` (a match running over lines stops at its end)
        QString lineText;  // the line without its line ending; "…" where it was cut
    };
    struct FileMatches {
        QString path;      // absolute
        QByteArray bytes;  // as read: a replacement is planned on these and written only over them
        int count = 0;     // every match in the file
        QVector<LineMatch> described;
    };
    struct Results {
        QVector<FileMatches> files;        // files with at least one match, in the order given
        QVector<SiteFileNotice> problems;  // files that could not be read or are not UTF-8
        int matchCount = 0;
        int describedCount = 0;  // matches with a LineMatch (at most kMaxDescribedMatches)
        int searchedFiles = 0;
        bool cancelled = false;
    };

    // Reads and matches each file. `cancel` (optional) is polled between files: a cancelled search returns
    // what it found so far with `cancelled` set.
    static Results search(const QStringList &paths, const TextMatcher &matcher,
                          const std::atomic_bool *cancel = nullptr);
    // One file's matches in `bytes` (its content), describing at most `describeLimit` of them.
    static FileMatches match(const QString &path, const QByteArray &bytes, const TextMatcher &matcher,
                             int describeLimit = kMaxDescribedMatches);

    // Every match in the file's bytes replaced by `replacement` (TextMatcher::replacementAt: `\1` and the
    // like for an expression). `after` equals `before` when nothing matches.
    static SiteFileChange replace(const FileMatches &file, const TextMatcher &matcher,
                                  const QString &replacement);
};
