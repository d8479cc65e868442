#include "site/sitesearchindex.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

#include "site/searchquery.h"

namespace {

const QString kDriver = QStringLiteral("QSQLITE");
// snippet() marks the matched words with these; they are taken out again and turned into highlights.
const QChar kMatchStart(0x02);
const QChar kMatchEnd(0x03);
constexpr int kSnippetTokens = 16;
constexpr int kProgressEvery = 100;

// bm25 weights per FTS5 column (title, body, tags): a word in the title counts ten times a word in the
// body, one in the tags five times, so title matches rank first.
const char kRankFunction[] = "bm25(10.0, 1.0, 5.0)";

QString nextConnectionName() {
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("postwright-search-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString reasonOf(const QSqlError &error) {
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return text.isEmpty() ? QStringLiteral("unknown SQLite error") : text;
}

// Takes snippet()'s markers out of `marked` and records where they were.
void readSnippet(const QString &marked, SearchHit *hit) {
    hit->snippet.reserve(marked.size());
    int start = -1;
    for (const QChar c : marked) {
        if (c == kMatchStart) {
            start = int(hit->snippet.size());
        } else if (c == kMatchEnd) {
            if (start >= 0 && hit->snippet.size() > start)
                hit->highlights.append({start, int(hit->snippet.size()) - start});
            start = -1;
        } else {
            hit->snippet.append(c);
        }
    }
}

// SQLite converts Qt's UTF-16 to UTF-8 and reads a lone surrogate as half a pair, eating the character
// after it (a space, and two words become one). The site reader decodes strictly, so this is for others.
QString withoutLoneSurrogates(const QString &text) {
    QString clean;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool pair = c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate();
        if (pair) {
            ++i;
        } else if (c.isSurrogate()) {
            if (clean.isNull())
                clean = text;
            clean[i] = QChar(QChar::ReplacementCharacter);
        }
    }
    return clean.isNull() ? text : clean;
}

QStringList withoutLoneSurrogates(const QStringList &texts) {
    QStringList clean;
    for (const QString &text : texts)
        clean.append(withoutLoneSurrogates(text));
    return clean;
}

// Qt binds a null QString as SQL NULL; the documents table wants text, if empty.
QString notNull(const QString &text) {
    return text.isNull() ? QStringLiteral("") : text;
}

}  // namespace

QString SiteSearchIndex::databasePath(const QString &cacheFolder, const QString &siteRoot) {
    const QFileInfo root(siteRoot);
    const QString canonical =
        root.canonicalFilePath().isEmpty() ? root.absoluteFilePath() : root.canonicalFilePath();
    const QByteArray hash =
        QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QDir(cacheFolder).filePath(QStringLiteral("sites/%1/search.sqlite").arg(QLatin1String(hash)));
}

Result<std::unique_ptr<SiteSearchIndex>> SiteSearchIndex::open(const QString &path) {
    using Opened = Result<std::unique_ptr<SiteSearchIndex>>;
    if (!QSqlDatabase::isDriverAvailable(kDriver))
        return Opened::failure(
            QStringLiteral("Could not open the search index %1: Qt's SQLite driver (QSQLITE, Debian package "
                           "libqt6sql6-sqlite) is not installed")
                .arg(path));
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder))
        return Opened::failure(
            QStringLiteral("Could not open the search index %1: cannot create the folder %2")
                .arg(path, folder));

    std::unique_ptr<SiteSearchIndex> index(new SiteSearchIndex(path, nextConnectionName()));
    Status status = index->openConnection();
    if (status)
        status = index->prepareSchema();
    if (!status)
        return Opened::failure(status.error());
    return Opened(std::move(index));
}

