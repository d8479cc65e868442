#include "spelling/wordlistfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QStringList wordsIn(const QByteArray &bytes) {
    QStringList words;
    for (const QByteArray &raw : bytes.split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words << line;
    }
    return words;
}

}  // namespace

Result<QStringList> WordListFile::read(const QString &path) {
    QFile file(path);
    if (!file.exists())
        return QStringList();
    if (!file.open(QIODevice::ReadOnly))
        return Result<QStringList>::failure(
            tr("Could not read the word list %1: %2").arg(path, file.errorString()));
    return wordsIn(file.readAll());
}

Status WordListFile::add(const QString &path, const QString &word) {
    const QString clean = word.trimmed();
    if (clean.isEmpty() || clean.contains(u'\n'))
        return Status::failure(tr("Could not add \"%1\" to the word list %2: not a word").arg(word, path));
    QByteArray bytes;
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Status::failure(
                tr("Could not read the word list %1: %2").arg(path, existing.errorString()));
        bytes = existing.readAll();
        existing.close();
    }
    if (wordsIn(bytes).contains(clean))
        return Status();
    if (!bytes.isEmpty() && !bytes.endsWith('\n'))
        bytes += '\n';
    bytes += clean.toUtf8() + '\n';
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Status::failure(tr("Could not write the word list %1: cannot create its folder").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(tr("Could not write the word list %1: %2").arg(path, file.errorString()));
    return Status();
}

QString WordListFile::personalPath() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("words.txt"));
}

QString WordListFile::sitePath(const QString &siteRoot) {
    return QDir(siteRoot).filePath(QString::fromLatin1(SiteFileName));
}
