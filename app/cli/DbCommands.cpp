#include "cli/Commands.h"

#include "storage/BackupScheduler.h"
#include "storage/DatabaseConfig.h"
#include "storage/Maintenance.h"
#include "storage/Migrator.h"
#include "storage/StartupCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ge::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DbCommands", text);
}

int exitFor(const Error &e)
{
    return e.category == ErrorCategory::Validation ? int(ExitUsage)
           : e.category == ErrorCategory::NotFound ? int(ExitNoData)
                                                   : int(ExitStorage);
}

int dbCheck(CliContext &ctx, const storage::DatabaseConfig &db, bool full, bool json)
{
    const QString backupDir = QDir(ctx.config().dataDir).filePath(QStringLiteral("backups"));
    if (db.isSqlite()) {
        if (!QFileInfo::exists(db.sqlitePath)) {
            ctx.err() << tr("No database at %1").arg(db.sqlitePath) << Qt::endl;
            return ExitNoData;
        }
        const storage::StartupInspection inspection = storage::StartupCheck::inspect(db, backupDir);
        if (!inspection.canOpen()) {
            if (json) {
                ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                       {QStringLiteral("state"), storage::toString(inspection.state)},
                                                       {QStringLiteral("message"), inspection.message},
                                                       {QStringLiteral("latestBackup"), inspection.latestBackup}})
                                 .toJson();
            } else {
                ctx.err() << inspection.message << Qt::endl;
                if (!inspection.latestBackup.isEmpty()) {
                    ctx.err() << tr("To restore: growth-engine db restore %1").arg(inspection.latestBackup) << Qt::endl;
                }
            }
            return ExitStorage;
        }
    }
    Result<storage::CheckReport> report = storage::maintenance::check(db, full);
    if (!report) {
        ctx.err() << tr("Cannot check the database: %1").arg(report.error().message) << Qt::endl;
        return ExitStorage;
    }
    const storage::StorageSizes sizes = storage::maintenance::sizes(db);
    if (json) {
        QJsonObject o{{QStringLiteral("ok"), report->ok()},
                      {QStringLiteral("database"), db.describe()},
                      {QStringLiteral("schemaVersion"), report->schemaVersion},
                      {QStringLiteral("appSchemaVersion"), report->appSchemaVersion},
                      {QStringLiteral("integrity"), report->integrityOk},
                      {QStringLiteral("integrityProblems"), QJsonArray::fromStringList(report->integrityProblems)},
                      {QStringLiteral("foreignKeys"), report->foreignKeysOk},
                      {QStringLiteral("foreignKeyProblems"), QJsonArray::fromStringList(report->foreignKeyProblems)},
                      {QStringLiteral("auditChain"), report->audit.ok},
                      {QStringLiteral("auditRows"), report->audit.rows},
                      {QStringLiteral("auditProblem"), report->audit.problem},
                      {QStringLiteral("databaseBytes"), sizes.databaseBytes},
                      {QStringLiteral("walBytes"), sizes.walBytes}};
        ctx.out() << QJsonDocument(o).toJson();
    } else {
        ctx.out() << tr("database: %1").arg(db.describe()) << Qt::endl;
        ctx.out() << report->summary() << Qt::endl;
        if (db.isSqlite()) {
            ctx.out() << tr("size: %1 bytes (WAL %2 bytes)").arg(sizes.databaseBytes).arg(sizes.walBytes) << Qt::endl;
        }
        ctx.out() << (report->ok() ? tr("result: ok") : tr("result: PROBLEMS FOUND")) << Qt::endl;
    }
    return report->ok() ? ExitOk : ExitFailed;
}

} // namespace

// growth-engine db check [--full] [--json] | db backup FILE | db restore FILE | db vacuum
int runDbCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption full(QStringLiteral("full"), tr("check: run the full integrity_check instead of quick_check."));
    const QCommandLineOption json(QStringLiteral("json"), tr("check: output JSON."));
    parser.addOption(full);
    parser.addOption(json);
    if (auto exit = ctx.parse(parser,
                              tr("Database maintenance.\n"
                                 "  check          integrity + foreign keys + audit chain (exit 1 when problems are found)\n"
                                 "  backup FILE    online backup, safe while the app runs\n"
                                 "  restore FILE   validate FILE, keep the current database aside, install FILE\n"
                                 "  vacuum         rebuild the file and give free space back"),
                              QStringLiteral("check|backup FILE|restore FILE|vacuum"))) {
        return *exit;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty()) {
        return ctx.usageError(tr("missing action: check, backup FILE, restore FILE or vacuum"));
    }
    const QString action = pos.constFirst();
    Result<storage::DatabaseConfig> db = storage::DatabaseConfig::fromUrl(ctx.config().databaseUrl, ctx.config().dataDir);
    if (!db) {
        ctx.err() << db.error().message << Qt::endl;
        return ExitConfig;
    }
    auto needFile = [&]() -> QString { return pos.size() == 2 ? QFileInfo(pos.at(1)).absoluteFilePath() : QString(); };

    if (action == QLatin1StringView("check")) {
        if (pos.size() != 1) {
            return ctx.usageError(tr("'db check' takes no file"));
        }
        return dbCheck(ctx, *db, parser.isSet(full), parser.isSet(json));
    }
    if (action == QLatin1StringView("backup")) {
        const QString file = needFile();
        if (file.isEmpty()) {
            return ctx.usageError(tr("usage: growth-engine db backup FILE"));
        }
        if (db->isSqlite() && !QFileInfo::exists(db->sqlitePath)) {
            ctx.err() << tr("No database at %1").arg(db->sqlitePath) << Qt::endl;
            return ExitNoData;
        }
        if (Status s = storage::maintenance::backup(*db, file); !s) {
            ctx.err() << tr("Backup failed: %1").arg(s.error().message) << Qt::endl;
            return exitFor(s.error());
        }
        ctx.out() << tr("Backup written to %1").arg(file) << Qt::endl;
        return ExitOk;
    }
    if (action == QLatin1StringView("restore")) {
        const QString file = needFile();
        if (file.isEmpty()) {
            return ctx.usageError(tr("usage: growth-engine db restore FILE"));
        }
        Result<QString> moved = storage::maintenance::restore(*db, file);
        if (!moved) {
            ctx.err() << tr("Restore refused: %1").arg(moved.error().message) << Qt::endl;
            return exitFor(moved.error());
        }
        ctx.out() << tr("Restored %1 from %2").arg(db->sqlitePath, file) << Qt::endl;
        if (!moved->isEmpty()) {
            ctx.out() << tr("The previous database was kept at %1").arg(*moved) << Qt::endl;
        }
        return ExitOk;
    }
    if (action == QLatin1StringView("vacuum")) {
        if (pos.size() != 1) {
            return ctx.usageError(tr("'db vacuum' takes no file"));
        }
        const qint64 before = storage::maintenance::sizes(*db).databaseBytes;
        if (Status s = storage::maintenance::vacuum(*db); !s) {
            ctx.err() << tr("Vacuum failed: %1").arg(s.error().message) << Qt::endl;
            return exitFor(s.error());
        }
        const qint64 after = storage::maintenance::sizes(*db).databaseBytes;
        ctx.out() << tr("Vacuum done: %1 → %2 bytes").arg(before).arg(after) << Qt::endl;
        return ExitOk;
    }
    return ctx.usageError(tr("unknown action '%1' (check, backup FILE, restore FILE, vacuum)").arg(action));
}

} // namespace ge::cli
