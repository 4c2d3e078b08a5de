#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace ge::reports {

// Forward-only reader of one SELECT run directly on the sqlite3 handle behind a QSQLITE
// connection: text columns as UTF-8 bytes and integers as int64, without a QVariant and a QString
// per field (the Qt driver's cost dominated exporting a million rows). The sqlite3 functions are
// resolved at run time from the libsqlite3 the Qt driver uses, so the handle goes back to the
// library that created it. Use it on the connection's own thread only.
class SqliteReader
{
public:
    explicit SqliteReader(const QSqlDatabase &db);
    ~SqliteReader();
    SqliteReader(const SqliteReader &) = delete;
    SqliteReader &operator=(const SqliteReader &) = delete;

    // True when db is an open QSQLITE connection and libsqlite3 could be resolved.
    static bool available(const QSqlDatabase &db);

    // Prepares sql and binds the positional values (QString → text, integer types → int64,
    // null QVariant → NULL). Storage error with SQLite's message on failure.
    Status prepare(const QString &sql, const QVariantList &binds = {});
    // Steps to the next row: true with a row; false at the end or on an error (see status()).
    bool next();
    Status status() const { return m_status; }

    bool isNull(int column) const;
    qint64 int64(int column) const;
    // UTF-8 text of the column; valid until the next call of next().
    QByteArrayView text(int column) const;

private:
    void finalize();
    Status fail(const QString &what);

    void *m_db = nullptr;   // sqlite3*
    void *m_stmt = nullptr; // sqlite3_stmt*
    QList<QByteArray> m_texts; // bound text, alive while the statement is
    Status m_status;
};

} // namespace ge::reports
