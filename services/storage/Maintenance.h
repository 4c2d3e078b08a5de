#pragma once

#include "core/Result.h"
#include "storage/AuditLog.h"
#include "storage/DatabaseConfig.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ge::storage {

class DbConnection;

struct CheckReport
{
    bool integrityOk = true;      // quick_check / integrity_check said "ok" (always true on PostgreSQL)
    QStringList integrityProblems;
    bool foreignKeysOk = true;
    QStringList foreignKeyProblems;
    AuditVerifyReport audit;
    int schemaVersion = 0;
    int appSchemaVersion = 0;
    bool ok() const { return integrityOk && foreignKeysOk && audit.ok && schemaVersion <= appSchemaVersion; }
    QString summary() const; // several lines, for the CLI and logs
};

struct StorageSizes
{
    qint64 databaseBytes = 0;
    qint64 walBytes = 0;
};

// Operations on a whole database: check, online backup, restore, vacuum, sizes.
// Each opens its own connection on the calling thread — call from the CLI or a worker, not the GUI.
namespace maintenance {

// quick_check (or integrity_check when full), foreign_key_check, audit-chain verify, schema version.
Result<CheckReport> check(const DatabaseConfig &config, bool full);
Result<CheckReport> check(DbConnection &conn, bool full);

// Online backup (sqlite3 backup API) of a live database to destFile; safe while the writer runs
// (WAL). Writes destFile.partial, validates it with quick_check, then renames it into place.
Status backup(const DatabaseConfig &config, const QString &destFile);
Status backup(DbConnection &source, const QString &destFile);

// Validates backupFile (opens read-only, quick_check, schema version not newer than this build),
// checks that nobody is using the current database, moves the current file (and its -wal/-shm)
// aside to "<db>.before-restore-<UTC time>" and installs a copy of the backup. Returns the path the
// old database was moved to ("" when there was none).
Result<QString> restore(const DatabaseConfig &config, const QString &backupFile);
// Just the validation part of restore().
Status validateBackup(const QString &backupFile);

// VACUUM (and a WAL checkpoint with truncate on SQLite).
Status vacuum(const DatabaseConfig &config);

StorageSizes sizes(const DatabaseConfig &config);
Result<StorageSizes> sizes(DbConnection &conn);

} // namespace maintenance
} // namespace ge::storage
