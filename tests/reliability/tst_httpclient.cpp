// The reliable HTTP executor against a loopback fault-injecting HTTP/1.1 server: error
// categories, retries, 429 handling, limiter headers, timeouts, cancellation, breaker fail-fast
// without a request storm, recovery after healing, and metrics.
#include "FaultServer.h"

#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "net/HttpClient.h"
#include "net/HttpMetrics.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/RateLimiter.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSignalSpy>
#include <QTest>

#include <optional>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ge;
using namespace ge::net;
using namespace ge::reliability;
using namespace ge::test;
using namespace std::chrono_literals;

namespace {

class CollectingSink final : public HttpMetricsSink
{
public:
    void recordAttempt(const HttpAttemptRecord &r) override { records.append(r); }
    int count(const QString &outcome) const
    {
        int n = 0;
        for (const auto &r : records)
            n += r.outcome == outcome ? 1 : 0;
        return n;
    }
    QList<HttpAttemptRecord> records;
};

// Fast retries so the suite does not sleep: 1–4 ms.
RetryPolicy fastRetry(int attempts)
{
    RetryPolicy p;
    p.maxAttempts = attempts;
    p.minDelay = 1ms;
    p.baseDelay = 2ms;
    p.maxDelay = 4ms;
    p.maxRetryAfter = 2000ms;
    return p;
}

HttpPolicy policy(const QString &dep, int attempts = 1)
{
    HttpPolicy p;
    p.dependency = dep;
    p.retry = fastRetry(attempts);
    p.connectTimeout = 2000ms;
    p.totalTimeout = 3000ms;
    return p;
}

BreakerConfig breakerAfter(int failures)
{
    BreakerConfig c;
    c.consecutiveFailureThreshold = failures;
    c.failureRateThreshold = 0;
    c.waitInOpen = 30s;
    c.halfOpenPermittedCalls = 1;
    return c;
}

struct Fixture
{
    ManualClock breakerClock; // breakers run on a manual clock: no waiting for half-open
    BreakerRegistry breakers{breakerClock, breakerAfter(3)};
    RateLimiter limiter{SystemClock::instance()};
    CollectingSink sink;
    FixedRandomSource random{0.5};
    HttpClient client{HttpClient::Deps{&breakers, &limiter, &sink, nullptr, &random, nullptr, "growth-engine-test"}};

