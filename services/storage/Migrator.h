#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace ge::storage {

class DbConnection;

struct Migration
{
    int version = 0;
    QString name; // file name, e.g. "0002_daily_aggregates.sql"
    QString sql;  // statements separated by ';' at line ends; "--" comments allowed
};

// Applies numbered migrations. Each migration runs in its own transaction together with its row in
// schema_version (version, name, applied_at_us), so a failure leaves the database exactly as it was
// before that migration. A database whose version is newer than the newest migration this build
// knows is refused with a clear message (an older app must not write to a newer schema).
class Migrator
{
public:
    // The migrations embedded in the binary (:/sql/NNNN_name.sql), ordered by version.
    static QList<Migration> builtin();
    // Highest version among builtin() — the schema version this build writes.
    static int latestVersion();

    explicit Migrator(QList<Migration> migrations = builtin());

    // The highest version among this migrator's migrations (what migrate() brings a database to).
    int newestVersion() const { return m_migrations.isEmpty() ? 0 : m_migrations.constLast().version; }
    // Current version of the database (0 for an empty one).
    Result<int> currentVersion(DbConnection &conn) const;
    // Brings the database up to targetVersion (default: newest known). Returns the version reached.
    // beforeFirst runs once, just before the first migration is applied (not when there is none).
    Result<int> migrate(DbConnection &conn, int targetVersion = -1, const std::function<void()> &beforeFirst = {}) const;

    // Splits a migration script into statements (exposed for tests).
    static QStringList splitStatements(const QString &sql);

private:
    QList<Migration> m_migrations;
};

} // namespace ge::storage
