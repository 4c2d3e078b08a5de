#pragma once

#include "core/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqlDialect.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

namespace ge::storage {

class QueryStats;

enum class OpenMode { ReadWrite, ReadOnly };

// One named QSqlDatabase connection, opened and used on ONE thread (the thread that called open()),
// removed from Qt's registry when destroyed. Every statement run through exec() is timed into the
// shared QueryStats. Move-only, held by unique_ptr.
class DbConnection
{
public:
    ~DbConnection();
    DbConnection(const DbConnection &) = delete;
    DbConnection &operator=(const DbConnection &) = delete;

    // Opens and configures a connection (see SqlDialect::configure). For SQLite a ReadWrite open
    // creates the directory and file if missing; a ReadOnly open requires an existing file.
    // A file that is not a database fails here with StorageFault::Corrupt.
    static Result<std::unique_ptr<DbConnection>> open(const DatabaseConfig &config, const QString &baseName,
                                                      OpenMode mode = OpenMode::ReadWrite,
                                                      QueryStats *stats = nullptr);

    QSqlDatabase &db() { return m_db; }
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseConfig &config() const { return m_config; }
    QueryStats *stats() const { return m_stats; }
    QString connectionName() const { return m_name; }

    // Runs a statement (no bound values) / an already prepared query; timed; typed error on failure.
    Status exec(const QString &sql);
    Status exec(QSqlQuery &query);
    // Prepares sql, binds positional values, runs it; the query is returned positioned before row 0.
    Result<QSqlQuery> select(const QString &sql, const QVariantList &values = {});
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &values = {});

    Status beginWrite();
    Status begin();
    Status commit();
    void rollback(); // best effort; failures are logged

    Error lastError(const QSqlQuery &query, const QString &what);
    // Classifies an error reported outside QSqlQuery (the raw SQLite statements of PreparedStatement)
    // and remembers its fault like a failed exec() does.
    Error failure(const QSqlError &error, const QString &what);
    StorageFault classify(const QSqlError &error) const { return m_dialect.classify(error); }
    // Fault of the most recent failed statement on this connection (None after reset).
    StorageFault lastFault() const { return m_lastFault; }
    void resetFault() { m_lastFault = StorageFault::None; }

    // sqlite3* of this connection (SQLite only, else nullptr) for the online-backup API.
    void *sqliteHandle() const;

private:
    DbConnection(const DatabaseConfig &config, QString name, QueryStats *stats);

    DatabaseConfig m_config;
    SqlDialect m_dialect;
    QString m_name;
    QSqlDatabase m_db;
    QueryStats *m_stats = nullptr;
    StorageFault m_lastFault = StorageFault::None;
};

using DbConnectionPtr = std::unique_ptr<DbConnection>;

} // namespace ge::storage
