#pragma once

#include "core/Result.h"

#include <QSqlQuery>
#include <QString>

#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace ge::storage {

class DbConnection;
struct SqliteApi;

// One statement prepared once per connection and run many times by the writer.
//
// On SQLite (QSQLITE driver, libsqlite3 loadable) it is a raw sqlite3_stmt on the driver's own
// sqlite3* handle: values are bound as UTF-8 from reused per-parameter buffers (no QVariant, no
// UTF-16 → UTF-8 conversion inside SQLite, no allocation per row for ASCII text such as DIDs and
// rkeys). On PostgreSQL (or if the C API is unavailable) it is a QSqlQuery with the same calls.
// Every run is timed into the connection's QueryStats like DbConnection::exec, and a failure is
// classified by the same SqlDialect rules (disk full, read-only, locked, ...).
//
// Bind indexes are 0-based. A null QString binds SQL NULL (as QSqlQuery does); an empty one ''.
class PreparedStatement
{
public:
    PreparedStatement() = default;
    ~PreparedStatement();
    PreparedStatement(const PreparedStatement &) = delete;
    PreparedStatement &operator=(const PreparedStatement &) = delete;

    Status prepare(DbConnection &conn, const QString &sql);
    bool isRaw() const { return m_stmt != nullptr; }

    void bind(int i, const QString &value);
    void bind(int i, qint64 value);
    void bind(int i, int value) { bind(i, qint64(value)); }
    void bind(int i, const std::optional<QString> &value);   // nullopt → NULL (text)
    void bind(int i, const std::optional<qint64> &value);    // nullopt → NULL (integer)
    template <typename... Values>
    void bindAll(const Values &...values)
    {
        int i = 0;
        (bind(i++, values), ...);
    }

    // Runs the statement. Rows (SELECT, RETURNING) are then read with next(); finish() releases them.
    Status exec();
    bool next();
    bool isNull(int column) const;
    qint64 int64(int column) const;
    QString text(int column) const;
    void finish();
    // Rows changed by the last exec() of an INSERT/UPDATE/DELETE.
    int rowsAffected() const { return m_changes; }
    // Raw SQLite only (isRaw()): runs an INSERT … ON CONFLICT DO UPDATE and tells whether it inserted
    // a row (rather than updating one, or doing nothing), from the connection's last-insert rowid,
    // which an upsert's UPDATE leaves alone. Cheaper than RETURNING, which makes SQLite (3.40)
    // build a temporary result table on every run. The previous last-insert rowid is restored
    // when nothing was inserted.
    Status execUpsert(bool &inserted);

private:
    void release();
    void releaseRows();

    DbConnection *m_conn = nullptr;
    QString m_sql;
    // SQLite path
    const SqliteApi *m_api = nullptr;
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    std::vector<std::string> m_buffers; // one per parameter, reused
    bool m_pendingRow = false;          // exec() stepped onto the first row
    bool m_onRow = false;
    // Qt Sql path
    QSqlQuery m_query;
    int m_changes = 0;
};

} // namespace ge::storage
