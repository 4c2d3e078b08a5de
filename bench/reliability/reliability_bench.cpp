// Reliability layer benchmarks, one run, figures printed as a table:
//  1. Circuit breaker: tryAcquire + onSuccess per call, 1 thread and 4 threads, against the bare
//     limit of the same work (a mutex-guarded counter).
//  2. Rate limiter: tryAcquire on two buckets (hour + day) per call.
//  3. HTTP: N GETs against a loopback keep-alive HTTP/1.1 server through HttpClient (breaker,
//     limiter, retry policy, timers, metrics sink) against the bare QNetworkAccessManager doing
//     the same requests — sequential and 8 in flight; throughput and p50/p95 latency.
#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "net/HttpClient.h"
#include "net/HttpMetrics.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/RateLimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {

// Minimal keep-alive HTTP/1.1 server: answers every GET with a small JSON body.
class BenchServer : public QObject
{
public:
    BenchServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, this, [s] {
                    QByteArray buf = s->property("b").toByteArray() + s->readAll();
                    int end;
                    while ((end = buf.indexOf("\r\n\r\n")) >= 0) {
                        buf.remove(0, end + 4);
                        static const QByteArray body = QByteArrayLiteral("{\"did\":\"did:plc:abc\",\"followersCount\":123}");
                        s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                    }
                    s->setProperty("b", buf);
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1/xrpc/app.bsky.actor.getProfile").arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

struct HttpFigures
{
    double perSecond = 0;
    double p50 = 0;
    double p95 = 0;
};

// Runs `total` requests keeping `inFlight` outstanding; `issue(done)` starts one request.
HttpFigures drive(int total, int inFlight, const std::function<void(std::function<void()>)> &issue)
{
    std::vector<double> latencies;
    latencies.reserve(static_cast<size_t>(total));
    int started = 0, finished = 0;
    QElapsedTimer wall;
    wall.start();
    std::function<void()> next = [&] {
        if (started >= total)
            return;
        ++started;
        auto t = std::make_shared<QElapsedTimer>();
        t->start();
        issue([&, t] {
            latencies.push_back(static_cast<double>(t->nsecsElapsed()) / 1e6);
            ++finished;
            next();
        });
    };
    for (int i = 0; i < inFlight; ++i)
        next();
    while (finished < total)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    HttpFigures f;
    f.perSecond = total / (static_cast<double>(wall.nsecsElapsed()) / 1e9);
    f.p50 = percentile(latencies, 0.50);
    f.p95 = percentile(latencies, 0.95);
    return f;
}

double nsPerOp(qint64 ops, qint64 ns)
{
    return static_cast<double>(ns) / static_cast<double>(ops);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    int requests = 5000;
    const QStringList args = app.arguments();
    const int ri = static_cast<int>(args.indexOf(QStringLiteral("--requests")));
    if (ri >= 0 && ri + 1 < args.size())
        requests = args.at(ri + 1).toInt();

    std::printf("%-52s %14s\n", "benchmark", "figure");

    // 1. Breaker
    {
        const SystemClock &clock = SystemClock::instance();
        BreakerConfig cfg;
        cfg.consecutiveFailureThreshold = 5;
        cfg.failureRateThreshold = 50;
        cfg.windowSize = 100;
        CircuitBreaker breaker(QStringLiteral("bench"), cfg, clock);
        constexpr qint64 kOps = 2'000'000;
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < kOps; ++i) {
            auto p = breaker.tryAcquire();
            breaker.onSuccess(1ms, *p);
        }
        const double breakerNs = nsPerOp(kOps, t.nsecsElapsed());
        QMutex m;
        qint64 counter = 0;
        t.restart();
        for (qint64 i = 0; i < kOps; ++i) {
            m.lock();
            ++counter;
            m.unlock();
            m.lock();
            ++counter;
            m.unlock();
        }
        const double bareNs = nsPerOp(kOps, t.nsecsElapsed());
        std::printf("%-52s %11.1f ns\n", "breaker acquire+success, 1 thread", breakerNs);
        std::printf("%-52s %11.1f ns\n", "bare limit: 2 mutex lock/unlock + counter", bareNs);
        std::printf("%-52s %13.2fx\n", "breaker / bare", breakerNs / bareNs);

        constexpr int kThreads = 4;
        constexpr qint64 kPerThread = 250'000;
        std::vector<QThread *> threads;
        t.restart();
        for (int i = 0; i < kThreads; ++i) {
            threads.push_back(QThread::create([&breaker] {
                for (qint64 k = 0; k < kPerThread; ++k) {
                    auto p = breaker.tryAcquire();
                    breaker.onSuccess(1ms, *p);
                }
            }));
            threads.back()->start();
        }
        for (QThread *th : threads) {
            th->wait();
            delete th;
        }
        const double contended = static_cast<double>(kThreads * kPerThread) / (static_cast<double>(t.nsecsElapsed()) / 1e9);
        std::printf("%-52s %10.2f M/s\n", "breaker acquire+success, 4 threads (calls/s)", contended / 1e6);
        (void)counter;
    }

    // 2. Limiter
    {
        ManualClock clock;
        RateLimiter limiter(clock);
        for (const BucketConfig &c : RateLimiter::accountWriteBuckets(QStringLiteral("did:plc:me"), 0.2))
            (void)limiter.addBucket(c);
        const QStringList buckets{RateLimiter::writesHourBucket(QStringLiteral("did:plc:me")),
                                  RateLimiter::writesDayBucket(QStringLiteral("did:plc:me"))};
        constexpr qint64 kOps = 1'000'000;
        qint64 granted = 0;
        QElapsedTimer t;
        t.start();
        for (qint64 i = 0; i < kOps; ++i) {
            if (limiter.tryAcquire(buckets, 1))
                ++granted;
            clock.advanceUs(4000); // 250 calls/s of simulated time: the log keeps expiring and merging
        }
        std::printf("%-52s %11.1f ns\n", "limiter tryAcquire, hour+day, mostly refused", nsPerOp(kOps, t.nsecsElapsed()));
        std::printf("%-52s %14lld\n", "  (granted of 1M over 66 min simulated)", static_cast<long long>(granted));
        t.restart();
        for (qint64 i = 0; i < kOps / 10; ++i)
            (void)limiter.earliestAllowedUs(buckets, 3);
        const double etaNs = nsPerOp(kOps / 10, t.nsecsElapsed());
        // Granted path: a budget that is never exhausted.
        RateLimiter open(clock);
        (void)open.addBucket({QStringLiteral("h"), 1'000'000'000, std::chrono::hours(1), 0});
        (void)open.addBucket({QStringLiteral("d"), 1'000'000'000, std::chrono::hours(24), 0});
        const QStringList hd{QStringLiteral("h"), QStringLiteral("d")};
        t.restart();
        for (qint64 i = 0; i < kOps; ++i) {
            (void)open.tryAcquire(hd, 3);
            clock.advanceUs(4000);
        }
        std::printf("%-52s %11.1f ns\n", "limiter tryAcquire, hour+day, granted", nsPerOp(kOps, t.nsecsElapsed()));
        std::printf("%-52s %11.1f ns\n", "limiter earliestAllowed (full buckets)", etaNs);
    }

    // 3. HTTP
    {
        BenchServer server;
        const QUrl url = server.url();
        ManualClock breakerClock;
        BreakerRegistry breakers(breakerClock);
        RateLimiter limiter(SystemClock::instance());
        (void)limiter.addBucket({QStringLiteral("bench"), 1'000'000'000, std::chrono::seconds(300), 0});
        metrics::MetricsRegistry registry;
        net::MetricsRegistrySink sink(registry);
        net::HttpClient client(net::HttpClient::Deps{&breakers, &limiter, &sink, nullptr, nullptr, nullptr, "bench"});
        net::HttpPolicy policy;
        policy.dependency = QStringLiteral("appview");
        policy.rateBuckets = {QStringLiteral("bench")};
        QNetworkAccessManager bare;

        const auto viaClient = [&](std::function<void()> done) {
            net::HttpRequest r;
            r.url = url;
            r.endpoint = QStringLiteral("app.bsky.actor.getProfile");
            client.get(r, policy, [done](const Result<net::HttpResponse> &res) {
                if (!res)
                    std::fprintf(stderr, "error: %s\n", qPrintable(res.error().summary()));
                done();
            });
        };
        const auto viaBare = [&](std::function<void()> done) {
            QNetworkReply *reply = bare.get(QNetworkRequest(url));
            QObject::connect(reply, &QNetworkReply::finished, reply, [reply, done] {
                (void)reply->readAll();
                reply->deleteLater();
                done();
            });
        };
        // Warm up connections.
        drive(200, 8, viaBare);
        drive(200, 8, viaClient);
        for (int inFlight : {1, 8}) {
            const HttpFigures b = drive(requests, inFlight, viaBare);
            const HttpFigures c = drive(requests, inFlight, viaClient);
            std::printf("%-52s %10.0f /s\n", qPrintable(QStringLiteral("bare QNAM GET, %1 in flight").arg(inFlight)), b.perSecond);
            std::printf("%-52s %10.0f /s\n", qPrintable(QStringLiteral("HttpClient GET, %1 in flight").arg(inFlight)), c.perSecond);
            std::printf("%-52s %13.2fx\n", "  HttpClient / bare throughput", c.perSecond / b.perSecond);
            std::printf("%-52s %8.3f/%.3f ms\n", "  bare p50/p95", b.p50, b.p95);
            std::printf("%-52s %8.3f/%.3f ms\n", "  HttpClient p50/p95", c.p50, c.p95);
        }
    }
    return 0;
}