SiteSearchIndex::SiteSearchIndex(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_thread(QThread::currentThread()) {}

SiteSearchIndex::~SiteSearchIndex() {
    closeConnection();
}

QString SiteSearchIndex::failure(const QString &what, const QString &reason) const {
    return QStringLiteral("Search index %1: %2: %3").arg(m_path, what, reason);
}

Status SiteSearchIndex::checkThread(const char *operation) const {
    if (QThread::currentThread() == m_thread)
        return {};
    return Status::failure(failure(QLatin1String(operation),
                                   QStringLiteral("called from another thread than the one that opened it")));
}

Status SiteSearchIndex::execute(const QString &sql) const {
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return Status::failure(failure(sql, reasonOf(query.lastError())));
    return {};
}

Status SiteSearchIndex::openConnection() {
    m_db = QSqlDatabase::addDatabase(kDriver, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open())
        return Status::failure(failure(QStringLiteral("cannot open"), reasonOf(m_db.lastError())));
    return {};
}

void SiteSearchIndex::closeConnection() {
    if (!m_db.isValid())
        return;
    m_db.close();
    // removeDatabase() wants no QSqlDatabase handle left on the connection, ours included.
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SiteSearchIndex::deleteFiles() {
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        QFile file(m_path + suffix);
        if (file.exists() && !file.remove())
            return Status::failure(failure(
                QStringLiteral("cannot delete the old file %1").arg(file.fileName()), file.errorString()));
    }
    return {};
}

Status SiteSearchIndex::reset() {
    if (Status thread = checkThread("reset"); !thread)
        return thread;
    return rebuild();
}

Status SiteSearchIndex::rebuild() {
    closeConnection();
    if (Status deleted = deleteFiles(); !deleted)
        return deleted;
    if (Status reopened = openConnection(); !reopened)
        return reopened;
    if (Status created = createSchema(); !created)
        return created;
    return configureConnection();
}

Status SiteSearchIndex::configureConnection() {
    // A cache: losing the last transactions to a power cut only costs re-indexing them.
    for (const char *pragma : {"PRAGMA synchronous = NORMAL", "PRAGMA cache_size = -16000"}) {
        if (Status set = execute(QLatin1String(pragma)); !set)
            return set;
    }
    return {};
}

Status SiteSearchIndex::prepareSchema() {
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

Status SiteSearchIndex::createSchema() {
    // WAL: a reader on another connection does not wait for the indexer. Set outside a transaction.
    if (Status wal = execute(QStringLiteral("PRAGMA journal_mode = WAL")); !wal)
        return wal;
    if (!m_db.transaction())
        return Status::failure(
            failure(QStringLiteral("cannot start a transaction"), reasonOf(m_db.lastError())));
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
                    failure(QStringLiteral("SQLite's FTS5 full-text module is not available"), reason));
            return Status::failure(failure(statement, reason));
        }
    }
    if (!m_db.commit())
        return Status::failure(failure(QStringLiteral("cannot commit"), reasonOf(m_db.lastError())));
    return {};
}

Result<QHash<QString, SiteSearchIndex::Stamp>> SiteSearchIndex::stamps() const {
    using Stamps = Result<QHash<QString, Stamp>>;
    if (Status thread = checkThread("stamps"); !thread)
        return Stamps::failure(thread.error());
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT relative_path, size, mtime_ms FROM documents")))
        return Stamps::failure(failure(QStringLiteral("cannot list documents"), reasonOf(query.lastError())));
    QHash<QString, Stamp> result;
    while (query.next())
        result.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
    return result;
}

