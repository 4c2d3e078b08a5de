#include "reliability/ReliabilityStack.h"

#include "net/HttpMetrics.h"
#include "reliability/HealthProbes.h"
#include "reliability/ReliabilityConfig.h"
#include "reliability/ReliabilityLog.h"

namespace ge::reliability {

ReliabilityStack::ReliabilityStack(const AppConfig &config, const Clock &clock, metrics::MetricsRegistry *metrics,
                                   BucketStore *bucketStore, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_clock(clock)
    , m_breakers(clock, breakerConfigFrom(config))
    , m_limiter(clock, bucketStore)
{
    for (const BucketConfig &b : RateLimiter::globalBuckets()) {
        const Status s = m_limiter.addBucket(b);
        if (!s)
            qCWarning(lcReliability).noquote() << "rate-limit bucket" << b.name << ":" << s.error().summary();
    }
    if (metrics) {
        m_httpMetrics = std::make_unique<net::MetricsRegistrySink>(*metrics);
        m_breakerMetrics = std::make_unique<BreakerMetrics>(m_breakers, *metrics);
    }
    HealthMonitorOptions options;
    options.interval = std::chrono::seconds(std::max(1, config.healthIntervalSeconds));
    options.probeTimeout = std::chrono::milliseconds(std::max(1, config.httpTotalTimeoutMs) + 1000);
    options.offline = config.offline;
    m_health = std::make_unique<HealthMonitor>(clock, options);

    DependencyEndpoints endpoints;
    endpoints.appView = config.appViewUrl;
    endpoints.plc = config.plcUrl;
    if (!config.jetstreamEndpoints.isEmpty())
        endpoints.jetstream = QUrl(config.jetstreamEndpoints.constFirst());
    endpoints.pds = config.pdsOverride;
    // Probes get their own breakers-aware clients on the health thread; they share the breakers.
    net::HttpClient::Deps deps = httpDeps();
    deps.limiter = nullptr; // health probes never spend the user's request budget
    addDependencyProbes(*m_health, endpoints, deps, &m_breakers,
                        std::chrono::milliseconds(std::max(1, config.httpConnectTimeoutMs)),
                        std::chrono::milliseconds(std::max(1, config.httpTotalTimeoutMs)));

    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, [this] {
        m_breakers.pollAll();
        // Persist budgets once a minute so a crash loses at most a minute of spending.
        if (++m_ticks % 60 == 0) {
            const Status s = m_limiter.flush();
            if (!s)
                qCWarning(lcReliability).noquote() << "rate-limit state not saved:" << s.error().summary();
        }
    });
}

ReliabilityStack::~ReliabilityStack()
{
    stop();
    m_health.reset(); // joins the health thread before the breakers go away
}

net::HttpClient::Deps ReliabilityStack::httpDeps()
{
    net::HttpClient::Deps d;
    d.breakers = &m_breakers;
    d.limiter = &m_limiter;
    d.metrics = m_httpMetrics.get();
    d.clock = &m_clock;
    return d;
}

Status ReliabilityStack::addAccount(const QString &did)
{
    Status result;
    for (const BucketConfig &b : RateLimiter::accountWriteBuckets(did, m_config.rateLimitHeadroom)) {
        const Status s = m_limiter.addBucket(b);
        if (!s)
            result = s;
    }
    return result;
}

void ReliabilityStack::start()
{
    m_poll.start();
    m_health->start();
}

void ReliabilityStack::stop()
{
    m_poll.stop();
    if (m_health)
        m_health->shutdown(); // probes refer to the database and the network thread, which close next
    const Status s = m_limiter.flush();
    if (!s)
        qCWarning(lcReliability).noquote() << "rate-limit state not saved:" << s.error().summary();
}

} // namespace ge::reliability
