#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

// A line diff (longest common subsequence on lines) for showing two versions of a post side by side:
// the file on disk and the edits. Common leading and trailing lines are matched first, so a small edit in a
// long post costs little; when the differing middle is too large for the LCS table it is shown as removed
// then added, which is still a correct (if less minimal) diff. Pure function; any thread.
class LineDiff {
public:
    enum class Kind { Same, Removed, Added };
    struct Line {
        Kind kind = Kind::Same;
        QString text;        // without the line ending
        int beforeLine = 0;  // 1-based line in `before` (0 for Added)
        int afterLine = 0;   // 1-based line in `after` (0 for Removed)
    };

    static QVector<Line> compare(const QStringList &before, const QStringList &after);
    static QVector<Line> compare(const QByteArray &before, const QByteArray &after);
    // UTF-8 text split into lines: "\n" or "\r\n" ends a line; a final line ending adds no empty line.
    static QStringList splitLines(const QByteArray &text);

    // Above this many LCS cells (middle lines before x after) the middle is shown as removed + added.
    static constexpr qint64 kMaxCells = 4'000'000;
};
