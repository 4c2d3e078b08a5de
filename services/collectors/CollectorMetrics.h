#pragma once

#include "collectors/IngestCounters.h"

#include <QHash>
#include <QObject>
#include <QString>

namespace ge::metrics {
class MetricsRegistry;
}

namespace ge::collectors {

class BackfillCollector;
class JetstreamCollector;
struct BackfillProgress;

// Exports the collectors' live figures to the metrics registry (and so to /metrics of the status
// server). Subscribes with queued connections to the stats signals the collectors already emit
// (JetstreamCollector::statsChanged, the replay's CollectorStats, BackfillCollector::progress /
// failed / finished) and turns them into labelled metrics, on the thread this object lives on:
//   ge_collector_events_total{collector}, ge_collector_commits_total{collector,collection,op},
//   ge_collector_matched_total, ge_collector_ignored_total, ge_collector_malformed_total{reason},
//   ge_collector_reconnects_total, ge_collector_wire_bytes_total (counters),
//   ge_collector_events_per_second, ge_collector_lag_ms, ge_collector_queue_depth,
//   ge_collector_queue_capacity, ge_collector_compression_ratio, ge_collector_streaming (gauges),
//   ge_backfill_pages_total{kind}, ge_backfill_failures_total, ge_backfill_runs_total (counters),
//   ge_backfill_accounts_done, ge_backfill_accounts_total, ge_backfill_eta_ms, ge_backfill_running.
// The collectors' counters are cumulative per collector instance; a restarted collector starts
// from zero again, which is detected (a value below the last one) so the exported counters stay
// monotonic.
class CollectorMetrics : public QObject
{
    Q_OBJECT
public:
    explicit CollectorMetrics(metrics::MetricsRegistry &registry, QObject *parent = nullptr);

    // Queued connections to the collector's signals (it may live on any thread).
    void watch(JetstreamCollector *collector);
    void watch(BackfillCollector *backfill);

public Q_SLOTS:
    void onStats(const ge::collectors::CollectorStats &stats);
    void onBackfillProgress(const ge::collectors::BackfillProgress &progress);
    void onBackfillFailed();
    void onBackfillFinished();

private:
    struct Last
    {
        IngestCounters counters;
        quint64 reconnects = 0;
        quint64 wireBytes = 0;
    };
    // Adds now - last to the counter (now when the source restarted from zero).
    static void addDelta(metrics::MetricsRegistry &registry, const QString &name, const QList<QPair<QString, QString>> &labels,
                         const QString &help, quint64 now, quint64 last);

    metrics::MetricsRegistry &m_registry;
    QHash<QString, Last> m_last; // per collector name
};

} // namespace ge::collectors
