#include "collectors/CollectorMetrics.h"

#include "collectors/BackfillCollector.h"
#include "collectors/JetstreamCollector.h"
#include "metrics/MetricsRegistry.h"

namespace ge::collectors {

namespace {

using metrics::Labels;

QString s(const char *text)
{
    return QString::fromLatin1(text);
}

} // namespace

CollectorMetrics::CollectorMetrics(metrics::MetricsRegistry &registry, QObject *parent)
    : QObject(parent), m_registry(registry)
{
    qRegisterMetaType<CollectorStats>();
    qRegisterMetaType<BackfillProgress>();
}

void CollectorMetrics::watch(JetstreamCollector *collector)
{
    connect(collector, &JetstreamCollector::statsChanged, this, &CollectorMetrics::onStats, Qt::QueuedConnection);
}

void CollectorMetrics::watch(BackfillCollector *backfill)
{
    connect(backfill, &BackfillCollector::progress, this, &CollectorMetrics::onBackfillProgress, Qt::QueuedConnection);
    connect(backfill, &BackfillCollector::failed, this, &CollectorMetrics::onBackfillFailed, Qt::QueuedConnection);
    connect(backfill, &BackfillCollector::finished, this, &CollectorMetrics::onBackfillFinished, Qt::QueuedConnection);
}

void CollectorMetrics::addDelta(metrics::MetricsRegistry &registry, const QString &name, const Labels &labels,
                                const QString &help, quint64 now, quint64 last)
{
    metrics::Counter &counter = registry.counter(name, labels, help);
    if (now >= last)
        counter.inc(now - last);
    else
        counter.inc(now); // the source restarted from zero
}

void CollectorMetrics::onStats(const CollectorStats &stats)
{
    const QString name = stats.name.isEmpty() ? s("jetstream") : stats.name;
    const Labels labels{{s("collector"), name}};
    Last &last = m_last[name];
    const IngestCounters &c = stats.counters;
    const IngestCounters &p = last.counters;
    // A collector that restarted reports smaller cumulative counts: compare against zero then.
    const bool restarted = c.events() < p.events() || c.lines() < p.lines();
    const IngestCounters zero;
    const IngestCounters &base = restarted ? zero : p;

    addDelta(m_registry, s("ge_collector_events_total"), labels, s("Events received (commits, identity, account)"),
             c.events(), base.events());
    for (int col = 0; col < kCollectionCount; ++col)
        for (int op = 0; op < kCommitOpCount; ++op) {
            const quint64 now = c.commits[size_t(col)][size_t(op)];
            const quint64 before = base.commits[size_t(col)][size_t(op)];
            if (now == before)
                continue;
            addDelta(m_registry, s("ge_collector_commits_total"),
                     {{s("collector"), name},
                      {s("collection"), s(toString(Collection(col)))},
                      {s("op"), s(toString(CommitOp(op)))}},
                     s("Commit events received per collection and operation"), now, before);
        }
    addDelta(m_registry, s("ge_collector_matched_total"), labels, s("Events kept by the tracked-account filter"),
             c.matched, base.matched);
    addDelta(m_registry, s("ge_collector_ignored_total"), labels, s("Events the filter dropped"), c.ignored,
             base.ignored);
    for (int r = 0; r < kMalformedReasonCount; ++r) {
        const quint64 now = c.malformed[size_t(r)];
        const quint64 before = base.malformed[size_t(r)];
        // Registered once even at zero, so that /metrics shows the series before the first bad line.
        addDelta(m_registry, s("ge_collector_malformed_total"),
                 {{s("collector"), name}, {s("reason"), s(toString(MalformedReason(r)))}},
                 s("Lines rejected by the parser per reason"), now, before);
    }
    addDelta(m_registry, s("ge_collector_reconnects_total"), labels, s("Reconnects of the collector"),
             stats.reconnects, restarted ? 0 : last.reconnects);
    addDelta(m_registry, s("ge_collector_wire_bytes_total"), labels, s("Bytes received on the wire"),
             stats.wireBytes, restarted ? 0 : last.wireBytes);

    m_registry.gauge(s("ge_collector_events_per_second"), labels, s("Events received per second (recent rate)"))
        .set(stats.eventsPerSecond);
    m_registry.gauge(s("ge_collector_lag_ms"), labels, s("Now minus the newest event time; -1 before the first event"))
        .set(double(stats.lagMs));
    m_registry.gauge(s("ge_collector_queue_depth"), labels, s("Writer queue depth seen by the collector"))
        .set(double(stats.queueDepth));
    m_registry.gauge(s("ge_collector_queue_capacity"), labels, s("Writer queue capacity"))
        .set(double(stats.queueCapacity));
    m_registry.gauge(s("ge_collector_compression_ratio"), labels, s("Decompressed / wire bytes; 0 when off"))
        .set(stats.compressionRatio);
    m_registry.gauge(s("ge_collector_streaming"), labels, s("1 while the collector is streaming"))
        .set(stats.state == u"streaming" || stats.state == u"replaying" ? 1.0 : 0.0);

    last.counters = c;
    last.reconnects = stats.reconnects;
    last.wireBytes = stats.wireBytes;
}

void CollectorMetrics::onBackfillProgress(const BackfillProgress &progress)
{
    // The collector reports once per page fetched.
    m_registry.counter(s("ge_backfill_pages_total"), {{s("kind"), progress.kind}}, s("Backfill pages fetched"))
        .inc();
    m_registry.gauge(s("ge_backfill_running"), {}, s("1 while a backfill crawl runs")).set(1);
    m_registry.gauge(s("ge_backfill_accounts_done"), {}, s("Accounts completed in the current crawl"))
        .set(double(progress.accountsDone));
    m_registry.gauge(s("ge_backfill_accounts_total"), {}, s("Accounts in the current crawl"))
        .set(double(progress.accountsTotal));
    m_registry.gauge(s("ge_backfill_eta_ms"), {}, s("Estimated time left for the current phase; -1 unknown"))
        .set(double(progress.etaMs));
}

void CollectorMetrics::onBackfillFailed()
{
    m_registry.counter(s("ge_backfill_failures_total"), {}, s("Backfill crawls stopped by an error")).inc();
}

void CollectorMetrics::onBackfillFinished()
{
    m_registry.counter(s("ge_backfill_runs_total"), {}, s("Backfill crawls that ended (completed or stopped)")).inc();
    m_registry.gauge(s("ge_backfill_running"), {}, s("1 while a backfill crawl runs")).set(0);
    m_registry.gauge(s("ge_backfill_eta_ms"), {}, s("Estimated time left for the current phase; -1 unknown")).set(-1);
}

} // namespace ge::collectors
