#include "storage/QueryStats.h"

#include "storage/StorageLog.h"

#include <algorithm>

namespace ge::storage {

static constexpr qsizetype kRing = 4096;

void QueryStats::record(const QString &sql, qint64 elapsedUs, bool ok)
{
    bool slow = false;
    {
        QMutexLocker lock(&m_mutex);
        ++m_count;
        if (!ok) {
            ++m_errors;
        }
        m_totalUs += elapsedUs;
        m_maxUs = std::max(m_maxUs, elapsedUs);
        if (m_ring.size() < kRing) {
            m_ring.append(elapsedUs);
        } else {
            m_ring[m_ringPos] = elapsedUs;
            m_ringPos = (m_ringPos + 1) % kRing;
        }
        if (elapsedUs >= qint64(m_slowMs) * 1000) {
            ++m_slow;
            slow = true;
            m_lastSlowSql = sql.simplified().left(2000);
            m_lastSlowUs = elapsedUs;
        }
    }
    if (slow) {
        qCWarning(lcStorage).noquote() << "slow query" << double(elapsedUs) / 1000.0 << "ms:" << sql.simplified().left(2000);
    }
}

QueryStatsSnapshot QueryStats::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    QueryStatsSnapshot s;
    s.queries = m_count;
    s.errors = m_errors;
    s.slowQueries = m_slow;
    s.avgMs = m_count ? double(m_totalUs) / double(m_count) / 1000.0 : 0.0;
    s.maxMs = double(m_maxUs) / 1000.0;
    if (!m_ring.isEmpty()) {
        QList<qint64> sorted = m_ring;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype idx = std::min<qsizetype>(sorted.size() - 1, qsizetype(double(sorted.size()) * 0.95));
        s.p95Ms = double(sorted.at(idx)) / 1000.0;
    }
    s.lastSlowSql = m_lastSlowSql;
    s.lastSlowMs = double(m_lastSlowUs) / 1000.0;
    return s;
}

void QueryStats::setSlowQueryMs(int ms)
{
    QMutexLocker lock(&m_mutex);
    m_slowMs = ms;
}

} // namespace ge::storage
