#pragma once

#include <QObject>

namespace ge::metrics {
class MetricsRegistry;
}

namespace ge::reliability {

class BreakerRegistry;

// Exposes breakers in the MetricsRegistry:
//   ge_breaker_state{dependency}                 0 closed, 1 open, 2 half_open, 3 forced_open, 4 disabled
//   ge_breaker_transitions_total{dependency,to}  transitions by target state
//   ge_breaker_rejected_total{dependency}        calls refused (sampled by sample())
// Updated on every transition; call sample() periodically (e.g. before /metrics is served).
class BreakerMetrics : public QObject
{
    Q_OBJECT
public:
    BreakerMetrics(BreakerRegistry &registry, metrics::MetricsRegistry &metrics, QObject *parent = nullptr);
    void sample();

private:
    BreakerRegistry &m_registry;
    metrics::MetricsRegistry &m_metrics;
};

} // namespace ge::reliability
