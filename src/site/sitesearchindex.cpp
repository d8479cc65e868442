#include "site/sitesearchindex.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include "site/searchdatabase.h"
#include "site/searchquery.h"

namespace {

// snippet() marks the matched words with these; they are taken out again and turned into highlights.
const QChar kMatchStart(0x02);
const QChar kMatchEnd(0x03);
constexpr int kSnippetTokens = 16;
constexpr int kProgressEvery = 100;

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

QString reasonOf(const QSqlError &error) {
    return SearchDatabase::reasonOf(error);
}

struct KnownDocument {
    qint64 id;
    SiteSearchIndex::Stamp stamp;
};

// The stored id and stamp of the documents given, by path; an error message or empty. A few documents (a
// file saved, or changed on disk) are looked up one by one; more (a rescan) read the whole table once.
QString readKnown(const QSqlDatabase &db, const QList<SearchDocument> &documents,
                  QHash<QString, KnownDocument> *known) {
    constexpr int kFewDocuments = 64;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    auto read = [&query, known](const QString &path) {
        known->insert(
            path, {query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toLongLong()}});
    };
    if (documents.size() >= kFewDocuments) {
        if (!query.exec(QStringLiteral("SELECT id, size, mtime_ms, relative_path FROM documents")))
            return reasonOf(query.lastError());
        while (query.next())
            read(query.value(3).toString());
        return {};
    }
    if (!query.prepare(QStringLiteral("SELECT id, size, mtime_ms FROM documents WHERE relative_path = ?")))
        return reasonOf(query.lastError());
    for (const SearchDocument &document : documents) {
        const QString path = withoutLoneSurrogates(document.relativePath);
        query.addBindValue(path);
        if (!query.exec())
            return reasonOf(query.lastError());
        if (query.next())
            read(path);
    }
    return {};
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

QString SiteSearchIndex::failure(const QString &what, const QString &reason) const {
    return m_database->failure(what, reason);
}

Result<std::unique_ptr<SiteSearchIndex>> SiteSearchIndex::open(const QString &path) {
    using Opened = Result<std::unique_ptr<SiteSearchIndex>>;
    Result<std::unique_ptr<SearchDatabase>> database = SearchDatabase::open(path);
    if (!database)
        return Opened::failure(database.error());
    return Opened(std::unique_ptr<SiteSearchIndex>(new SiteSearchIndex(std::move(database).value())));
}

SiteSearchIndex::SiteSearchIndex(std::unique_ptr<SearchDatabase> database)
    : m_database(std::move(database)) {}

SiteSearchIndex::~SiteSearchIndex() = default;

QString SiteSearchIndex::path() const {
    return m_database->path();
}

Status SiteSearchIndex::recreate() {
    if (Status thread = m_database->checkThread("recreate"); !thread)
        return thread;
    return m_database->recreate();
}

Result<QHash<QString, SiteSearchIndex::Stamp>> SiteSearchIndex::stamps() const {
    using Stamps = Result<QHash<QString, Stamp>>;
    if (Status thread = m_database->checkThread("stamps"); !thread)
        return Stamps::failure(thread.error());
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT relative_path, size, mtime_ms FROM documents")))
        return Stamps::failure(failure(tr("cannot list documents"), reasonOf(query.lastError())));
    QHash<QString, Stamp> result;
    while (query.next())
        result.insert(query.value(0).toString(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
    return result;
}

Result<int> SiteSearchIndex::documentCount() const {
    if (Status thread = m_database->checkThread("documentCount"); !thread)
        return Result<int>::failure(thread.error());
    QSqlDatabase db = m_database->connection();
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM documents")) || !query.next())
        return Result<int>::failure(failure(tr("cannot count documents"), reasonOf(query.lastError())));
    return query.value(0).toInt();
}

Result<SiteSearchIndex::UpdateCounts> SiteSearchIndex::update(const QList<SearchDocument> &documents,
                                                              const Progress &progress) {
    using Updated = Result<UpdateCounts>;
    if (Status thread = m_database->checkThread("update"); !thread)
        return Updated::failure(thread.error());
    QSqlDatabase db = m_database->connection();

    QHash<QString, KnownDocument> known;
    if (const QString error = readKnown(db, documents, &known); !error.isEmpty())
        return Updated::failure(failure(tr("cannot list documents"), error));

    if (!db.transaction())
        return Updated::failure(failure(tr("cannot start a transaction"), reasonOf(db.lastError())));
    QSqlQuery insertDocument(db);
    QSqlQuery updateDocument(db);
    QSqlQuery deleteText(db);
    QSqlQuery insertText(db);
    const bool prepared =
        insertDocument.prepare(QStringLiteral("INSERT INTO documents (relative_path, size, mtime_ms, title, "
                                              "tags, categories) VALUES (?, ?, ?, ?, ?, ?)")) &&
        updateDocument.prepare(QStringLiteral("UPDATE documents SET size = ?, mtime_ms = ?, title = ?, "
                                              "tags = ?, categories = ? WHERE id = ?")) &&
        deleteText.prepare(QStringLiteral("DELETE FROM fts WHERE rowid = ?")) &&
        insertText.prepare(QStringLiteral("INSERT INTO fts (rowid, title, body, tags) VALUES (?, ?, ?, ?)"));
    auto fail = [this, &db](const QString &what, const QSqlQuery &query) {
        const QString reason = reasonOf(query.lastError());
        db.rollback();
        return Updated::failure(failure(what, reason));
    };
    if (!prepared) {
        for (const QSqlQuery *query : {&insertDocument, &updateDocument, &deleteText, &insertText}) {
            if (query->lastError().isValid())
                return fail(tr("cannot prepare the update"), *query);
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
                return fail(tr("cannot update %1").arg(document.relativePath), updateDocument);
            deleteText.addBindValue(id);
            if (!deleteText.exec())
                return fail(tr("cannot update %1").arg(document.relativePath), deleteText);
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
                return fail(tr("cannot add %1").arg(document.relativePath), insertDocument);
            id = insertDocument.lastInsertId().toLongLong();
            known.insert(document.relativePath, {id, {document.size, document.mtimeMs}});
            ++counts.added;
        }
        insertText.addBindValue(id);
        insertText.addBindValue(document.title);
        insertText.addBindValue(document.body);
        insertText.addBindValue(document.tags.join(QLatin1Char(' ')));
        if (!insertText.exec())
            return fail(tr("cannot index %1").arg(document.relativePath), insertText);
    }
    if (!db.commit()) {
        const QString reason = reasonOf(db.lastError());
        db.rollback();
        return Updated::failure(failure(tr("cannot commit"), reason));
    }
    if (progress)
        progress(total, total);
    return counts;
}

Status SiteSearchIndex::optimize() {
    if (Status thread = m_database->checkThread("optimize"); !thread)
        return thread;
    return m_database->execute(QStringLiteral("INSERT INTO fts (fts) VALUES ('optimize')"));
}

Result<int> SiteSearchIndex::remove(const QStringList &relativePaths) {
    if (Status thread = m_database->checkThread("remove"); !thread)
        return Result<int>::failure(thread.error());
    QSqlDatabase db = m_database->connection();
    if (!db.transaction())
        return Result<int>::failure(failure(tr("cannot start a transaction"), reasonOf(db.lastError())));
    QSqlQuery deleteText(db);
    QSqlQuery deleteDocument(db);
    auto fail = [this, &db](const QSqlQuery &query) {
        const QString reason = reasonOf(query.lastError());
        db.rollback();
        return Result<int>::failure(failure(tr("cannot remove documents"), reason));
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
    if (!db.commit()) {
        const QString reason = reasonOf(db.lastError());
        db.rollback();
        return Result<int>::failure(failure(tr("cannot commit"), reason));
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

Result<int> SiteSearchIndex::matchCount(const QString &userText) const {
    if (Status thread = m_database->checkThread("matchCount"); !thread)
        return Result<int>::failure(thread.error());
    const QString expression = SearchQuery::toMatchExpression(userText);
    if (expression.isEmpty())
        return 0;
    // Without rank nor snippet FTS5 reads only the document lists, not the positions: about 1 ms.
    QSqlQuery query(m_database->connection());
    if (!query.prepare(QStringLiteral("SELECT count(*) FROM fts WHERE fts MATCH ?")))
        return Result<int>::failure(failure(tr("cannot prepare the count"), reasonOf(query.lastError())));
    query.addBindValue(expression);
    if (!query.exec() || !query.next())
        return Result<int>::failure(
            failure(tr("cannot count matches of %1").arg(userText), reasonOf(query.lastError())));
    return query.value(0).toInt();
}

Result<QList<SearchHit>> SiteSearchIndex::search(const QString &userText, int limit) const {
    using Hits = Result<QList<SearchHit>>;
    if (Status thread = m_database->checkThread("search"); !thread)
        return Hits::failure(thread.error());
    QSqlDatabase db = m_database->connection();
    const QString expression = SearchQuery::toMatchExpression(userText);
    if (expression.isEmpty() || limit <= 0)
        return QList<SearchHit>();

    // FTS5 sorts by rank itself (no temporary B-tree), so snippet() runs only for the rows returned.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral(
            "SELECT d.relative_path, d.title, fts.rank, snippet(fts, 1, ?, ?, ?, ?) "
            "FROM fts JOIN documents AS d ON d.id = fts.rowid WHERE fts MATCH ? ORDER BY fts.rank LIMIT ?")))
        return Hits::failure(failure(tr("cannot prepare the search"), reasonOf(query.lastError())));
    query.addBindValue(QString(kMatchStart));
    query.addBindValue(QString(kMatchEnd));
    query.addBindValue(QStringLiteral("…"));
    query.addBindValue(kSnippetTokens);
    query.addBindValue(expression);
    query.addBindValue(limit);
    if (!query.exec())
        return Hits::failure(failure(tr("cannot search for %1").arg(userText), reasonOf(query.lastError())));
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
        return Hits::failure(failure(tr("cannot search for %1").arg(userText), reasonOf(query.lastError())));
    return hits;
}
