#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/StartupCheck.h"
#include "storage/StorageWriter.h"

#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

namespace ge::reliability {
class HealthProbe;
}
namespace ge::metrics {
class MetricsRegistry;
}

namespace ge::storage {

class AuditLog;
class BackupScheduler;
class QueryStats;
class ReadPool;
class Retention;

struct StorageServiceOptions
{
    DatabaseConfig database;
    QString backupDir;           // "" disables automatic backups (e.g. PostgreSQL)
    int backupIntervalHours = 24; // 0: no automatic backups
    int backupKeep = 7;
    int retentionDays = 180;     // 0 disables pruning
    int readerThreads = 2;
    WriterOptions writer;
    // When set, migrations run on a worker thread while this thread's event loop keeps running
    // (migrateInBackground), and this is called first if there is anything to migrate: the app
    // shows a progress dialog. Unset: they run on the calling thread.
    std::function<void()> migrationStarted;
};

// The storage layer assembled for the app: startup inspection (integrity flag, corrupt/too-new
// detection), migrations, the writer thread, the reader pool, the audit log, automatic backups
// and daily retention. The composition root creates one, calls open() before it starts the
// collectors, and close() after it stopped them (close flushes the writer and clears the flag).
class StorageService : public QObject
{
    Q_OBJECT
public:
    StorageService(StorageServiceOptions options, const Clock &clock, QObject *parent = nullptr);
    ~StorageService() override;

    // Inspects, migrates and starts everything. On a database that must not be opened
    // (corrupt, unreadable, newer schema) returns an Error whose message offers the latest backup
    // and leaves the file untouched; inspection() still tells what was found.
    Status open();
    // Writer metrics (see StorageWriter::setMetrics); call before open().
    void setMetrics(metrics::MetricsRegistry *registry) { m_metrics = registry; }
    void close(int flushTimeoutMs = 10000);
    bool isOpen() const { return m_open; }

    const StartupInspection &inspection() const { return m_inspection; }
    const DatabaseConfig &database() const { return m_options.database; }
    StorageWriter *writer() const { return m_writer.get(); }
    ReadPool *readers() const { return m_readers.get(); }
    AuditLog *audit() const { return m_audit.get(); }
    QueryStats *stats() const { return m_stats.get(); }
    BackupScheduler *backups() const { return m_backups.get(); }
    Retention *retention() const { return m_retention.get(); }

    // A probe for the HealthMonitor (owns its own connection, created on the monitor's thread).
    std::unique_ptr<reliability::HealthProbe> makeHealthProbe() const;
    // Prunes raw events older than retentionDays now (otherwise daily).
    void runRetentionNow();

private:
    StorageServiceOptions m_options;
    const Clock &m_clock;
    StartupInspection m_inspection;
    std::unique_ptr<QueryStats> m_stats;
    std::unique_ptr<StorageWriter> m_writer;
    std::unique_ptr<ReadPool> m_readers;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<BackupScheduler> m_backups;
    std::unique_ptr<Retention> m_retention;
    QTimer m_retentionTimer;
    metrics::MetricsRegistry *m_metrics = nullptr;
    bool m_open = false;
};

} // namespace ge::storage
