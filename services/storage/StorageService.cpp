#include "storage/StorageService.h"

#include "storage/AuditLog.h"
#include "storage/BackgroundMigration.h"
#include "storage/BackupScheduler.h"
#include "storage/DatabaseHealthProbe.h"
#include "storage/DbConnection.h"
#include "storage/QueryStats.h"
#include "storage/ReadPool.h"
#include "storage/Retention.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ge::storage {

StorageService::StorageService(StorageServiceOptions options, const Clock &clock, QObject *parent)
    : QObject(parent), m_options(std::move(options)), m_clock(clock)
{
    m_retentionTimer.setInterval(24 * 60 * 60 * 1000);
    connect(&m_retentionTimer, &QTimer::timeout, this, &StorageService::runRetentionNow);
}

StorageService::~StorageService()
{
    close();
}

Status StorageService::open()
{
    if (m_open) {
        return {};
    }
    const DatabaseConfig &db = m_options.database;
    m_inspection = StartupCheck::inspect(db, m_options.backupDir);
    if (!m_inspection.canOpen()) {
        qCCritical(lcStorage).noquote() << "database not opened:" << toString(m_inspection.state) << m_inspection.message;
        return Error::storage(m_inspection.message);
    }
    if (m_inspection.uncleanShutdown) {
        qCWarning(lcStorage) << "the last run did not close the database cleanly; quick_check passed";
    }
    const Result<int> version = m_options.migrationStarted ? migrateInBackground(db, m_options.migrationStarted)
                                                           : migrateDatabase(db);
    if (!version) {
        return version.error();
    }
    if (!StartupCheck::setOpenFlag(db)) {
        qCWarning(lcStorage) << "cannot write the integrity flag next to the database";
    }
    m_stats = std::make_unique<QueryStats>(db.slowQueryMs);
    m_writer = std::make_unique<StorageWriter>(db, m_clock, m_stats.get(), m_options.writer);
    m_writer->setMetrics(m_metrics);
    m_writer->start();
    m_readers = std::make_unique<ReadPool>(db, m_stats.get(), m_options.readerThreads);
    m_audit = std::make_unique<AuditLog>(*m_writer, m_clock);
    m_retention = std::make_unique<Retention>(*m_writer);
    if (db.isSqlite() && !m_options.backupDir.isEmpty() && m_options.backupKeep > 0 && m_options.backupIntervalHours > 0) {
        m_backups = std::make_unique<BackupScheduler>(*m_readers, m_clock, m_options.backupDir, m_options.backupKeep,
                                                      m_options.backupIntervalHours * 60);
        m_backups->start();
    }
    if (m_options.retentionDays > 0) {
        m_retentionTimer.start();
    }
    m_open = true;
    return {};
}

void StorageService::runRetentionNow()
{
    if (!m_retention || m_options.retentionDays <= 0 || m_retention->isRunning()) {
        return;
    }
    m_retention->start(m_clock.nowUs() - qint64(m_options.retentionDays) * 86'400'000'000LL);
}

std::unique_ptr<reliability::HealthProbe> StorageService::makeHealthProbe() const
{
    return std::make_unique<DatabaseHealthProbe>(m_options.database, m_writer.get(), m_stats.get());
}

void StorageService::close(int flushTimeoutMs)
{
    if (!m_open) {
        return;
    }
    m_open = false;
    m_retentionTimer.stop();
    if (m_backups) {
        m_backups->stop();
    }
    if (m_writer) {
        m_writer->stop(flushTimeoutMs);
    }
    m_retention.reset();
    m_audit.reset();
    m_backups.reset();
    m_readers.reset();
    m_writer.reset();
    StartupCheck::clearOpenFlag(m_options.database);
}

} // namespace ge::storage
