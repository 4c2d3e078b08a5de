#pragma once

#include "net/HttpClient.h"
#include "reliability/BreakerTypes.h"
#include "reliability/HealthProbe.h"

#include <QUrl>

#include <chrono>
#include <memory>

namespace ge::reliability {

class BreakerRegistry;

// GET a URL through the reliable HttpClient (so the dependency's circuit breaker, timeouts and
// limiter apply): 2xx = UP (DEGRADED when slower than degradedLatency), circuit_open = DOWN
// with the time to the next trial, anything else = DOWN with the error. Examples: AppView
// /xrpc/_health, PDS /xrpc/com.atproto.server.describeServer, PLC /_health, Jetstream host.
// The HttpClient is created on the first probe(), i.e. on the health worker's thread.
class HttpHealthProbe final : public HealthProbe
{
public:
    struct Options
    {
        QUrl url;
        net::HttpPolicy policy;                   // dependency name, timeouts; retries are off by default
        std::chrono::milliseconds degradedLatency{2000};
        // Any answer below 500 counts as UP (hosts without a health endpoint, e.g. Jetstream).
        bool reachabilityOnly = false;
    };
    HttpHealthProbe(net::HttpClient::Deps deps, Options options);
    ~HttpHealthProbe() override;

    void probe(HealthCallback done) override;
    // Policy for probes: no retries, short timeouts.
    static net::HttpPolicy probePolicy(const QString &dependency, std::chrono::milliseconds connectTimeout,
                                       std::chrono::milliseconds totalTimeout);

private:
    net::HttpClient::Deps m_deps;
    Options m_options;
    std::unique_ptr<net::HttpClient> m_client;
};

// The standard dependency probes from the configuration, each wrapped in a BreakerAwareProbe:
// "appview" (GET <appview>/xrpc/_health), "plc" (GET <plc>/_health), "jetstream" (reachability of
// the first endpoint's host), and "pds" (describeServer) when a PDS override is configured.
// Timeouts come from the arguments; probes never retry.
// Each probe shares the circuit breaker of the real traffic to that dependency (so an open
// breaker shows as DOWN and a probe can serve as the half-open trial). Breaker names default to
// the conventions of the callers: XRPC "appview:<host>:<port>" / "pds:<host>:<port>", identity
// resolution "plc:<host>", the Jetstream collector "jetstream" — the Jetstream probe only reports
// that breaker and never records into it (its HTTP check must not trip the WebSocket's breaker).
struct DependencyEndpoints
{
    QUrl appView;
    QUrl plc;
    QUrl jetstream; // ws(s)://host/subscribe
    QUrl pds;       // empty: no PDS probe
    QString appViewBreaker, plcBreaker, jetstreamBreaker, pdsBreaker; // empty: the defaults above
};
// "<family>:<host>:<port>" (port from the scheme when absent), the XRPC client's breaker name.
QString hostBreakerName(const QString &family, const QUrl &url);
class HealthMonitor;
void addDependencyProbes(HealthMonitor &monitor, const DependencyEndpoints &endpoints, const net::HttpClient::Deps &deps,
                         BreakerRegistry *breakers, std::chrono::milliseconds connectTimeout,
                         std::chrono::milliseconds totalTimeout);

// Folds a dependency's circuit breaker into a health result:
// OPEN / FORCED_OPEN -> DOWN ("circuit open, next trial in N s"), HALF_OPEN -> at most DEGRADED,
// a failure rate at or above degradedFailureRate in the window -> at most DEGRADED,
// DISABLED -> the inner result with a note. Without an inner probe the breaker alone decides
// (CLOSED = UP) — for dependencies whose traffic is not HTTP (the Jetstream WebSocket).
class BreakerAwareProbe final : public HealthProbe
{
public:
    BreakerAwareProbe(BreakerRegistry *registry, QString dependency, std::unique_ptr<HealthProbe> inner = {},
                      double degradedFailureRate = 20.0);
    void probe(HealthCallback done) override;
    // The adjustment itself (pure; exposed for tests).
    static HealthResult combine(const HealthResult &inner, const BreakerStats &stats,
                                double degradedFailureRate);

private:
    BreakerRegistry *m_registry;
    QString m_dependency;
    std::unique_ptr<HealthProbe> m_inner;
    double m_degradedFailureRate;
};

} // namespace ge::reliability
