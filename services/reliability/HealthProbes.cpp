#include "reliability/HealthProbes.h"

#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"

#include <QCoreApplication>

namespace ge::reliability {

HttpHealthProbe::HttpHealthProbe(net::HttpClient::Deps deps, Options options)
    : m_deps(std::move(deps))
    , m_options(std::move(options))
{
    m_deps.network = nullptr; // always own a QNetworkAccessManager on the probing thread
    if (m_options.reachabilityOnly && !m_options.policy.classify) {
        m_options.policy.classify = [](const net::HttpResponse &response) -> std::optional<Error> {
            if (response.status > 0 && response.status < 500)
                return std::nullopt;
            return net::defaultResponseClassifier(response);
        };
    }
}

HttpHealthProbe::~HttpHealthProbe() = default;

net::HttpPolicy HttpHealthProbe::probePolicy(const QString &dependency, std::chrono::milliseconds connectTimeout,
                                             std::chrono::milliseconds totalTimeout)
{
    net::HttpPolicy p;
    p.dependency = dependency;
    p.retry = RetryPolicy::none();
    p.connectTimeout = connectTimeout;
    p.totalTimeout = totalTimeout;
    p.maxBodyBytes = 1024 * 1024;
    return p;
}

void HttpHealthProbe::probe(HealthCallback done)
{
    if (!m_client)
        m_client = std::make_unique<net::HttpClient>(m_deps);
    net::HttpRequest req;
    req.url = m_options.url;
    req.endpoint = QStringLiteral("health");
    const QString url = m_options.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    const qint64 degradedMs = m_options.degradedLatency.count();
    m_client->get(req, m_options.policy, [done, url, degradedMs](const Result<net::HttpResponse> &result) {
        QVariantMap details{{QStringLiteral("url"), url}};
        if (result) {
            const qint64 latency = result->elapsedMs;
            details.insert(QStringLiteral("httpStatus"), result->status);
            if (degradedMs > 0 && latency > degradedMs) {
                done(HealthResult::degraded(
                    QCoreApplication::translate("HealthMonitor", "slow: %1 ms (limit %2 ms)").arg(latency).arg(degradedMs),
                    latency, details));
                return;
            }
            done(HealthResult::up(latency, details));
            return;
        }
        const Error &e = result.error();
        details.insert(QStringLiteral("category"), toString(e.category));
        if (e.httpStatus)
            details.insert(QStringLiteral("httpStatus"), e.httpStatus);
        if (e.retryAfter)
            details.insert(QStringLiteral("retryAfterMs"), static_cast<qlonglong>(e.retryAfter->count()));
        done(HealthResult::down(e.summary(), -1, details));
    });
}

QString hostBreakerName(const QString &family, const QUrl &url)
{
    const int defaultPort = url.scheme() == QLatin1StringView("https") || url.scheme() == QLatin1StringView("wss") ? 443 : 80;
    return family + QLatin1Char(':') + url.host() + QLatin1Char(':') + QString::number(url.port(defaultPort));
}

void addDependencyProbes(HealthMonitor &monitor, const DependencyEndpoints &endpoints, const net::HttpClient::Deps &deps,
                         BreakerRegistry *breakers, std::chrono::milliseconds connectTimeout,
                         std::chrono::milliseconds totalTimeout)
{
    // breaker: the breaker reported (and, when recordInBreaker, used) by the probe.
    const auto add = [&](const QString &name, const QUrl &base, const QString &path, bool reachability,
                         const QString &breaker, bool recordInBreaker) {
        if (!base.isValid() || base.isEmpty())
            return;
        QUrl url = base;
        if (url.scheme() == QLatin1StringView("wss"))
            url.setScheme(QStringLiteral("https"));
        else if (url.scheme() == QLatin1StringView("ws"))
            url.setScheme(QStringLiteral("http"));
        QString p = url.path();
        if (reachability)
            p = QStringLiteral("/");
        else
            p = (p.endsWith(QLatin1Char('/')) ? p.chopped(1) : p) + path;
        url.setPath(p);
        url.setQuery(QString());
        HttpHealthProbe::Options o;
        o.url = url;
        o.policy = HttpHealthProbe::probePolicy(recordInBreaker ? breaker : QString(), connectTimeout, totalTimeout);
        o.reachabilityOnly = reachability;
        monitor.addProbe(name,
                         std::make_unique<BreakerAwareProbe>(breakers, breaker, std::make_unique<HttpHealthProbe>(deps, o)));
    };
    const auto pick = [](const QString &given, const QString &fallback) { return given.isEmpty() ? fallback : given; };
    add(QStringLiteral("appview"), endpoints.appView, QStringLiteral("/xrpc/_health"), false,
        pick(endpoints.appViewBreaker, hostBreakerName(QStringLiteral("appview"), endpoints.appView)), true);
    add(QStringLiteral("plc"), endpoints.plc, QStringLiteral("/_health"), false,
        pick(endpoints.plcBreaker, QStringLiteral("plc:") + endpoints.plc.host()), true);
    add(QStringLiteral("jetstream"), endpoints.jetstream, QString(), true,
        pick(endpoints.jetstreamBreaker, QStringLiteral("jetstream")), false);
    add(QStringLiteral("pds"), endpoints.pds, QStringLiteral("/xrpc/com.atproto.server.describeServer"), false,
        pick(endpoints.pdsBreaker, hostBreakerName(QStringLiteral("pds"), endpoints.pds)), true);
}

BreakerAwareProbe::BreakerAwareProbe(BreakerRegistry *registry, QString dependency, std::unique_ptr<HealthProbe> inner,
                                     double degradedFailureRate)
    : m_registry(registry)
    , m_dependency(std::move(dependency))
    , m_inner(std::move(inner))
    , m_degradedFailureRate(degradedFailureRate)
{
}

HealthResult BreakerAwareProbe::combine(const HealthResult &inner, const BreakerStats &stats, double degradedFailureRate)
{
    HealthResult r = inner;
    r.details.insert(QStringLiteral("breaker"), toString(stats.state));
    switch (stats.state) {
    case BreakerState::Open:
    case BreakerState::ForcedOpen: {
        QString reason = stats.state == BreakerState::ForcedOpen
            ? QCoreApplication::translate("HealthMonitor", "circuit forced open by the operator")
            : QCoreApplication::translate("HealthMonitor", "circuit open after failures (%1)").arg(stats.lastError);
        if (stats.nextTrialUs > 0)
            r.details.insert(QStringLiteral("nextTrialUs"), stats.nextTrialUs);
        if (r.status != HealthStatus::Down || r.error.isEmpty())
            r.error = reason;
        r.status = HealthStatus::Down;
        break;
    }
    case BreakerState::HalfOpen:
        if (r.status == HealthStatus::Up || r.status == HealthStatus::Unknown) {
            r.status = HealthStatus::Degraded;
            r.error = QCoreApplication::translate("HealthMonitor", "recovering: circuit half-open");
        }
        break;
    case BreakerState::Closed:
        if (stats.failureRate >= 0 && degradedFailureRate > 0 && stats.failureRate >= degradedFailureRate
            && r.status == HealthStatus::Up) {
            r.status = HealthStatus::Degraded;
            r.error = QCoreApplication::translate("HealthMonitor", "high error rate: %1%")
                          .arg(stats.failureRate, 0, 'f', 1);
        }
        break;
    case BreakerState::Disabled:
        r.details.insert(QStringLiteral("note"), QStringLiteral("breaker disabled by operator"));
        break;
    }
    return r;
}

void BreakerAwareProbe::probe(HealthCallback done)
{
    CircuitBreaker *breaker = m_registry ? m_registry->breaker(m_dependency) : nullptr;
    const double rate = m_degradedFailureRate;
    if (!m_inner) {
        if (!breaker) {
            done(HealthResult::unknown(QCoreApplication::translate("HealthMonitor", "no breaker")));
            return;
        }
        done(combine(HealthResult::up(), breaker->stats(), rate));
        return;
    }
    m_inner->probe([done, breaker, rate](HealthResult inner) {
        if (!breaker) {
            done(inner);
            return;
        }
        done(combine(inner, breaker->stats(), rate));
    });
}

} // namespace ge::reliability
