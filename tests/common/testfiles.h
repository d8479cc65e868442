#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>

// Files for tests to set a site up in a QTemporaryDir and read back what the code under test wrote.

// Writes `bytes` to `path`, creating its folders; whether every byte was written.
inline bool writeTestFile(const QString &path, const QByteArray &bytes) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// The bytes of `path`, or empty when it cannot be read.
inline QByteArray readTestFile(const QString &path) {
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
