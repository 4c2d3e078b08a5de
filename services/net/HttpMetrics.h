#pragma once

#include "net/HttpTypes.h"

namespace ge::metrics {
class MetricsRegistry;
}

namespace ge::net {

// Forwards HttpClient attempt records to the MetricsRegistry:
//   ge_http_requests_total{dependency,endpoint,method,outcome}   attempts by outcome
//   ge_http_request_duration_ms{dependency,endpoint}              latency of attempts that reached the network
//   ge_http_retries_total{dependency,endpoint}                    attempts followed by a retry
//   ge_http_rejections_total{dependency,reason}                   circuit_open / limiter_rejected (never sent)
//   ge_http_rate_limited_total{dependency}                        429 answers
//   ge_http_bytes_sent_total{dependency}, ge_http_bytes_received_total{dependency}
class MetricsRegistrySink final : public HttpMetricsSink
{
public:
    explicit MetricsRegistrySink(metrics::MetricsRegistry &registry) : m_registry(registry) {}
    void recordAttempt(const HttpAttemptRecord &record) override;

private:
    metrics::MetricsRegistry &m_registry;
};

} // namespace ge::net
