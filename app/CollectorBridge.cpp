#include "CollectorBridge.h"

#include "CollectorModel.h"
#include "runtime/ServiceHost.h"

#include <QCoreApplication>

namespace ge::app {

models::CollectorRow toCollectorRow(const collectors::CollectorStats &stats)
{
    models::CollectorRow row;
    row.name = stats.name;
    const QString &s = stats.state;
    if (s == u"streaming" || s == u"backpressure")
        row.state = models::CollectorState::Running;
    else if (s == u"connecting")
        row.state = models::CollectorState::Connecting;
    else if (s == u"backoff" || s == u"circuit open")
        row.state = models::CollectorState::Backoff;
    else if (s == u"no endpoint")
        row.state = models::CollectorState::Failed;
    else if (s == u"replaying")
        row.state = models::CollectorState::Replaying;
    else
        row.state = models::CollectorState::Stopped;
    row.endpoint = stats.endpoint;
    row.eventsPerSecond = stats.eventsPerSecond;
    row.lagMs = stats.lagMs;
    row.queueDepth = stats.queueDepth;
    row.queueCapacity = stats.queueCapacity;
    row.reconnects = qint64(stats.reconnects);
    row.matched = qint64(stats.counters.matched);
    row.received = qint64(stats.counters.events());
    if (s == u"backpressure")
        row.lastError = QCoreApplication::translate("CollectorBridge", "Writer queue full: reading paused");
    else if (s == u"circuit open" || s == u"no endpoint")
        row.lastError = s;
    return row;
}

CollectorBridge::CollectorBridge(runtime::ServiceHost &host, models::CollectorModel &model, QObject *parent)
    : QObject(parent), m_host(host), m_model(model)
{
    connect(&host, &runtime::ServiceHost::collectorStats, this,
            [this](const collectors::CollectorStats &stats) { m_model.upsert(toCollectorRow(stats)); });
    connect(&host, &runtime::ServiceHost::collectorStateChanged, this, [this](bool running) {
        if (!running)
            showStopped(QString());
    });
    connect(&host, &runtime::ServiceHost::backfillProgress, this,
            [this](const QString &account, qint64 pages, qint64 items, qint64 expected, qint64 etaMs, qint64 done,
                   qint64 total) {
                models::CollectorRow row;
                row.name = QStringLiteral("backfill");
                row.state = models::CollectorState::Backfilling;
                row.endpoint = account;
                row.received = items;
                row.matched = pages;
                row.backfillProgress =
                    expected > 0 ? std::min(1.0, double(items) / double(expected))
                                 : (total > 0 ? double(done) / double(total) : -1.0);
                row.backfillEtaSec = etaMs >= 0 ? etaMs / 1000 : -1;
                m_model.upsert(row);
            });
    connect(&host, &runtime::ServiceHost::backfillFinished, this, [this] {
        models::CollectorRow row;
        if (const models::CollectorRow *existing = m_model.find(QStringLiteral("backfill")))
            row = *existing;
        row.name = QStringLiteral("backfill");
        row.state = models::CollectorState::Stopped;
        row.backfillProgress = 1.0;
        row.backfillEtaSec = 0;
        m_model.upsert(row);
    });
    if (host.config().offline)
        showStopped(QCoreApplication::translate("CollectorBridge", "Offline mode"));
}

void CollectorBridge::showStopped(const QString &reason)
{
    models::CollectorRow row;
    if (const models::CollectorRow *existing = m_model.find(QStringLiteral("jetstream")))
        row = *existing;
    row.name = QStringLiteral("jetstream");
    row.state = models::CollectorState::Stopped;
    row.eventsPerSecond = 0;
    row.lastError = reason;
    m_model.upsert(row);
}

Status CollectorBridge::start(const QString &collector)
{
    if (collector == u"backfill")
        return m_host.runBackfillNow();
    if (collector != u"jetstream")
        return Error::validation(QCoreApplication::translate("CollectorBridge", "Unknown collector %1").arg(collector));
    return m_host.startCollectors();
}

Status CollectorBridge::stop(const QString &collector)
{
    if (collector != u"jetstream")
        return Error::validation(QCoreApplication::translate("CollectorBridge", "Unknown collector %1").arg(collector));
    m_host.stopCollectors();
    return {};
}

Status CollectorBridge::replay(const QString &collector, qint64 sinceUs)
{
    if (collector != u"jetstream")
        return Error::validation(QCoreApplication::translate("CollectorBridge", "Unknown collector %1").arg(collector));
    return m_host.replaySince(sinceUs);
}

Status CollectorBridge::replayFile(const QString &path)
{
    return m_host.replayFile(path);
}

} // namespace ge::app
