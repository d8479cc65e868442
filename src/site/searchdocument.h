#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

// One post or page as the full-text search index takes it: what the site reader read from the file, plus the
// file's size and modification time, which decide whether an update has to re-index it.
struct SearchDocument {
    QString relativePath;  // to the site root, '/'-separated: the document's key
    QString title;
    QStringList tags;
    QStringList categories;
    QString body;        // the text searched; what the reader makes of Markdown is its choice
    qint64 size = 0;     // bytes on disk
    qint64 mtimeMs = 0;  // modification time, ms since the epoch
};