Result<int> SiteSearchIndex::documentCount() const {
    if (Status thread = checkThread("documentCount"); !thread)
        return Result<int>::failure(thread.error());
    QSqlQuery query(m_db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM documents")) || !query.next())
        return Result<int>::failure(
            failure(QStringLiteral("cannot count documents"), reasonOf(query.lastError())));
    return query.value(0).toInt();
}

Result<SiteSearchIndex::UpdateCounts> SiteSearchIndex::update(const QList<SearchDocument> &documents,
                                                              const Progress &progress) {
    using Updated = Result<UpdateCounts>;
    if (Status thread = checkThread("update"); !thread)
        return Updated::failure(thread.error());

    struct Known {
        qint64 id;
        Stamp stamp;
    };
    QHash<QString, Known> known;
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(QStringLiteral("SELECT id, relative_path, size, mtime_ms FROM documents")))
            return Updated::failure(
                failure(QStringLiteral("cannot list documents"), reasonOf(query.lastError())));
        while (query.next())
            known.insert(
                query.value(1).toString(),
                {query.value(0).toLongLong(), {query.value(2).toLongLong(), query.value(3).toLongLong()}});
    }

    if (!m_db.transaction())
        return Updated::failure(
            failure(QStringLiteral("cannot start a transaction"), reasonOf(m_db.lastError())));
    QSqlQuery insertDocument(m_db);
    QSqlQuery updateDocument(m_db);
    QSqlQuery deleteText(m_db);
    QSqlQuery insertText(m_db);
    const bool prepared =
        insertDocument.prepare(QStringLiteral("INSERT INTO documents (relative_path, size, mtime_ms, title, "
                                              "tags, categories) VALUES (?, ?, ?, ?, ?, ?)")) &&
        updateDocument.prepare(QStringLiteral("UPDATE documents SET size = ?, mtime_ms = ?, title = ?, "
                                              "tags = ?, categories = ? WHERE id = ?")) &&
        deleteText.prepare(QStringLiteral("DELETE FROM fts WHERE rowid = ?")) &&
        insertText.prepare(QStringLiteral("INSERT INTO fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"));
    auto fail = [this](const QString &what, const QSqlQuery &query) {
        const QString reason = reasonOf(query.lastError());
        m_db.rollback();
        return Updated::failure(failure(what, reason));
    };
    if (!prepared) {
        for (const QSqlQuery *query : {&insertDocument, &updateDocument, &deleteText, &insertText}) {
            if (query->lastError().isValid())
                return fail(QStringLiteral("cannot prepare the update"), *query);
        }
    }

    UpdateCounts counts;
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        SearchDocument document = documents[i];
        document.relativePath = withoutLoneSurrogates(document.relativePath);
        if (progress && i % kProgressEvery == 0)
            progress(i, total);
        const auto found = known.find(document.relativePath);
        if (found != known.end() && found->stamp.size == document.size &&
            found->stamp.mtimeMs == document.mtimeMs) {
            ++counts.unchanged;
            continue;
        }
        document.title = withoutLoneSurrogates(document.title);
        document.body = withoutLoneSurrogates(document.body);
        document.tags = withoutLoneSurrogates(document.tags);
        document.categories = withoutLoneSurrogates(document.categories);
        // Tags are stored one per line (a tag has no line break); the FTS column gets them as words.
        const QString tagLines = notNull(document.tags.join(QLatin1Char('\n')));
        const QString categoryLines = notNull(document.categories.join(QLatin1Char('\n')));
        const QString title = notNull(document.title);
        qint64 id = 0;
        if (found != known.end()) {
            id = found->id;
            updateDocument.addBindValue(document.size);
            updateDocument.addBindValue(document.mtimeMs);
            updateDocument.addBindValue(title);
            updateDocument.addBindValue(tagLines);
            updateDocument.addBindValue(categoryLines);
            updateDocument.addBindValue(id);
            if (!updateDocument.exec())
                return fail(QStringLiteral("cannot update %1").arg(document.relativePath), updateDocument);
            deleteText.addBindValue(id);
            if (!deleteText.exec())
                return fail(QStringLiteral("cannot update %1").arg(document.relativePath), deleteText);
            found->stamp = {document.size, document.mtimeMs};
            ++counts.changed;
        } else {
            insertDocument.addBindValue(document.relativePath);
            insertDocument.addBindValue(document.size);
            insertDocument.addBindValue(document.mtimeMs);
            insertDocument.addBindValue(title);
            insertDocument.addBindValue(tagLines);
            insertDocument.addBindValue(categoryLines);
            if (!insertDocument.exec())
                return fail(QStringLiteral("cannot add %1").arg(document.relativePath), insertDocument);
            id = insertDocument.lastInsertId().toLongLong();
            known.insert(document.relativePath, {id, {document.size, document.mtimeMs}});
            ++counts.added;
        }
        insertText.addBindValue(id);
        insertText.addBindValue(document.title);
        insertText.addBindValue(document.body);
        insertText.addBindValue(document.tags.join(QLatin1Char(' ')));
        if (!insertText.exec())
            return fail(QStringLiteral("cannot index %1").arg(document.relativePath), insertText);
    }
    if (!m_db.commit()) {
        const QString reason = reasonOf(m_db.lastError());
        m_db.rollback();
        return Updated::failure(failure(QStringLiteral("cannot commit"), reason));
    }
    if (progress)
        progress(total, total);
    return counts;
}

