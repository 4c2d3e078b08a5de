#include "storage/Maintenance.h"

#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/SqliteApi.h"
#include "storage/StartupCheck.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <signal.h>
#include <unistd.h>

namespace ge::storage {

QString CheckReport::summary() const
{
    QStringList lines;
    lines << QCoreApplication::translate("Storage", "schema version: %1 (this build: %2)%3")
                 .arg(schemaVersion)
                 .arg(appSchemaVersion)
                 .arg(schemaVersion > appSchemaVersion ? QCoreApplication::translate("Storage", " — NEWER than this build")
                                                       : QString());
    lines << QCoreApplication::translate("Storage", "integrity: %1").arg(integrityOk ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    for (const QString &p : integrityProblems) {
        lines << QStringLiteral("  ") + p;
    }
    lines << QCoreApplication::translate("Storage", "foreign keys: %1").arg(foreignKeysOk ? QStringLiteral("ok") : QStringLiteral("FAILED"));
    for (const QString &p : foreignKeyProblems) {
        lines << QStringLiteral("  ") + p;
    }
    lines << QCoreApplication::translate("Storage", "audit chain: %1 (%2 rows)")
                 .arg(audit.ok ? QStringLiteral("ok") : QStringLiteral("BROKEN — ") + audit.problem)
                 .arg(audit.rows);
    return lines.join(QLatin1Char('\n'));
}

namespace maintenance {

Result<CheckReport> check(DbConnection &conn, bool full)
{
    CheckReport report;
    report.appSchemaVersion = Migrator::latestVersion();
    Result<int> version = Migrator().currentVersion(conn);
    if (!version) {
        return version.error();
    }
    report.schemaVersion = *version;
    if (conn.dialect().isSqlite()) {
        Result<QSqlQuery> q = conn.select(full ? QStringLiteral("PRAGMA integrity_check") : QStringLiteral("PRAGMA quick_check"));
        if (!q) {
            report.integrityOk = false;
            report.integrityProblems << q.error().message;
        } else {
            while (q->next()) {
                const QString line = q->value(0).toString();
                if (line != QLatin1StringView("ok")) {
                    report.integrityOk = false;
                    if (report.integrityProblems.size() < 50) {
                        report.integrityProblems << line;
                    }
                }
            }
        }
        Result<QSqlQuery> fk = conn.select(QStringLiteral("PRAGMA foreign_key_check"));
        if (!fk) {
            report.foreignKeysOk = false;
            report.foreignKeyProblems << fk.error().message;
        } else {
            while (fk->next()) {
                report.foreignKeysOk = false;
                if (report.foreignKeyProblems.size() < 50) {
                    report.foreignKeyProblems << QCoreApplication::translate("Storage", "%1 row %2 references missing %3")
                                                     .arg(fk->value(0).toString(), fk->value(1).toString(), fk->value(2).toString());
                }
            }
        }
    }
    // PostgreSQL enforces foreign keys and checksums pages itself; nothing to scan here.
    if (report.schemaVersion > 0) {
        Result<AuditVerifyReport> audit = AuditLog::verify(conn);
        if (!audit) {
            return audit.error();
        }
        report.audit = *audit;
    }
    return report;
}

Result<CheckReport> check(const DatabaseConfig &config, bool full)
{
    Result<DbConnectionPtr> conn = DbConnection::open(config, QStringLiteral("ge-storage-check"), OpenMode::ReadOnly);
    if (!conn) {
        return conn.error();
    }
    return check(**conn, full);
}

static Status sqliteCheckFile(const QString &file, bool full)
{
    Result<DbConnectionPtr> conn = DbConnection::open(DatabaseConfig::sqlite(file), QStringLiteral("ge-storage-validate"),
                                                      OpenMode::ReadOnly);
    if (!conn) {
        return conn.error();
    }
    Result<CheckReport> report = check(**conn, full);
    if (!report) {
        return report.error();
    }
    if (!report->integrityOk || report->schemaVersion > report->appSchemaVersion) {
        Error e = Error::storage(QCoreApplication::translate("Storage", "%1 failed validation:\n%2").arg(file, report->summary()));
        return e;
    }
    if (report->schemaVersion == 0) {
        return Error::storage(QCoreApplication::translate("Storage", "%1 is not a Growth Engine database (no schema version)").arg(file));
    }
    return {};
}

Status validateBackup(const QString &backupFile)
{
    if (!QFileInfo::exists(backupFile)) {
        return Error::make(ErrorCategory::NotFound, QCoreApplication::translate("Storage", "Backup file %1 does not exist").arg(backupFile));
    }
    return sqliteCheckFile(backupFile, false);
}

Status backup(DbConnection &source, const QString &destFile)
{
    if (!source.dialect().isSqlite()) {
        return Error::validation(QCoreApplication::translate("Storage", "Backups of a PostgreSQL database are made with pg_dump on the server"));
    }
    const SqliteApi *api = SqliteApi::get();
    auto *src = static_cast<sqlite3 *>(source.sqliteHandle());
    if (!api || !src) {
        return Error::storage(QCoreApplication::translate("Storage", "The SQLite backup API is not available"));
    }
    const QFileInfo dest(destFile);
    if (!QDir().mkpath(dest.absolutePath())) {
        return Error::storage(QCoreApplication::translate("Storage", "Cannot create the backup folder %1").arg(dest.absolutePath()));
    }
    const QString partial = dest.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sqlite3 *dst = nullptr;
    const QByteArray partialPath = QFile::encodeName(partial);
    int rc = api->open_v2(partialPath.constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        const QString msg = dst ? QString::fromUtf8(api->errmsg(dst)) : QString::number(rc);
        api->close(dst);
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("Storage", "Cannot create the backup file %1: %2").arg(partial, msg), true);
    }
    sqlite3_backup *b = api->backup_init(dst, "main", src, "main");
    if (!b) {
        const QString msg = QString::fromUtf8(api->errmsg(dst));
        api->close(dst);
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("Storage", "Cannot start the backup: %1").arg(msg));
    }
    // Copy everything in one step: the copy reads one consistent WAL snapshot while the writer keeps
    // committing beside it (a chunked copy would restart whenever another connection writes).
    int attempts = 0;
    do {
        rc = api->backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            if (++attempts > 200) {
                break;
            }
            QThread::msleep(25);
        }
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    api->backup_finish(b);
    const int finalRc = api->errcode(dst);
    const QString msg = QString::fromUtf8(api->errmsg(dst));
    api->close(dst);
    if (rc != SQLITE_DONE) {
        QFile::remove(partial);
        Error e = Error::storage(QCoreApplication::translate("Storage", "The backup failed: %1").arg(msg), true);
        e.detail = QStringLiteral("sqlite3_backup_step rc=%1 errcode=%2").arg(rc).arg(finalRc);
        return e;
    }
    if (Status s = sqliteCheckFile(partial, false); !s) {
        QFile::remove(partial);
        return s;
    }
    QFile::remove(dest.absoluteFilePath());
    if (!QFile::rename(partial, dest.absoluteFilePath())) {
        QFile::remove(partial);
        return Error::storage(QCoreApplication::translate("Storage", "Cannot move the backup into place at %1").arg(destFile));
    }
    qCInfo(lcStorage).noquote() << "backup written to" << dest.absoluteFilePath();
    return {};
}

Status backup(const DatabaseConfig &config, const QString &destFile)
{
    if (!config.isSqlite()) {
        return Error::validation(QCoreApplication::translate("Storage", "Backups of a PostgreSQL database are made with pg_dump on the server"));
    }
    Result<DbConnectionPtr> conn = DbConnection::open(config, QStringLiteral("ge-storage-backup"), OpenMode::ReadOnly);
    if (!conn) {
        return conn.error();
    }
    return backup(**conn, destFile);
}

Result<QString> restore(const DatabaseConfig &config, const QString &backupFile)
{
    if (!config.isSqlite()) {
        return Error::validation(QCoreApplication::translate("Storage", "Restore applies to the local SQLite database only"));
    }
    if (Status s = validateBackup(backupFile); !s) {
        return s.error();
    }
    const QString db = QFileInfo(config.sqlitePath).absoluteFilePath();
    if (QFileInfo(backupFile).absoluteFilePath() == db) {
        return Error::validation(QCoreApplication::translate("Storage", "The backup file is the database itself"));
    }
    // Nobody may be using the database: a running app holds the integrity flag with its PID...
    QFile flag(StartupCheck::flagPath(config));
    if (flag.open(QIODevice::ReadOnly)) {
        const qint64 pid = flag.readAll().trimmed().toLongLong();
        if (pid > 0 && pid != qint64(::getpid()) && ::kill(pid_t(pid), 0) == 0) {
            return Error::storage(QCoreApplication::translate("Storage", "The database is in use by Growth Engine (process %1); quit it before restoring").arg(pid));
        }
    }
    // ...and any other user shows up by holding a lock (fails fast).
    if (QFileInfo::exists(db)) {
        DatabaseConfig probeConfig = config;
        probeConfig.busyTimeoutMs = 200;
        Result<DbConnectionPtr> probe = DbConnection::open(probeConfig, QStringLiteral("ge-storage-restore-probe"),
                                                           OpenMode::ReadWrite);
        if (probe) {
            if (Status s = (*probe)->exec(QStringLiteral("BEGIN EXCLUSIVE")); !s) {
                return Error::storage(QCoreApplication::translate("Storage", "The database is in use (is Growth Engine running?); quit it before restoring"));
            }
            (*probe)->rollback();
            // Fold the WAL into the main file so the moved-aside copy is self-contained.
            (void)(*probe)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        // A database that cannot even be opened (corrupt) is exactly what restore is for: continue.
    }
    QString movedTo;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(db)) {
        movedTo = db + QStringLiteral(".before-restore-") + stamp;
        int n = 1;
        while (QFileInfo::exists(movedTo)) {
            movedTo = db + QStringLiteral(".before-restore-%1-%2").arg(stamp).arg(++n);
        }
        if (!QFile::rename(db, movedTo)) {
            return Error::storage(QCoreApplication::translate("Storage", "Cannot move the current database aside to %1").arg(movedTo));
        }
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
            if (QFileInfo::exists(db + suffix)) {
                QFile::remove(movedTo + suffix);
                QFile::rename(db + suffix, movedTo + suffix);
            }
        }
    }
    const QString tmp = db + QStringLiteral(".restoring");
    QFile::remove(tmp);
    if (!QFile::copy(backupFile, tmp) || !QFile::rename(tmp, db)) {
        QFile::remove(tmp);
        if (!movedTo.isEmpty()) {
            QFile::rename(movedTo, db); // put the old one back
        }
        return Error::storage(QCoreApplication::translate("Storage", "Cannot copy the backup into place (disk full?)"), true);
    }
    QFile(db).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage).noquote() << "restored" << db << "from" << backupFile << "old database kept at" << movedTo;
    return movedTo;
}

Status vacuum(const DatabaseConfig &config)
{
    Result<DbConnectionPtr> conn = DbConnection::open(config, QStringLiteral("ge-storage-vacuum"), OpenMode::ReadWrite);
    if (!conn) {
        return conn.error();
    }
    if (Status s = (*conn)->exec(QStringLiteral("VACUUM")); !s) {
        return s;
    }
    if (config.isSqlite()) {
        return (*conn)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return {};
}

StorageSizes sizes(const DatabaseConfig &config)
{
    StorageSizes s;
    if (config.isSqlite()) {
        s.databaseBytes = QFileInfo(config.sqlitePath).size();
        s.walBytes = QFileInfo(config.sqlitePath + QStringLiteral("-wal")).size();
    }
    return s;
}

Result<StorageSizes> sizes(DbConnection &conn)
{
    if (conn.dialect().isSqlite()) {
        return sizes(conn.config());
    }
    Result<QVariant> v = conn.scalar(QStringLiteral("SELECT pg_database_size(current_database())"));
    if (!v) {
        return v.error();
    }
    StorageSizes s;
    s.databaseBytes = v->toLongLong();
    return s;
}

} // namespace maintenance
} // namespace ge::storage
