#pragma once

#include "core/Error.h"
#include "reliability/RetryPolicy.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

namespace ge::net {

using RawHeader = QPair<QByteArray, QByteArray>;
using RawHeaderList = QList<RawHeader>;

// Case-insensitive lookup in a raw header list (HTTP header names are case-insensitive).
QByteArray findHeader(const RawHeaderList &headers, QByteArrayView name);

enum class HttpMethod { Get, Post, Put, Delete, Head };
QString toString(HttpMethod method);

// What to send. Only the URL is required.
struct HttpRequest
{
    QUrl url;
    RawHeaderList headers;        // extra request headers (e.g. Authorization; never logged)
    QByteArray contentType;       // for bodies; e.g. "application/json"
    // Metrics label for the endpoint ("app.bsky.actor.getProfile"); empty: the URL path.
    QString endpoint;
    // A request that may be sent twice without harm. Non-idempotent requests (writes) are
    // retried only when the server certainly did not process them (connection refused,
    // 429, breaker or limiter rejection before sending).
    bool idempotent = true;
};

// What came back. Delivered for every response that the policy's classifier accepts
// (by default: 2xx and 3xx). Raw body and headers are exposed unchanged.
struct HttpResponse
{
    int status = 0;
    RawHeaderList headers;
    QByteArray body;
    QUrl url;               // final URL
    int attempts = 1;       // how many attempts this result took
    qint64 elapsedMs = 0;   // wall time across all attempts, including backoff

    QByteArray header(QByteArrayView name) const { return findHeader(headers, name); }
};

// Maps a received HTTP response to an Error, or std::nullopt when it is a success.
// The default (defaultResponseClassifier) treats 2xx/3xx as success, 429 as rate_limited
// (retryable; HttpClient sets retryAfter from Retry-After / RateLimit-Reset for any classifier
// that leaves it empty on a 429 or rate_limited error), 5xx (except 501) as retryable
// http errors and other 4xx as non-retryable http errors. Protocol layers (XRPC) install
// their own classifier to turn {"error","message"} bodies into typed errors; they get the
// raw response, body and headers included.
using ResponseClassifier = std::function<std::optional<Error>(const HttpResponse &response)>;
std::optional<Error> defaultResponseClassifier(const HttpResponse &response);

// Whether an error means the dependency itself is unhealthy (counts against its breaker).
// Default: network, timeout and http 5xx. Client errors (4xx, including 429) prove the
// dependency is answering and count as breaker successes.
using BreakerFailurePredicate = std::function<bool(const Error &error)>;
bool defaultBreakerFailure(const Error &error);

// Per-dependency behaviour of the reliable executor.
struct HttpPolicy
{
    // Dependency name: selects the circuit breaker in the BreakerRegistry and labels metrics
    // ("appview", "pds", "plc", "jetstream", ...). Empty: no breaker.
    QString dependency;
    reliability::RetryPolicy retry = reliability::RetryPolicy::interactive();
    // Time to establish the connection (TCP + TLS) and send the request.
    std::chrono::milliseconds connectTimeout{5000};
    // Upper bound for one attempt from start to last byte.
    std::chrono::milliseconds totalTimeout{15000};
    // Rate-limiter buckets every attempt must draw from, and the points one call costs
    // (create 3, update 2, delete 1, reads 1). Empty: no client-side limiting.
    QStringList rateBuckets;
    int points = 1;
    // How long an attempt may wait for a rate-limit bucket to allow it before failing with
    // rate_limited (and its retryAfter). 0: fail at once.
    std::chrono::milliseconds maxRateLimitWait{0};
    // Longest response body accepted; larger bodies fail with a parse error.
    qint64 maxBodyBytes = 32 * 1024 * 1024;
    ResponseClassifier classify;             // empty: defaultResponseClassifier
    BreakerFailurePredicate breakerFailure;  // empty: defaultBreakerFailure
};

// One finished attempt, for metrics sinks.
struct HttpAttemptRecord
{
    QString dependency;
    QString endpoint;
    QString method;
    QString outcome;       // "ok", "http_4xx", "http_5xx", "rate_limited", "network", "timeout",
                           // "circuit_open", "limiter_rejected", "cancelled", "parse"
    int status = 0;
    qint64 latencyMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    bool retried = false;  // another attempt follows this one
};

// Receives one record per attempt (called on the HttpClient's thread). The metrics adapter
// (net/HttpMetrics.h) forwards them to the MetricsRegistry; tests can collect them.
class HttpMetricsSink
{
public:
    virtual ~HttpMetricsSink() = default;
    virtual void recordAttempt(const HttpAttemptRecord &record) = 0;
};

} // namespace ge::net
