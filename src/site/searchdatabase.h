#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

#include "common/result.h"

class QSqlError;
class QThread;

// The SQLite file behind SiteSearchIndex: its Qt SQL connection, its schema, and what happens when the file
// is not what we expect. The tables:
//
//   documents (id INTEGER PRIMARY KEY, relative_path TEXT UNIQUE, size, mtime_ms, title, tags, categories)
//   fts       FTS5 (title, body, tags), rowid = documents.id,
//             tokenize 'unicode61 remove_diacritics 2', prefix '2 3', rank bm25(10, 1, 5)
//
// Threads: the connection belongs to the thread that called open() (Qt SQL connections are per thread);
// checkThread() tells the others. The file is only a cache: when its `PRAGMA user_version` is not
// kSchemaVersion, or it cannot be read as our tables, open() deletes it and creates it empty.
class SearchDatabase {
    Q_DECLARE_TR_FUNCTIONS(SearchDatabase)

public:
    // Bumped whenever the tables, the tokenizer or what is stored changes: older files are rebuilt.
    static constexpr int kSchemaVersion = 1;

    // Fails, naming the file and the reason, when Qt's SQLite driver or SQLite's FTS5 is missing or the
    // file or its folder cannot be created.
    static Result<std::unique_ptr<SearchDatabase>> open(const QString &path);
    ~SearchDatabase();
    SearchDatabase(const SearchDatabase &) = delete;
    SearchDatabase &operator=(const SearchDatabase &) = delete;

    QString path() const { return m_path; }
    // A handle on the connection; drop it before the SearchDatabase goes.
    QSqlDatabase connection() const { return m_db; }

    // Deletes the file and creates it empty.
    Status recreate();

    Status checkThread(const char *operation) const;
    Status execute(const QString &sql) const;
    // "Search index <path>: <what>: <reason>"
    QString failure(const QString &what, const QString &reason) const;
    static QString reasonOf(const QSqlError &error);

private:
    SearchDatabase(QString path, QString connectionName);

    Status openConnection();
    void closeConnection();
    Status prepareSchema();
    Status rebuild();
    Status configureConnection();
    Status createSchema();
    Status deleteFiles();

    QString m_path;
    QString m_connectionName;
    QThread *m_thread = nullptr;
    QSqlDatabase m_db;
};
