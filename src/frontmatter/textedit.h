#pragma once

#include <QByteArray>

// Replace the bytes [begin, end) of a file with `text`. Every front-matter edit is one of these.
struct TextEdit {
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;

    QByteArray appliedTo(const QByteArray &bytes) const {
        QByteArray out;
        out.reserve(bytes.size() - (end - begin) + text.size());
        out.append(bytes.constData(), begin).append(text).append(bytes.constData() + end, bytes.size() - end);
        return out;
    }
};
