#include "recoverystore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QUuid>

#include <algorithm>

namespace {

// A copy is "postwright-recovery 1\n", one line of JSON (path, time, base hash, size), then the text as is.
const QByteArray kMagic = "postwright-recovery 1\n";
const QString kSuffix = QStringLiteral(".recovery");
const QString kUntitledPrefix = QStringLiteral("untitled-");

// The same post reached through a symlinked folder gets the same key; the file itself need not exist
// (a deleted post's copy keeps its key).
QString canonicalPath(const QString &path) {
    const QFileInfo info(path);
    const QString dir = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (dir.isEmpty() ? QDir::cleanPath(info.absolutePath()) : dir) + QLatin1Char('/') + info.fileName();
}

QString keyForPath(const QString &path) {
    const QByteArray hash =
        QCryptographicHash::hash(canonicalPath(path).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(hash.toHex().left(32));
}

QString keyForUntitled(const QString &untitledId) {
    // The id is ours (newUntitledId()), but keep whatever a caller passes inside a safe file name.
    const QByteArray hash = QCryptographicHash::hash(untitledId.toUtf8(), QCryptographicHash::Sha256);
    return kUntitledPrefix + QString::fromLatin1(hash.toHex().left(32));
}

// The reason a folder cannot be created: the nearest existing ancestor says why.
QString folderProblem(const QString &folder) {
    QFileInfo probe(folder);
    while (!probe.exists() && probe.absoluteFilePath() != probe.absolutePath())
        probe = QFileInfo(probe.absolutePath());
    if (probe.exists() && !probe.isDir())
        return QCoreApplication::translate("RecoveryStore", "%1 is a file, not a folder")
            .arg(probe.absoluteFilePath());
    if (probe.exists() && !probe.isWritable())
        return QCoreApplication::translate("RecoveryStore", "no permission to write in %1")
            .arg(probe.absoluteFilePath());
    return QCoreApplication::translate("RecoveryStore", "the folder could not be created");
}

QString writeProblem(const QFileDevice &file, const QString &folder, qsizetype bytesNeeded) {
    const QStorageInfo storage(folder);
    if (file.error() == QFileDevice::ResourceError ||
        (storage.isValid() && storage.bytesAvailable() < bytesNeeded + 4096))
        return QCoreApplication::translate("RecoveryStore", "disk full");
    const QString reason = file.errorString();
    return reason.isEmpty() ? QCoreApplication::translate("RecoveryStore", "unknown error") : reason;
}

std::optional<RecoveryEntry> parse(const QString &filePath) {
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = file.readAll();
    if (!bytes.startsWith(kMagic))
        return std::nullopt;
    const qsizetype headerEnd = bytes.indexOf('\n', kMagic.size());
    if (headerEnd < 0)
        return std::nullopt;
    QJsonParseError error;
    const QJsonObject header =
        QJsonDocument::fromJson(bytes.mid(kMagic.size(), headerEnd - kMagic.size()), &error).object();
    if (error.error != QJsonParseError::NoError)
        return std::nullopt;
    RecoveryEntry entry;
    entry.id = QFileInfo(filePath).fileName();
    entry.postPath = header.value(QStringLiteral("path")).toString();
    entry.untitledId = header.value(QStringLiteral("untitled")).toString();
    entry.savedAt =
        QDateTime::fromString(header.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    entry.baseHash = header.value(QStringLiteral("baseHash")).toString().toLatin1();
    entry.text = bytes.mid(headerEnd + 1);
    // A copy that lost bytes is not offered as if it were the edits.
    if (entry.text.size() != header.value(QStringLiteral("size")).toInteger(-1))
        return std::nullopt;
    return entry;
}

// Sets diskState; returns the file's bytes (empty when missing or untitled).
QByteArray classify(RecoveryEntry &entry) {
    if (entry.isUntitled()) {
        entry.diskState = RecoveryEntry::DiskState::Untitled;
        return {};
    }
    QFile file(entry.postPath);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.diskState = RecoveryEntry::DiskState::Missing;
        return {};
    }
    const QByteArray bytes = file.readAll();
    entry.diskState = RecoveryStore::contentHash(bytes) == entry.baseHash
                          ? RecoveryEntry::DiskState::Unchanged
                          : RecoveryEntry::DiskState::Changed;
    return bytes;
}

// "<key>.<session>.recovery" -> {key, session}
std::pair<QString, QString> splitName(const QString &fileName) {
    const QStringList parts = fileName.chopped(kSuffix.size()).split(QLatin1Char('.'));
    if (parts.size() != 2)
        return {};
    return {parts.at(0), parts.at(1)};
}

}  // namespace

RecoveryStore::RecoveryStore(const QString &folder)
    : m_folder(QDir::cleanPath(folder)), m_session(QUuid::createUuid().toString(QUuid::Id128)) {}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultFolder() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

QByteArray RecoveryStore::contentHash(const QByteArray &bytes) {
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

QString RecoveryStore::newUntitledId() {
    return QUuid::createUuid().toString(QUuid::Id128);
}

Status RecoveryStore::save(const QString &postPath, const QByteArray &text, const QByteArray &savedTextHash) {
    if (postPath.isEmpty())
        return Status::failure(tr("Could not keep a recovery copy: the post has no path"));
    const QString absolute = QDir::cleanPath(QFileInfo(postPath).absoluteFilePath());
    return write(keyForPath(absolute), absolute, QString(), text, savedTextHash);
}

Status RecoveryStore::saveUntitled(const QString &untitledId, const QByteArray &text) {
    return write(keyForUntitled(untitledId), QString(), untitledId, text, QByteArray());
}

Status RecoveryStore::write(const QString &key, const QString &postPath, const QString &untitledId,
                            const QByteArray &text, const QByteArray &baseHash) {
    const QString name = postPath.isEmpty() ? tr("the new post") : postPath;
    const auto failure = [&](const QString &reason) {
        return Status::failure(
            tr("Could not keep a recovery copy of %1 in %2: %3").arg(name, m_folder, reason));
    };
    if (m_folder.isEmpty())
        return failure(tr("there is no folder for application data"));
    if (const Status session = ensureSession(); !session)
        return failure(session.error());

    QJsonObject header;
    header.insert(QStringLiteral("path"), postPath);
    header.insert(QStringLiteral("untitled"), untitledId);
    header.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    header.insert(QStringLiteral("baseHash"), QString::fromLatin1(baseHash));
    header.insert(QStringLiteral("size"), text.size());
    const QByteArray bytes = kMagic + QJsonDocument(header).toJson(QJsonDocument::Compact) + '\n' + text;

    const QString path = fileFor(key, m_session);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failure(writeProblem(file, m_folder, bytes.size()));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = writeProblem(file, m_folder, bytes.size());
        file.cancelWriting();
        return failure(reason);
    }
    if (!file.commit())
        return failure(writeProblem(file, m_folder, bytes.size()));
    // Unpublished drafts: only the user reads them.
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

Status RecoveryStore::ensureSession() {
    if (m_lock)
        return {};
    if (!QDir().mkpath(m_folder) || !QFileInfo(m_folder).isDir())
        return Status::failure(folderProblem(m_folder));
    QFile::setPermissions(m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    auto lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(m_session + QStringLiteral(".lock")));
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        return Status::failure(lock->error() == QLockFile::PermissionError
                                   ? tr("no permission to write in %1").arg(m_folder)
                                   : tr("could not lock the session in %1").arg(m_folder));
    }
    m_lock = std::move(lock);
    return {};
}

QString RecoveryStore::fileFor(const QString &key, const QString &session) const {
    return QDir(m_folder).filePath(key + QLatin1Char('.') + session + kSuffix);
}

void RecoveryStore::discard(const QString &postPath) {
    if (postPath.isEmpty())
        return;
    QFile::remove(fileFor(keyForPath(QDir::cleanPath(QFileInfo(postPath).absoluteFilePath())), m_session));
}

void RecoveryStore::discardUntitled(const QString &untitledId) {
    QFile::remove(fileFor(keyForUntitled(untitledId), m_session));
}

Status RecoveryStore::discard(const RecoveryEntry &entry) {
    // The id comes from pending()/find(); refuse anything that would reach outside the folder.
    if (!entry.id.endsWith(kSuffix) || entry.id.contains(QLatin1Char('/')) ||
        entry.id.contains(QLatin1Char('\\')))
        return Status::failure(
            tr("Could not discard the recovery copy %1: not a recovery copy").arg(entry.id));
    QFile file(QDir(m_folder).filePath(entry.id));
    if (file.exists() && !file.remove())
        return Status::failure(
            tr("Could not discard the recovery copy %1: %2").arg(file.fileName(), file.errorString()));
    return {};
}

bool RecoveryStore::isSessionAlive(const QString &session) const {
    if (session == m_session)
        return true;
    // The lock is held while its process runs; a crashed process's lock is stale (its pid is gone). Age alone
    // never makes it stale (staleLockTime 0): a window left open for days is still alive.
    QLockFile probe(QDir(m_folder).filePath(session + QStringLiteral(".lock")));
    probe.setStaleLockTime(0);
    if (probe.tryLock(0)) {
        probe.unlock();  // removes the lock file: that session is over
        return false;
    }
    // Only a lock we saw held means alive; when we cannot tell, offering the copy is the safe side.
    return probe.error() == QLockFile::LockFailedError;
}

QVector<RecoveryEntry> RecoveryStore::entries(const QString &key) {
    QVector<RecoveryEntry> found;
    const QDir dir(m_folder);
    if (m_folder.isEmpty() || !dir.exists())
        return found;
    QHash<QString, bool> alive;
    const QStringList names = dir.entryList({QLatin1Char('*') + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        const auto [entryKey, session] = splitName(name);
        if (session.isEmpty() || (!key.isEmpty() && entryKey != key))
            continue;
        if (!alive.contains(session))
            alive.insert(session, isSessionAlive(session));
        if (alive.value(session) && session != m_session)
            continue;  // another running window's edits, not ours to offer
        std::optional<RecoveryEntry> entry = parse(dir.filePath(name));
        if (!entry)
            continue;
        const QByteArray disk = classify(*entry);
        if (!entry->isUntitled() && entry->diskState != RecoveryEntry::DiskState::Missing &&
            disk == entry->text) {
            QFile::remove(dir.filePath(name));  // the file already holds these edits: nothing to recover
            continue;
        }
        found.append(std::move(*entry));
    }
    std::sort(found.begin(), found.end(),
              [](const RecoveryEntry &a, const RecoveryEntry &b) { return a.savedAt > b.savedAt; });
    return found;
}

bool RecoveryStore::isOwn(const RecoveryEntry &entry) const {
    return entry.id.endsWith(QLatin1Char('.') + m_session + kSuffix);
}

QVector<RecoveryEntry> RecoveryStore::pending() {
    QVector<RecoveryEntry> found = entries();
    found.erase(
        std::remove_if(found.begin(), found.end(), [this](const RecoveryEntry &e) { return isOwn(e); }),
        found.end());
    return found;
}

std::optional<RecoveryEntry> RecoveryStore::find(const QString &postPath) {
    if (postPath.isEmpty())
        return std::nullopt;
    const QVector<RecoveryEntry> found =
        entries(keyForPath(QDir::cleanPath(QFileInfo(postPath).absoluteFilePath())));
    const auto mine =
        std::find_if(found.begin(), found.end(), [this](const RecoveryEntry &e) { return isOwn(e); });
    if (mine != found.end())
        return *mine;
    if (found.isEmpty())
        return std::nullopt;
    return found.front();
}
