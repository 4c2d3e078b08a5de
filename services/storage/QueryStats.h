#pragma once

#include <QList>
#include <QMutex>
#include <QString>

namespace ge::storage {

// Figures for the Health page, summed over every connection that reports into one QueryStats.
struct QueryStatsSnapshot
{
    qint64 queries = 0;
    qint64 errors = 0;
    qint64 slowQueries = 0;
    double avgMs = 0;
    double p95Ms = 0;      // over the most recent samples (ring of 4096)
    double maxMs = 0;
    QString lastSlowSql;   // statement text only; bound values are never recorded
    double lastSlowMs = 0;
};

// Thread-safe timing recorder shared by the writer and the reader pool. Queries slower than the
// threshold are logged (category ge.storage) with their SQL.
class QueryStats
{
public:
    explicit QueryStats(int slowQueryMs = 100) : m_slowMs(slowQueryMs) {}

    void record(const QString &sql, qint64 elapsedUs, bool ok);
    QueryStatsSnapshot snapshot() const;
    void setSlowQueryMs(int ms);

private:
    mutable QMutex m_mutex;
    int m_slowMs;
    qint64 m_count = 0;
    qint64 m_errors = 0;
    qint64 m_slow = 0;
    qint64 m_totalUs = 0;
    qint64 m_maxUs = 0;
    QList<qint64> m_ring;
    qsizetype m_ringPos = 0;
    QString m_lastSlowSql;
    qint64 m_lastSlowUs = 0;
};

} // namespace ge::storage
