#pragma once

#include "core/Result.h"

#include <QString>

namespace ge::storage {

enum class Backend { Sqlite, Postgres };

// SQLite synchronous mode in WAL (see docs/adr/0002-sqlite-durability.md).
enum class SyncMode { Normal, Full };

// Where the database lives and how connections are tuned. Value type.
// Selected with a URL: "" or "sqlite:" → <dataDir>/growth-engine.sqlite; "sqlite:///abs/path.sqlite";
// "postgresql://user[:password]@host:port/dbname" (the password may also come from PGPASSWORD).
struct DatabaseConfig
{
    Backend backend = Backend::Sqlite;
    QString sqlitePath;

    QString pgHost;
    int pgPort = 5432;
    QString pgUser;
    QString pgPassword; // never logged; describe() omits it
    QString pgDatabase;

    int busyTimeoutMs = 5000;
    int cacheSizeKiB = 32 * 1024;  // per connection
    SyncMode synchronous = SyncMode::Normal;
    int slowQueryMs = 100;         // queries slower than this are logged with their SQL
    qint64 maxPageCount = 0;       // SQLite only; 0 = unlimited (tests use it to simulate SQLITE_FULL)

    static QString defaultFileName() { return QStringLiteral("growth-engine.sqlite"); }
    static DatabaseConfig sqlite(const QString &path);
    static Result<DatabaseConfig> fromUrl(const QString &url, const QString &dataDir);

    bool isSqlite() const { return backend == Backend::Sqlite; }
    // "sqlite:/path" or "postgresql://user@host:port/db" — safe to show and log.
    QString describe() const;
};

} // namespace ge::storage