Status SiteSearchIndex::optimize() {
    if (Status thread = checkThread("optimize"); !thread)
        return thread;
    return execute(QStringLiteral("INSERT INTO fts (fts) VALUES ('optimize')"));
}

Result<int> SiteSearchIndex::remove(const QStringList &relativePaths) {
    if (Status thread = checkThread("remove"); !thread)
        return Result<int>::failure(thread.error());
    if (!m_db.transaction())
        return Result<int>::failure(
            failure(QStringLiteral("cannot start a transaction"), reasonOf(m_db.lastError())));
    QSqlQuery deleteText(m_db);
    QSqlQuery deleteDocument(m_db);
    auto fail = [this](const QSqlQuery &query) {
        const QString reason = reasonOf(query.lastError());
        m_db.rollback();
        return Result<int>::failure(failure(QStringLiteral("cannot remove documents"), reason));
    };
    if (!deleteText.prepare(QStringLiteral(
            "DELETE FROM fts WHERE rowid = (SELECT id FROM documents WHERE relative_path = ?)")))
        return fail(deleteText);
    if (!deleteDocument.prepare(QStringLiteral("DELETE FROM documents WHERE relative_path = ?")))
        return fail(deleteDocument);
    int removed = 0;
    for (const QString &path : relativePaths) {
        deleteText.addBindValue(path);
        if (!deleteText.exec())
            return fail(deleteText);
        deleteDocument.addBindValue(path);
        if (!deleteDocument.exec())
            return fail(deleteDocument);
        removed += deleteDocument.numRowsAffected() > 0 ? 1 : 0;
    }
    if (!m_db.commit()) {
        const QString reason = reasonOf(m_db.lastError());
        m_db.rollback();
        return Result<int>::failure(failure(QStringLiteral("cannot commit"), reason));
    }
    return removed;
}

Result<int> SiteSearchIndex::removeMissing(const QStringList &keepPaths) {
    const Result<QHash<QString, Stamp>> current = stamps();
    if (!current)
        return Result<int>::failure(current.error());
    const QSet<QString> keep(keepPaths.begin(), keepPaths.end());
    QStringList missing;
    for (auto it = current->cbegin(); it != current->cend(); ++it) {
        if (!keep.contains(it.key()))
            missing.append(it.key());
    }
    if (missing.isEmpty())
        return 0;
    return remove(missing);
}

Result<QList<SearchHit>> SiteSearchIndex::search(const QString &userText, int limit) const {
    using Hits = Result<QList<SearchHit>>;
    if (Status thread = checkThread("search"); !thread)
        return Hits::failure(thread.error());
    const QString expression = SearchQuery::toMatchExpression(userText);
    if (expression.isEmpty() || limit <= 0)
        return QList<SearchHit>();

    // FTS5 sorts by rank itself (no temporary B-tree), so snippet() runs only for the rows returned.
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT d.relative_path, d.title, fts.rank, snippet(fts, 1, ?, ?, ?, ?) "
            "FROM fts JOIN documents AS d ON d.id = fts.rowid WHERE fts MATCH ? ORDER BY fts.rank LIMIT ?")))
        return Hits::failure(
            failure(QStringLiteral("cannot prepare the search"), reasonOf(query.lastError())));
    query.addBindValue(QString(kMatchStart));
    query.addBindValue(QString(kMatchEnd));
    query.addBindValue(QStringLiteral("…"));
    query.addBindValue(kSnippetTokens);
    query.addBindValue(expression);
    query.addBindValue(limit);
    if (!query.exec())
        return Hits::failure(
            failure(QStringLiteral("cannot search for %1").arg(userText), reasonOf(query.lastError())));
    QList<SearchHit> hits;
    while (query.next()) {
        SearchHit hit;
        hit.relativePath = query.value(0).toString();
        hit.title = query.value(1).toString();
        hit.rank = query.value(2).toDouble();
        readSnippet(query.value(3).toString(), &hit);
        hits.append(std::move(hit));
    }
    if (query.lastError().isValid())
        return Hits::failure(
            failure(QStringLiteral("cannot search for %1").arg(userText), reasonOf(query.lastError())));
    return hits;
}
