#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "net/HttpTypes.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ge::reliability {
class BreakerRegistry;
class RateLimiter;
class RandomSource;
} // namespace ge::reliability

namespace ge::net {

using HttpCallback = std::function<void(Result<HttpResponse>)>;
using RequestId = quint64;

// The reliable HTTP executor that every outbound HTTP call goes through.
//
// - Lives on the thread that created it and must only be called from that thread; it owns a
//   QNetworkAccessManager created on that thread (or uses the one given in Deps, which must
//   live on the same thread).
// - For each call: the dependency's circuit breaker (fail fast with circuit_open and the time
//   to the next trial), the rate-limiter buckets (wait up to maxRateLimitWait or fail with
//   rate_limited), connect and total timeouts, retries with exponential backoff and full
//   jitter for retryable errors, 429 waits for Retry-After / RateLimit-Reset, and the
//   server's RateLimit-* headers update the limiter.
// - Results arrive asynchronously (never inside get()/post()) through the callback and the
//   finished() signal. Errors carry a category: network, timeout, http (with status),
//   rate_limited (with retryAfter), circuit_open (retryAfter = time to next trial),
//   cancelled, parse (body too large / truncated).
// - Cancelling a request aborts the network reply or the pending backoff promptly; the
//   callback is then called once with a cancelled error. Destroying the client aborts pending
//   requests WITHOUT calling their callbacks (they may point into objects being destroyed);
//   call cancelAll() first if the callers must hear about it.
class HttpClient : public QObject
{
    Q_OBJECT
public:
    struct Deps
    {
        reliability::BreakerRegistry *breakers = nullptr;  // optional; thread-safe, shared
        reliability::RateLimiter *limiter = nullptr;       // optional; thread-safe, shared
        HttpMetricsSink *metrics = nullptr;                // optional; called on this thread
        const Clock *clock = nullptr;                      // nullptr: SystemClock
        reliability::RandomSource *random = nullptr;       // nullptr: QRandomGenerator-based
        QNetworkAccessManager *network = nullptr;          // nullptr: own one, created here
        QByteArray userAgent = QByteArrayLiteral("growth-engine");
    };

    explicit HttpClient(Deps deps, QObject *parent = nullptr);
    ~HttpClient() override;

    RequestId get(const HttpRequest &request, const HttpPolicy &policy, HttpCallback callback = {});
    RequestId post(const HttpRequest &request, const QByteArray &body, const HttpPolicy &policy,
                   HttpCallback callback = {});
    RequestId send(HttpMethod method, const HttpRequest &request, const QByteArray &body,
                   const HttpPolicy &policy, HttpCallback callback = {});

    // Aborts one request (in flight or waiting to retry); its callback receives `cancelled`.
    // Unknown or finished ids are ignored.
    void cancel(RequestId id);
    // Aborts every pending request (e.g. on shutdown or when going offline).
    void cancelAll();
    int pendingCount() const;

    QNetworkAccessManager *networkAccessManager() const;

Q_SIGNALS:
    // Emitted after the callback for every request, with the same result.
    void finished(ge::net::RequestId id, const ge::Result<ge::net::HttpResponse> &result);

private:
    struct Call;
    void startAttempt(RequestId id);
    void onReplyFinished(RequestId id);
    void failOrRetry(RequestId id, Error error, bool requestSent, const QString &outcome, int status,
                     qint64 latencyMs);
    void complete(RequestId id, Result<HttpResponse> result);
    void scheduleAttempt(RequestId id, std::chrono::milliseconds delay);
    void abortReply(Call &call);

    Deps m_deps;
    std::unique_ptr<reliability::RandomSource> m_ownRandom;
    QNetworkAccessManager *m_network = nullptr;
    QHash<RequestId, std::shared_ptr<Call>> m_calls;
    RequestId m_nextId = 1;
};

} // namespace ge::net

Q_DECLARE_METATYPE(ge::net::HttpResponse)
Q_DECLARE_METATYPE(ge::Result<ge::net::HttpResponse>)
