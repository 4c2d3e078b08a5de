#pragma once

#include "config/AppConfig.h"
#include "core/Clock.h"
#include "net/HttpClient.h"
#include "reliability/BreakerMetrics.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"
#include "reliability/RateLimiter.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace ge::metrics {
class MetricsRegistry;
}

namespace ge::reliability {

// The reliability layer of one process, assembled from the configuration, for the composition
// root: breakers (breaker.* settings), the rate limiter with Bluesky's global buckets (state in
// `bucketStore` when given — e.g. a SubmittingBucketStore writing through the storage writer;
// saved once a minute and on stop()), the health monitor with the standard dependency probes (appview,
// plc, jetstream, pds when configured; add database/keychain probes with addProbe()), breaker
// metrics, a once-a-second breaker poll so HALF_OPEN shows without traffic, and an HTTP metrics
// sink. Create HttpClients per thread with httpDeps().
//
//   auto rel = std::make_unique<ReliabilityStack>(cfg, SystemClock::instance(), &metrics, store);
//   rel->health().addProbe("database", std::make_unique<storage::DatabaseHealthProbe>(...));
//   rel->start();
//   statusServer->setHandler("/health", [&] { return rel->health().snapshot().toJsonBytes(false); });
class ReliabilityStack : public QObject
{
    Q_OBJECT
public:
    ReliabilityStack(const AppConfig &config, const Clock &clock, metrics::MetricsRegistry *metrics = nullptr,
                     BucketStore *bucketStore = nullptr, QObject *parent = nullptr);
    ~ReliabilityStack() override;

    BreakerRegistry &breakers() { return m_breakers; }
    RateLimiter &limiter() { return m_limiter; }
    HealthMonitor &health() { return *m_health; }
    // Dependencies for an HttpClient created on any thread (breakers, limiter, metrics, clock).
    net::HttpClient::Deps httpDeps();
    // Adds the write buckets of a signed-in account (5000/h and 35000/day minus the headroom).
    Status addAccount(const QString &did);

    // Starts periodic health rounds and the breaker poll; stop() ends them for good (the health
    // worker thread is joined, its probes destroyed) and flushes the limiter.
    void start();
    void stop();

private:
    const AppConfig m_config;
    const Clock &m_clock;
    BreakerRegistry m_breakers;
    RateLimiter m_limiter;
    std::unique_ptr<net::HttpMetricsSink> m_httpMetrics;
    std::unique_ptr<BreakerMetrics> m_breakerMetrics;
    std::unique_ptr<HealthMonitor> m_health;
    QTimer m_poll;
    quint64 m_ticks = 0;
};

} // namespace ge::reliability
