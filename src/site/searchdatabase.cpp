#include "site/searchdatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {

const QString kDriver = QStringLiteral("QSQLITE");

// bm25 weights per FTS5 column (title, body, tags): a word in the title counts ten times a word in the
// body, one in the tags five times, so title matches rank first.
const char kRankFunction[] = "bm25(10.0, 1.0, 5.0)";

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("postwright-search-%1").arg(counter.fetchAndAddRelaxed(1));
}

}  // namespace

QString SearchDatabase::reasonOf(const QSqlError &error) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? tr("unknown SQLite error") : text;
}

Result<std::unique_ptr<SearchDatabase>> SearchDatabase::open(const QString &path) {
    using Opened = Result<std::unique_ptr<SearchDatabase>>;
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return Opened::failure(
            tr("Could not open the search index %1: Qt's SQLite driver (QSQLITE, Debian package "
               "libqt6sql6-sqlite) is not installed")
                .arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Opened::failure(
            tr("Could not open the search index %1: cannot create the folder %2").arg(path, folder));

    std::unique_ptr<SearchDatabase> database(new SearchDatabase(path, nextConnectionName()));
    Status status = database->openConnection();
    if (status)
        status = database->prepareSchema();
    if (!status)
        return Opened::failure(status.error());
    return Opened(std::move(database));
}

SearchDatabase::SearchDatabase(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread()) {}

SearchDatabase::~SearchDatabase() {
    closeConnection();
}

QString SearchDatabase::failure(const QString &what, const QString &reason) const {
    return tr("Search index %1: %2: %3").arg(m_path, what, reason);
}

Status SearchDatabase::checkThread(const char *operation) const {
    if (QThread::currentThread() == m_thread)
        return {};
    return Status::failure(
        failure(QLatin1String(operation), tr("called from another thread than the one that opened it")));
}

Status SearchDatabase::execute(const QString &sql) const {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Status::failure(failure(sql, reasonOf(query.lastError())));
    return {};
}

Status SearchDatabase::openConnection() {
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return Status::failure(failure(tr("cannot open"), reasonOf(m_db.lastError())));
    return {};
}

void SearchDatabase::closeConnection() {
    if (!m_db.isValid())
        return;
    m_db.close();
    // removeDatabase() wants no QSqlDatabase handle left on the connection, ours included.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SearchDatabase::deleteFiles() {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(m_path + suffix);
        if (file.exists() && !file.remove())
            return Status::failure(
                failure(tr("cannot delete the old file %1").arg(file.fileName()), file.errorString()));
    }
    return {};
}

Status SearchDatabase::recreate() {
    return rebuild();
}

Status SearchDatabase::rebuild() {
    closeConnection();
    if (Status deleted = deleteFiles(); !deleted)
        return deleted;
    if (Status reopened = openConnection(); !reopened)
        return reopened;
    if (Status created = createSchema(); !created)
        return created;
    return configureConnection();
}

Status SearchDatabase::configureConnection() {
    // A cache: losing the last transactions to a power cut only costs re-indexing them.
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -16000"}) {
        if (Status set = execute(QLatin1String(pragma)); !set)
            return set;
    }
    return {};
}

Status SearchDatabase::prepareSchema() {
    // Any failure to read the file as our database means it is to be rebuilt: it is only a cache.
    enum class Found { Ours, Empty, Other };
    Found found = Found::Other;
    {
        QSqlQuery query(m_db);
        if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next()) {
            const int version = query.value(0).toInt();
            QSqlQuery tables(m_db);
            if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) && tables.next()) {
                const int tableCount = tables.value(0).toInt();
                if (version == 0 && tableCount == 0)
                    found = Found::Empty;
                else if (version == kSchemaVersion)
                    found = Found::Ours;
            }
        }
        // A file with the right version that is damaged further in, or whose FTS5 table cannot be read.
        if (found == Found::Ours) {
            QSqlQuery probe(m_db);
            if (!probe.exec(QStringLiteral("SELECT count(*) FROM documents")) ||
                !probe.exec(QStringLiteral("SELECT rowid FROM fts WHERE fts MATCH 'probe' LIMIT 1")))
                found = Found::Other;
        }
    }
    if (found == Found::Other)
        return rebuild();
    if (found == Found::Empty) {
        if (Status created = createSchema(); !created)
            return created;
    }
    return configureConnection();
}

Status SearchDatabase::createSchema() {
    // WAL: a reader on another connection does not wait for the indexer. Set outside a transaction.
    if (Status wal = execute(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal;
    if (!m_db.transaction())
        return Status::failure(failure(tr("cannot start a transaction"), reasonOf(m_db.lastError())));
    // documents.id is the FTS5 rowid; relative_path is the key callers use.
    const QStringList statements = {
        QStringLiteral("CREATE TABLE documents (id INTEGER PRIMARY KEY, relative_path TEXT NOT NULL UNIQUE, "
                       "size INTEGER NOT NULL, mtime_ms INTEGER NOT NULL, title TEXT NOT NULL, "
                       "tags TEXT NOT NULL, categories TEXT NOT NULL)"),
        // unicode61 folds case and, with remove_diacritics 2, accents (café = cafe); prefix indexes of 2 and
        // 3 characters keep type-ahead fast.
        QStringLiteral("CREATE VIRTUAL TABLE fts USING fts5(title, body, tags, "
                       "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"),
        QStringLiteral("INSERT INTO fts (fts, rank) VALUES ('rank', '%1')").arg(QLatin1String(kRankFunction)),
        QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion),
    };
    for (const QString &statement : statements) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            const QString reason = reasonOf(query.lastError());
            m_db.rollback();
            if (reason.contains(QLatin1String("fts5")))
                return Status::failure(
                    failure(tr("SQLite's FTS5 full-text module is not available"), reason));
            return Status::failure(failure(statement, reason));
        }
    }
    if (!m_db.commit())
        return Status::failure(failure(tr("cannot commit"), reasonOf(m_db.lastError())));
    return {};
}
