#include "reliability/BreakerMetrics.h"

#include "metrics/MetricsRegistry.h"
#include "reliability/BreakerRegistry.h"

namespace ge::reliability {

namespace {
double stateValue(BreakerState s)
{
    switch (s) {
    case BreakerState::Closed: return 0;
    case BreakerState::Open: return 1;
    case BreakerState::HalfOpen: return 2;
    case BreakerState::ForcedOpen: return 3;
    case BreakerState::Disabled: return 4;
    }
    return 0;
}
} // namespace

BreakerMetrics::BreakerMetrics(BreakerRegistry &registry, metrics::MetricsRegistry &metrics, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_metrics(metrics)
{
    // Direct: the metrics registry is thread-safe, and the gauge must not lag the breaker.
    connect(&m_registry, &BreakerRegistry::transitioned, this,
            [this](const BreakerTransition &t) {
                const metrics::Labels dep{{QStringLiteral("dependency"), t.name}};
                m_metrics.gauge(QStringLiteral("ge_breaker_state"), dep, QStringLiteral("Circuit breaker state"))
                    .set(stateValue(t.to));
                m_metrics
                    .counter(QStringLiteral("ge_breaker_transitions_total"),
                             metrics::Labels{{QStringLiteral("dependency"), t.name}, {QStringLiteral("to"), toString(t.to)}},
                             QStringLiteral("Circuit breaker transitions"))
                    .inc();
            },
            Qt::DirectConnection);
    sample();
}

void BreakerMetrics::sample()
{
    for (const BreakerStats &s : m_registry.allStats()) {
        const metrics::Labels dep{{QStringLiteral("dependency"), s.name}};
        m_metrics.gauge(QStringLiteral("ge_breaker_state"), dep, QStringLiteral("Circuit breaker state")).set(stateValue(s.state));
        metrics::Counter &rejected =
            m_metrics.counter(QStringLiteral("ge_breaker_rejected_total"), dep, QStringLiteral("Calls refused by the breaker"));
        if (s.rejectedCount > rejected.value())
            rejected.inc(s.rejectedCount - rejected.value());
    }
}

} // namespace ge::reliability
