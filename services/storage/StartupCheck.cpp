#include "storage/StartupCheck.h"

#include "storage/BackupScheduler.h"
#include "storage/DbConnection.h"
#include "storage/Maintenance.h"
#include "storage/Migrator.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace ge::storage {

QString toString(StartupInspection::State state)
{
    switch (state) {
    case StartupInspection::State::Ok: return QStringLiteral("ok");
    case StartupInspection::State::New: return QStringLiteral("new");
    case StartupInspection::State::Corrupt: return QStringLiteral("corrupt");
    case StartupInspection::State::Unreadable: return QStringLiteral("unreadable");
    case StartupInspection::State::TooNew: return QStringLiteral("too_new");
    }
    return QStringLiteral("ok");
}

QString StartupCheck::flagPath(const DatabaseConfig &config)
{
    return config.sqlitePath + QStringLiteral(".open");
}

bool StartupCheck::setOpenFlag(const DatabaseConfig &config)
{
    if (!config.isSqlite()) {
        return true;
    }
    QFile f(flagPath(config));
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate)
           && f.write(QByteArray::number(QCoreApplication::applicationPid())) > 0;
}

void StartupCheck::clearOpenFlag(const DatabaseConfig &config)
{
    if (config.isSqlite()) {
        QFile::remove(flagPath(config));
    }
}

StartupInspection StartupCheck::inspect(const DatabaseConfig &config, const QString &backupDir, bool forceQuickCheck)
{
    StartupInspection r;
    if (!backupDir.isEmpty()) {
        r.latestBackup = BackupScheduler::latestBackup(backupDir);
    }
    auto offer = [&r](const QString &what) {
        QString msg = what;
        if (!r.latestBackup.isEmpty()) {
            msg += QLatin1Char('\n') + QCoreApplication::translate("Storage", "Restore from the latest backup: %1").arg(r.latestBackup);
        } else {
            msg += QLatin1Char('\n') + QCoreApplication::translate("Storage", "No backup was found to restore from.");
        }
        return msg;
    };
    if (!config.isSqlite()) {
        r.state = StartupInspection::State::Ok;
        return r;
    }
    const QFileInfo file(config.sqlitePath);
    if (!file.exists() || file.size() == 0) {
        r.state = StartupInspection::State::New;
        return r;
    }
    r.uncleanShutdown = QFileInfo::exists(flagPath(config));
    if (!file.isReadable()) {
        r.state = StartupInspection::State::Unreadable;
        r.message = offer(QCoreApplication::translate("Storage", "The database %1 cannot be read (permissions).").arg(config.sqlitePath));
        return r;
    }
    Result<DbConnectionPtr> conn = DbConnection::open(config, QStringLiteral("ge-storage-startup"), OpenMode::ReadOnly);
    if (!conn) {
        const bool corrupt = conn.error().detail.contains(toString(StorageFault::Corrupt));
        r.state = corrupt ? StartupInspection::State::Corrupt : StartupInspection::State::Unreadable;
        r.message = offer(QCoreApplication::translate("Storage", "The database %1 cannot be opened: %2")
                              .arg(config.sqlitePath, conn.error().message));
        return r;
    }
    Result<int> version = Migrator().currentVersion(**conn);
    if (!version) {
        r.state = (*conn)->lastFault() == StorageFault::Corrupt ? StartupInspection::State::Corrupt
                                                                 : StartupInspection::State::Unreadable;
        r.message = offer(QCoreApplication::translate("Storage", "The database %1 cannot be read: %2")
                              .arg(config.sqlitePath, version.error().message));
        return r;
    }
    r.schemaVersion = *version;
    if (*version > Migrator::latestVersion()) {
        r.state = StartupInspection::State::TooNew;
        r.message = QCoreApplication::translate("Storage", "The database was written by a newer version of Growth Engine "
                                                           "(schema %1; this version knows up to %2). Update the app.")
                        .arg(*version)
                        .arg(Migrator::latestVersion());
        return r;
    }
    if (r.uncleanShutdown || forceQuickCheck) {
        r.fullCheckRan = true;
        Result<QSqlQuery> q = (*conn)->select(QStringLiteral("PRAGMA quick_check"));
        QStringList problems;
        if (!q) {
            problems << q.error().message;
        } else {
            while (q->next()) {
                if (q->value(0).toString() != QLatin1StringView("ok")) {
                    problems << q->value(0).toString();
                }
            }
        }
        if (!problems.isEmpty()) {
            r.state = StartupInspection::State::Corrupt;
            r.message = offer(QCoreApplication::translate("Storage", "The database %1 is damaged: %2")
                                  .arg(config.sqlitePath, problems.mid(0, 5).join(QStringLiteral("; "))));
            return r;
        }
    }
    r.state = StartupInspection::State::Ok;
    return r;
}

} // namespace ge::storage
