#include "net/HttpMetrics.h"

#include "metrics/MetricsRegistry.h"

namespace ge::net {

void MetricsRegistrySink::recordAttempt(const HttpAttemptRecord &r)
{
    using metrics::Labels;
    const QString dep = r.dependency.isEmpty() ? QStringLiteral("none") : r.dependency;
    m_registry
        .counter(QStringLiteral("ge_http_requests_total"),
                 Labels{{QStringLiteral("dependency"), dep},
                        {QStringLiteral("endpoint"), r.endpoint},
                        {QStringLiteral("method"), r.method},
                        {QStringLiteral("outcome"), r.outcome}},
                 QStringLiteral("HTTP attempts by outcome"))
        .inc();
    const bool neverSent = r.outcome == QLatin1StringView("circuit_open")
        || r.outcome == QLatin1StringView("limiter_rejected") || r.outcome == QLatin1StringView("cancelled");
    if (neverSent) {
        if (r.outcome != QLatin1StringView("cancelled"))
            m_registry
                .counter(QStringLiteral("ge_http_rejections_total"),
                         Labels{{QStringLiteral("dependency"), dep}, {QStringLiteral("reason"), r.outcome}},
                         QStringLiteral("Calls refused before reaching the network"))
                .inc();
        return;
    }
    m_registry
        .histogram(QStringLiteral("ge_http_request_duration_ms"),
                   Labels{{QStringLiteral("dependency"), dep}, {QStringLiteral("endpoint"), r.endpoint}},
                   QStringLiteral("HTTP attempt latency"))
        .observe(static_cast<double>(r.latencyMs));
    if (r.retried)
        m_registry
            .counter(QStringLiteral("ge_http_retries_total"),
                     Labels{{QStringLiteral("dependency"), dep}, {QStringLiteral("endpoint"), r.endpoint}},
                     QStringLiteral("Attempts followed by a retry"))
            .inc();
    if (r.status == 429)
        m_registry
            .counter(QStringLiteral("ge_http_rate_limited_total"), Labels{{QStringLiteral("dependency"), dep}},
                     QStringLiteral("HTTP 429 answers"))
            .inc();
    if (r.bytesSent > 0)
        m_registry
            .counter(QStringLiteral("ge_http_bytes_sent_total"), Labels{{QStringLiteral("dependency"), dep}},
                     QStringLiteral("Request body bytes sent"))
            .inc(static_cast<quint64>(r.bytesSent));
    if (r.bytesReceived > 0)
        m_registry
            .counter(QStringLiteral("ge_http_bytes_received_total"), Labels{{QStringLiteral("dependency"), dep}},
                     QStringLiteral("Response body bytes received"))
            .inc(static_cast<quint64>(r.bytesReceived));
}

} // namespace ge::net
