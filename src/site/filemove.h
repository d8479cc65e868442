#pragma once

#include <QByteArray>
#include <QString>

#include "common/result.h"

// Moving a post file to a new name, possibly with new bytes (publish, unpublish, later rename), safely: the
// source must still hold the bytes the caller read (else someone changed it since), the target must not
// exist (never an overwrite, not even in a race: the new file is written beside the target and renamed into
// place without replacing), the write is checked, and only then is the source removed. A FileMove that was
// applied carries what undo() needs.
class FileMove {
public:
    FileMove() = default;
    FileMove(QString from, QString to, QByteArray oldBytes, QByteArray newBytes)
        : m_from(std::move(from))
        , m_to(std::move(to))
        , m_oldBytes(std::move(oldBytes))
        , m_newBytes(std::move(newBytes)) {}

    QString from() const { return m_from; }
    QString to() const { return m_to; }
    QByteArray oldBytes() const { return m_oldBytes; }
    QByteArray newBytes() const { return m_newBytes; }

    // Writes newBytes() to to() and removes from(). Refuses, naming the file, when to() exists or from() no
    // longer holds oldBytes(); when from() cannot be removed, the new file is removed again and both are
    // reported. On any failure the files are as they were.
    Status apply() const;
    // The move back (to() -> from(), oldBytes() again), refused when to() changed since apply() wrote it.
    Status undo() const;
    // The move that undo() applies.
    FileMove reversed() const { return FileMove(m_to, m_from, m_newBytes, m_oldBytes); }

private:
    QString m_from;
    QString m_to;
    QByteArray m_oldBytes;
    QByteArray m_newBytes;
};
