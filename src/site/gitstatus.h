#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// A checkout's state as `git status --porcelain=v2 -z --branch --untracked-files=all` reports it: the
// branch, its upstream with ahead/behind, and each changed or untracked path (relative to the work tree's
// top, '/'-separated). Parsed from bytes so it is tested without git.
struct GitStatus {
    struct Entry {
        QString path;
        QString originalPath;  // a staged rename's or copy's source; empty otherwise
        char staged = '.';     // the index column of XY: '.', 'M', 'A', 'D', 'R', 'C', 'T', 'U'
        char unstaged = '.';   // the work tree column of XY
        bool untracked = false;
        bool conflicted = false;
    };

    QString branch;    // empty when HEAD is detached
    QString upstream;  // "origin/main"; empty when the branch has none
    int ahead = 0;
    int behind = 0;
    QList<Entry> entries;  // ignored files are not listed

    static GitStatus parse(const QByteArray &porcelainV2z);

    const Entry *find(const QString &path) const;
    // True when the path is untracked, or differs between HEAD, the index and the work tree.
    bool isChanged(const QString &path) const { return find(path) != nullptr; }
};
