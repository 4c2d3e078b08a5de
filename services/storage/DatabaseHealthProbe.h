#pragma once

#include "reliability/HealthProbe.h"
#include "storage/DatabaseConfig.h"

#include <QVariantMap>

#include <memory>

namespace ge::storage {

class DbConnection;
class QueryStats;
class StorageWriter;

// Health of the database for the HealthMonitor and the Health page: a timed `SELECT 1` on its
// own connection (opened lazily on the monitor's thread), the writer's state, query statistics and
// file sizes. DOWN when the database cannot answer or the writer is paused by a failure (disk full,
// read-only, locked...); DEGRADED when the write queue is over 80% full; otherwise UP.
// details: queueDepth, queueCapacity, writerPaused, queries, errors, avgMs, p95Ms, slowQueries,
// lastSlowSql, databaseBytes, walBytes, backend.
class DatabaseHealthProbe final : public reliability::HealthProbe
{
public:
    DatabaseHealthProbe(DatabaseConfig config, const StorageWriter *writer, const QueryStats *stats);
    ~DatabaseHealthProbe() override;
    bool needsNetwork() const override { return !m_config.isSqlite(); }
    void probe(reliability::HealthCallback done) override;

    // The figures alone (no query), for pages that only need them.
    static QVariantMap statsDetails(const DatabaseConfig &config, const StorageWriter *writer, const QueryStats *stats);

private:
    DatabaseConfig m_config;
    const StorageWriter *m_writer;
    const QueryStats *m_stats;
    std::unique_ptr<DbConnection> m_conn;
};

} // namespace ge::storage
