#include "storage/DatabaseHealthProbe.h"

#include "storage/DbConnection.h"
#include "storage/Maintenance.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ge::storage {

DatabaseHealthProbe::DatabaseHealthProbe(DatabaseConfig config, const StorageWriter *writer, const QueryStats *stats)
    : m_config(std::move(config)), m_writer(writer), m_stats(stats)
{
}

DatabaseHealthProbe::~DatabaseHealthProbe() = default;

QVariantMap DatabaseHealthProbe::statsDetails(const DatabaseConfig &config, const StorageWriter *writer,
                                              const QueryStats *stats)
{
    QVariantMap d;
    d.insert(QStringLiteral("backend"), config.isSqlite() ? QStringLiteral("sqlite") : QStringLiteral("postgresql"));
    if (writer) {
        const WriterStats w = writer->stats();
        d.insert(QStringLiteral("queueDepth"), w.queueDepth);
        d.insert(QStringLiteral("queueCapacity"), w.queueCapacity);
        d.insert(QStringLiteral("writerPaused"), w.paused);
        d.insert(QStringLiteral("batchesCommitted"), w.batchesCommitted);
        d.insert(QStringLiteral("failedBatches"), w.failedBatches);
        if (!w.lastError.isEmpty()) {
            d.insert(QStringLiteral("writerLastError"), w.lastError);
        }
    }
    if (stats) {
        const QueryStatsSnapshot s = stats->snapshot();
        d.insert(QStringLiteral("queries"), s.queries);
        d.insert(QStringLiteral("errors"), s.errors);
        d.insert(QStringLiteral("avgMs"), s.avgMs);
        d.insert(QStringLiteral("p95Ms"), s.p95Ms);
        d.insert(QStringLiteral("slowQueries"), s.slowQueries);
        if (!s.lastSlowSql.isEmpty()) {
            d.insert(QStringLiteral("lastSlowSql"), s.lastSlowSql);
            d.insert(QStringLiteral("lastSlowMs"), s.lastSlowMs);
        }
    }
    if (config.isSqlite()) {
        const StorageSizes sz = maintenance::sizes(config);
        d.insert(QStringLiteral("databaseBytes"), sz.databaseBytes);
        d.insert(QStringLiteral("walBytes"), sz.walBytes);
    }
    return d;
}

void DatabaseHealthProbe::probe(reliability::HealthCallback done)
{
    QElapsedTimer t;
    t.start();
    QVariantMap details = statsDetails(m_config, m_writer, m_stats);
    if (!m_conn) {
        Result<DbConnectionPtr> conn = DbConnection::open(m_config, QStringLiteral("ge-storage-health"), OpenMode::ReadWrite);
        if (!conn) {
            done(reliability::HealthResult::down(conn.error().message, t.elapsed(), details));
            return;
        }
        m_conn = std::move(conn.value());
    }
    Result<QVariant> one = m_conn->scalar(QStringLiteral("SELECT 1"));
    const qint64 latency = t.elapsed();
    if (!one) {
        m_conn.reset();
        done(reliability::HealthResult::down(one.error().message, latency, details));
        return;
    }
    if (!m_config.isSqlite()) {
        if (Result<StorageSizes> sz = maintenance::sizes(*m_conn)) {
            details.insert(QStringLiteral("databaseBytes"), sz->databaseBytes);
        }
    }
    if (m_writer) {
        const WriterStats w = m_writer->stats();
        if (w.paused) {
            done(reliability::HealthResult::down(w.lastError, latency, details));
            return;
        }
        if (w.queueCapacity > 0 && w.queueDepth * 10 >= w.queueCapacity * 8) {
            done(reliability::HealthResult::degraded(
                QCoreApplication::translate("Storage", "The write queue is %1% full").arg(w.queueDepth * 100 / w.queueCapacity),
                latency, details));
            return;
        }
    }
    done(reliability::HealthResult::up(latency, details));
}

} // namespace ge::storage