    std::optional<Result<HttpResponse>> run(const HttpRequest &req, const HttpPolicy &p, HttpMethod m = HttpMethod::Get,
                                            const QByteArray &body = {})
    {
        std::optional<Result<HttpResponse>> out;
        int calls = 0;
        client.send(m, req, body, p, [&](Result<HttpResponse> r) {
            ++calls;
            out.emplace(std::move(r));
        });
        if (!QTest::qWaitFor([&] { return out.has_value(); }, 10000))
            return std::nullopt;
        QTest::qWait(0);
        if (calls != 1)
            return std::nullopt;
        return out;
    }
};

HttpRequest get(const QUrl &url)
{
    HttpRequest r;
    r.url = url;
    r.endpoint = QStringLiteral("test.endpoint");
    return r;
}

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void successDeliversStatusHeadersAndRawBody()
    {
        FaultServer server;
        QVERIFY(server.listen());
        FaultReply reply = FaultReply::ok(QByteArrayLiteral("{\"did\":\"did:plc:x\"}"));
        reply.headers.append(qMakePair(QByteArrayLiteral("X-Custom"), QByteArrayLiteral("yes")));
        server.enqueue(reply);
        Fixture f;
        QSignalSpy finished(&f.client, &HttpClient::finished);
        HttpRequest req = get(server.url(QStringLiteral("/xrpc/app.bsky.actor.getProfile")));
        req.headers.append(RawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer secret")));
        const auto r = f.run(req, policy(QStringLiteral("appview")));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->status, 200);
        QCOMPARE((*r)->body, QByteArrayLiteral("{\"did\":\"did:plc:x\"}"));
        QCOMPARE((*r)->header("x-custom"), QByteArrayLiteral("yes"));
        QCOMPARE((*r)->attempts, 1);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests()[0].path, QByteArrayLiteral("/xrpc/app.bsky.actor.getProfile"));
        bool sawAuth = false, sawAgent = false;
        for (const auto &h : server.requests()[0].headers) {
            sawAuth |= h.first == "authorization" && h.second == "Bearer secret";
            sawAgent |= h.first == "user-agent" && h.second == "growth-engine-test";
        }
        QVERIFY(sawAuth && sawAgent);
        QCOMPARE(f.sink.count(QStringLiteral("ok")), 1);
        QCOMPARE(f.sink.records[0].endpoint, QStringLiteral("test.endpoint"));
        QCOMPARE(f.sink.records[0].bytesReceived, 19);
        QCOMPARE(finished.size(), 1);
    }

    void resultIsAlwaysAsynchronous()
    {
        Fixture f;
        f.breakers.breaker(QStringLiteral("down"))->forceOpen();
        bool called = false;
        f.client.get(get(QUrl(QStringLiteral("http://127.0.0.1:1/"))), policy(QStringLiteral("down")),
                     [&](const Result<HttpResponse> &) { called = true; });
        QVERIFY(!called); // never inside get()
        QTRY_VERIFY(called);
    }

    void connectionRefusedIsNetworkAndRetried()
    {
        Fixture f;
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/").arg(FaultServer::refusedPort()));
        const auto r = f.run(get(url), policy(QStringLiteral("plc"), 3));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Network));
        QVERIFY(r->error().retryable);
        QCOMPARE(f.sink.records.size(), 3);
        QCOMPARE(f.sink.count(QStringLiteral("network")), 3);
        QVERIFY(f.sink.records[0].retried && f.sink.records[1].retried && !f.sink.records[2].retried);
        QCOMPARE(f.breakers.breaker(QStringLiteral("plc"))->stats().failureCount, 3u);
    }

    void delayPastTheTimeoutIsTimeout()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::hang());
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("appview"));
        p.totalTimeout = 120ms;
        QElapsedTimer t;
        t.start();
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Timeout));
        QVERIFY(t.elapsed() < 2000);
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().failureCount, 1u);
    }

    void connectTimeoutWhenTheHandshakeNeverCompletes()
    {
        // A listening socket whose accept queue is full: Linux drops further SYNs, so the
        // connection attempt hangs exactly like an unreachable host would.
        const int lfd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(lfd >= 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(lfd, reinterpret_cast<sockaddr *>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(lfd, 0), 0);
        socklen_t len = sizeof addr;
        QCOMPARE(::getsockname(lfd, reinterpret_cast<sockaddr *>(&addr), &len), 0);
        int fillers[3];
        for (int &fd : fillers) {
            fd = ::socket(AF_INET, SOCK_STREAM, 0);
            ::fcntl(fd, F_SETFL, O_NONBLOCK);
            (void)::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
        }
        QTest::qWait(50);
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("pds"));
        p.connectTimeout = 100ms;
        p.totalTimeout = 3000ms;
        QElapsedTimer t;
        t.start();
        const auto r = f.run(get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(ntohs(addr.sin_port)))), p);
        const qint64 elapsed = t.elapsed();
        for (int fd : fillers)
            ::close(fd);
        ::close(lfd);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Timeout));
        QVERIFY2(r->error().message.contains(QStringLiteral("connect")), qPrintable(r->error().message));
        QVERIFY(elapsed < 1500);
    }

    void connectedButSilentServerIsNotAConnectTimeout()
    {
        // The connect timeout ends once the request is on the wire: a slow answer is bounded
        // by the total timeout, and reported as such.
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::hang());
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("appview"));
        p.connectTimeout = 150ms; // generous: a loaded machine must still connect in time
        p.totalTimeout = 250ms;
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Timeout));
        QVERIFY2(r->error().message.contains(QStringLiteral("250 ms")), qPrintable(r->error().message));
    }

    void slowButInTimeSucceeds()
    {
        FaultServer server;
        QVERIFY(server.listen());
        FaultReply slow = FaultReply::ok();
        slow.delayMs = 40;
        server.enqueue(slow);
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("appview"));
        p.totalTimeout = 2000ms;
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && r->ok());
        QVERIFY(f.sink.records[0].latencyMs >= 30);
    }

    void serverErrorsAreRetriedUntilSuccess()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(FaultReply::status_(503));
        server.enqueue(FaultReply::status_(502));
        server.enqueue(FaultReply::ok());
        Fixture f;
        const auto r = f.run(get(server.url()), policy(QStringLiteral("appview"), 3));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->attempts, 3);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(f.sink.count(QStringLiteral("http_5xx")), 2);
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().failureCount, 2u);
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().successCount, 1u);
    }

    void exhaustedServerErrorsCarryTheStatus()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::status_(500, QByteArrayLiteral("{\"error\":\"InternalServerError\"}")));
        Fixture f;
        const auto r = f.run(get(server.url()), policy(QStringLiteral("appview"), 2));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Http));
        QCOMPARE(r->error().httpStatus, 500);
        QVERIFY(r->error().retryable);
        QCOMPARE(server.requestCount(), 2);
    }

    void clientErrorsAreNotRetriedAndDoNotTrip()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::status_(400, QByteArrayLiteral("{\"error\":\"InvalidRequest\"}")));
        Fixture f;
        for (int i = 0; i < 5; ++i) {
            const auto r = f.run(get(server.url()), policy(QStringLiteral("pds"), 3));
            QVERIFY(r && !r->ok());
            QCOMPARE(toString(r->error().category), toString(ErrorCategory::Http));
            QCOMPARE(r->error().httpStatus, 400);
        }
        QCOMPARE(server.requestCount(), 5); // no retries
        QCOMPARE(toString(f.breakers.breaker(QStringLiteral("pds"))->state()), toString(BreakerState::Closed));
        FaultServer notFound;
        QVERIFY(notFound.listen());
        notFound.setDefault(FaultReply::status_(404));
        const auto r = f.run(get(notFound.url()), policy(QStringLiteral("pds"), 3));
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::NotFound));
    }

    void classifierSeesRawBodyForXrpcErrors()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::status_(400, QByteArrayLiteral("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("pds"));
        p.classify = [](const HttpResponse &resp) -> std::optional<Error> {
            if (resp.status < 400)
                return std::nullopt;
            const QJsonDocument doc = QJsonDocument::fromJson(resp.body);
            Error e = Error::make(ErrorCategory::Auth, doc[QStringLiteral("message")].toString());
            e.xrpcError = doc[QStringLiteral("error")].toString();
            return e;
        };
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Auth));
        QCOMPARE(r->error().xrpcError, QStringLiteral("ExpiredToken"));
        QCOMPARE(r->error().httpStatus, 400);
    }

    void malformedJsonBodyIsDeliveredRawAndCanBeClassified()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::ok(QByteArrayLiteral("{\"cursor\": \"abc\", \"follo")));
        Fixture f;
        auto r = f.run(get(server.url()), policy(QStringLiteral("appview")));
        QVERIFY(r && r->ok());
        QCOMPARE((*r)->body, QByteArrayLiteral("{\"cursor\": \"abc\", \"follo"));
        HttpPolicy strict = policy(QStringLiteral("appview"), 3);
        strict.classify = [](const HttpResponse &resp) -> std::optional<Error> {
            QJsonParseError pe;
            QJsonDocument::fromJson(resp.body, &pe);
            if (pe.error != QJsonParseError::NoError)
                return Error::parse(QStringLiteral("malformed JSON: ") + pe.errorString());
            return std::nullopt;
        };
        r = f.run(get(server.url()), strict);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Parse));
        QCOMPARE(server.requestCount(), 2); // parse errors are not retried
    }

    void connectionClosedMidBodyIsNetwork()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::closeMidBody());
        Fixture f;
        const auto r = f.run(get(server.url()), policy(QStringLiteral("appview"), 2));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Network));
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().failureCount, 2u);
    }

    void nonIdempotentWriteIsNotRetriedAfterItMayHaveApplied()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::closeMidBody());
        Fixture f;
        HttpRequest req = get(server.url(QStringLiteral("/xrpc/com.atproto.repo.createRecord")));
        req.idempotent = false;
        req.contentType = "application/json";
        const auto r = f.run(req, policy(QStringLiteral("pds"), 4), HttpMethod::Post, QByteArrayLiteral("{\"a\":1}"));
        QVERIFY(r && !r->ok());
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests()[0].body, QByteArrayLiteral("{\"a\":1}"));
        QCOMPARE(server.requests()[0].method, QByteArrayLiteral("POST"));
        QVERIFY(r->error().detail.contains(QStringLiteral("non-idempotent")));
    }

    void garbageResponseIsNetwork()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::garbage());
        Fixture f;
        const auto r = f.run(get(server.url()), policy(QStringLiteral("appview")));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Network));
    }

    void tooLargeBodyIsRejected()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::ok(QByteArray(200000, 'a')));
        Fixture f;
        HttpPolicy p = policy(QStringLiteral("appview"), 3);
        p.maxBodyBytes = 1000;
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::Parse));
        QCOMPARE(server.requestCount(), 1);
    }

    void rateLimited429WaitsForRetryAfterThenSucceeds()
    {
        FaultServer server;
        QVERIFY(server.listen());
        FaultReply limited = FaultReply::status_(429, QByteArrayLiteral("{\"error\":\"RateLimitExceeded\"}"));
        limited.headers = {{"Retry-After", "0"}, {"RateLimit-Remaining", "0"}};
        server.enqueue(limited);
        server.enqueue(FaultReply::ok());
        Fixture f;
        const auto r = f.run(get(server.url()), policy(QStringLiteral("appview"), 2));
        QVERIFY(r && r->ok());
        QCOMPARE(server.requestCount(), 2);
        QCOMPARE(f.sink.records[0].status, 429);
        QCOMPARE(f.sink.records[0].outcome, QStringLiteral("rate_limited"));
        // 429 means the server answers: it is not a breaker failure.
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().failureCount, 0u);
    }

    void rateLimited429PausesTheBucketUntilReset()
    {
        FaultServer server;
        QVERIFY(server.listen());
        const qint64 resetEpoch = SystemClock::instance().nowMs() / 1000 + 120;
        FaultReply limited = FaultReply::status_(429, QByteArrayLiteral("{\"error\":\"RateLimitExceeded\"}"));
        limited.headers = {{"RateLimit-Limit", "5000"},
                           {"RateLimit-Remaining", "0"},
                           {"RateLimit-Reset", QByteArray::number(resetEpoch)},
                           {"RateLimit-Policy", "5000;w=3600"}};
        server.setDefault(limited);
        Fixture f;
        const QString did = QStringLiteral("did:plc:me");
        for (const BucketConfig &c : RateLimiter::accountWriteBuckets(did, 0.0))
            QVERIFY(f.limiter.addBucket(c));
        HttpPolicy p = policy(QStringLiteral("pds"), 3);
        p.rateBuckets = {RateLimiter::writesHourBucket(did), RateLimiter::writesDayBucket(did)};
        p.points = pointsFor(WriteOp::Create);
        HttpRequest req = get(server.url(QStringLiteral("/xrpc/com.atproto.repo.createRecord")));
        req.idempotent = false;
        auto r = f.run(req, p, HttpMethod::Post, QByteArrayLiteral("{}"));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::RateLimited));
        QCOMPARE(r->error().httpStatus, 429);
        QVERIFY(r->error().retryAfter.has_value());
        QVERIFY(r->error().retryAfter->count() > 100'000); // ~120 s, more than maxRetryAfter: not waited
        QCOMPARE(server.requestCount(), 1);
        const BucketSnapshot hour = f.limiter.snapshot(RateLimiter::writesHourBucket(did));
        QVERIFY(hour.pausedUntilUs >= (resetEpoch - 1) * 1'000'000);
        QCOMPARE(*hour.serverRemaining, 0);
        // The next write fails locally, without reaching the server.
        r = f.run(req, p, HttpMethod::Post, QByteArrayLiteral("{}"));
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::RateLimited));
        QVERIFY(r->error().retryAfter->count() > 100'000);
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(f.sink.count(QStringLiteral("limiter_rejected")), 1);
    }

    void serverHeadersOnSuccessUpdateTheLimiter()
    {
        FaultServer server;
        QVERIFY(server.listen());
        FaultReply ok = FaultReply::ok();
        const qint64 resetEpoch = SystemClock::instance().nowMs() / 1000 + 300;
        ok.headers = {{"RateLimit-Limit", "3000"},
                      {"RateLimit-Remaining", "1"},
                      {"RateLimit-Reset", QByteArray::number(resetEpoch)},
                      {"RateLimit-Policy", "3000;w=300"}};
        server.enqueue(ok);
        ok.headers[1].second = "0";
        server.enqueue(ok);
        Fixture f;
        for (const BucketConfig &c : RateLimiter::globalBuckets())
            QVERIFY(f.limiter.addBucket(c));
        HttpPolicy p = policy(QStringLiteral("appview"));
        p.rateBuckets = {RateLimiter::requestsBucket()};
        QVERIFY(f.run(get(server.url()), p)->ok());
        QCOMPARE(f.limiter.snapshot(RateLimiter::requestsBucket()).available, 1);
        QVERIFY(f.run(get(server.url()), p)->ok()); // the last one the server allows
        QCOMPARE(f.limiter.snapshot(RateLimiter::requestsBucket()).available, 0);
        const auto r = f.run(get(server.url()), p);
        QVERIFY(r && !r->ok());
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::RateLimited));
        QCOMPARE(server.requestCount(), 2);
        const auto eta = f.limiter.earliestAllowedUs(RateLimiter::requestsBucket(), 1);
        QCOMPARE(*eta, resetEpoch * 1'000'000);
    }

    void limiterWaitIsBoundedByPolicy()
    {
        FaultServer server;
        QVERIFY(server.listen());
        Fixture f;
        QVERIFY(f.limiter.addBucket({QStringLiteral("b"), 100, 60s, 0}));
        HttpPolicy p = policy(QStringLiteral("appview"));
        p.rateBuckets = {QStringLiteral("b")};
        p.maxRateLimitWait = 2000ms;
        f.limiter.pauseUntil(p.rateBuckets, SystemClock::instance().nowUs() + 150'000);
        QElapsedTimer t;
        t.start();
        QVERIFY(f.run(get(server.url()), p)->ok()); // waited for the bucket instead of failing
        QVERIFY(t.elapsed() >= 140);
        QCOMPARE(server.requestCount(), 1);
        // A wait longer than the policy allows fails at once with the ETA.
        f.limiter.pauseUntil(p.rateBuckets, SystemClock::instance().nowUs() + 60'000'000);
        t.restart();
        const auto r = f.run(get(server.url()), p);
        QCOMPARE(toString(r->error().category), toString(ErrorCategory::RateLimited));
        QVERIFY(r->error().retryAfter->count() > 50'000);
        QVERIFY(t.elapsed() < 1000);
        QCOMPARE(server.requestCount(), 1);
    }

    void noRequestStormWhileOpenAndRecoveryAfterHealing()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::status_(503));
        Fixture f;
        const HttpPolicy p = policy(QStringLiteral("appview"), 1);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(toString(f.run(get(server.url()), p)->error().category), toString(ErrorCategory::Http));
        CircuitBreaker *b = f.breakers.breaker(QStringLiteral("appview"));
        QCOMPARE(toString(b->state()), toString(BreakerState::Open));
        QCOMPARE(server.requestCount(), 3);

        // 50 calls while open: every one fails fast, none reaches the server.
        int open = 0;
        for (int i = 0; i < 50; ++i) {
            f.client.get(get(server.url()), p, [&](const Result<HttpResponse> &r) {
                QCOMPARE(toString(r.error().category), toString(ErrorCategory::CircuitOpen));
                QVERIFY(r.error().retryAfter.has_value());
                QVERIFY(r.error().retryAfter->count() <= 30'000);
                ++open;
            });
        }
        QTRY_COMPARE(open, 50);
        QCOMPARE(server.requestCount(), 3);
        QCOMPARE(f.sink.count(QStringLiteral("circuit_open")), 50);
        QCOMPARE(b->stats().rejectedCount, 50u);

        // The server heals; after the wait one trial passes, the others are still refused.
        server.setDefault(FaultReply::ok());
        f.breakerClock.advanceMs(30'000);
        int done = 0, ok = 0, refused = 0;
        for (int i = 0; i < 5; ++i) {
            f.client.get(get(server.url()), p, [&](const Result<HttpResponse> &r) {
                ++done;
                if (r.ok())
                    ++ok;
                else if (r.error().category == ErrorCategory::CircuitOpen)
                    ++refused;
            });
        }
        QTRY_COMPARE(done, 5);
        QCOMPARE(ok, 1);
        QCOMPARE(refused, 4);
        QCOMPARE(server.requestCount(), 4);
        QCOMPARE(toString(b->state()), toString(BreakerState::Closed));
        // Closed again: traffic flows.
        QVERIFY(f.run(get(server.url()), p)->ok());
        QCOMPARE(server.requestCount(), 5);
    }

    void cancelAbortsInFlightAndPendingBackoff()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::hang());
        Fixture f;
        std::optional<Result<HttpResponse>> result;
        const RequestId id = f.client.get(get(server.url()), policy(QStringLiteral("appview")),
                                          [&](Result<HttpResponse> r) { result.emplace(std::move(r)); });
        QTRY_COMPARE(server.requestCount(), 1);
        QElapsedTimer t;
        t.start();
        f.client.cancel(id);
        QVERIFY(result.has_value()); // promptly, from cancel() itself
        QCOMPARE(toString(result->error().category), toString(ErrorCategory::Cancelled));
        QCOMPARE(f.client.pendingCount(), 0);
        // The in-flight trial permit is given back: the breaker is not blamed.
        QCOMPARE(f.breakers.breaker(QStringLiteral("appview"))->stats().failureCount, 0u);

        // Cancel during a long backoff.
        Fixture g;
        HttpPolicy slow = policy(QStringLiteral("plc"), 5);
        slow.retry.minDelay = 10s;
        slow.retry.baseDelay = 10s;
        slow.retry.maxDelay = 10s;
        std::optional<Result<HttpResponse>> r2;
        const QUrl refused(QStringLiteral("http://127.0.0.1:%1/").arg(FaultServer::refusedPort()));
        const RequestId id2 = g.client.get(get(refused), slow, [&](Result<HttpResponse> r) { r2.emplace(std::move(r)); });
        QTRY_COMPARE(g.sink.records.size(), 1); // first attempt failed, now waiting 10 s
        g.client.cancel(id2);
        QVERIFY(r2.has_value());
        QCOMPARE(toString(r2->error().category), toString(ErrorCategory::Cancelled));
        QVERIFY(t.elapsed() < 2000);
        g.client.cancel(id2); // unknown id: ignored
    }

    void cancelAllOnShutdown()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.setDefault(FaultReply::hang());
        Fixture f;
        int cancelled = 0;
        for (int i = 0; i < 4; ++i)
            f.client.get(get(server.url()), policy(QString()), [&](const Result<HttpResponse> &r) {
                cancelled += r.error().category == ErrorCategory::Cancelled ? 1 : 0;
            });
        QTRY_COMPARE(server.requestCount(), 4);
        f.client.cancelAll();
        QCOMPARE(cancelled, 4);
    }

    void metricsRegistryReceivesAttempts()
    {
        FaultServer server;
        QVERIFY(server.listen());
        server.enqueue(FaultReply::status_(503));
        FaultReply limited = FaultReply::status_(429);
        limited.headers = {{"Retry-After", "0"}};
        server.enqueue(limited);
        server.enqueue(FaultReply::ok(QByteArrayLiteral("12345")));
        metrics::MetricsRegistry registry;
        MetricsRegistrySink sink(registry);
        ManualClock clock;
        BreakerRegistry breakers(clock);
        HttpClient client(HttpClient::Deps{&breakers, nullptr, &sink, nullptr, nullptr, nullptr, "t"});
        bool done = false;
        client.get(get(server.url()), policy(QStringLiteral("appview"), 3),
                   [&](const Result<HttpResponse> &r) { done = r.ok(); });
        QTRY_VERIFY(done);
        breakers.breaker(QStringLiteral("appview"))->forceOpen();
        bool refused = false;
        client.get(get(server.url()), policy(QStringLiteral("appview"), 3),
                   [&](const Result<HttpResponse> &r) { refused = !r.ok(); });
        QTRY_VERIFY(refused);
        QMap<QString, double> values;
        for (const metrics::MetricSample &s : registry.snapshot()) {
            QString key = s.name;
            for (const auto &l : s.labels)
                if (l.first == QLatin1StringView("outcome") || l.first == QLatin1StringView("reason"))
                    key += QLatin1Char(':') + l.second;
            values[key] += s.value;
        }
        QCOMPARE(values.value(QStringLiteral("ge_http_requests_total:http_5xx")), 1.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_requests_total:rate_limited")), 1.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_requests_total:ok")), 1.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_retries_total")), 2.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_rate_limited_total")), 1.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_rejections_total:circuit_open")), 1.0);
        QCOMPARE(values.value(QStringLiteral("ge_http_request_duration_ms")), 3.0); // histogram count
        QCOMPARE(values.value(QStringLiteral("ge_http_bytes_received_total")), 5.0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
