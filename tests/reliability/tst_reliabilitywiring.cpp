// The glue others wire in: history rows for breaker transitions and health rounds (written
// through a submitted task, as the storage writer runs it), breaker metrics, config mapping.
#include "FaultServer.h"

#include "config/AppConfig.h"
#include "net/HttpClient.h"
#include "reliability/ReliabilityStack.h"
#include <QJsonDocument>
#include <QJsonObject>
#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "reliability/BreakerMetrics.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"
#include "reliability/HealthProbes.h"
#include "reliability/ReliabilityConfig.h"
#include "reliability/ReliabilityHistory.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {

bool applySchema(QSqlDatabase &db)
{
    QFile f(QStringLiteral(":/sql/0001_initial.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QString sql = QString::fromUtf8(f.readAll());
    sql.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
    for (const QString &stmt : sql.split(QLatin1Char(';'))) {
        if (stmt.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(stmt)) {
            qWarning() << q.lastError().text() << stmt.left(80);
            return false;
        }
    }
    return true;
}

} // namespace

class TestReliabilityWiring : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void historyRecordsTransitionsAndHealthRounds()
    {
        QTemporaryDir dir;
        const QString conn = QStringLiteral("tst_history");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(dir.filePath(QStringLiteral("h.sqlite")));
            QVERIFY(db.open());
            QVERIFY(applySchema(db));

            ManualClock clock;
            BreakerConfig bc;
            bc.consecutiveFailureThreshold = 1;
            BreakerRegistry breakers(clock, bc);
            HealthMonitor monitor(clock);
            monitor.addProbe(QStringLiteral("appview"), std::make_unique<FunctionProbe>([](HealthCallback done) {
                done(HealthResult::down(QStringLiteral("refused"), 4));
            }));
            int failedTasks = 0;
            ReliabilityHistoryRecorder recorder(&breakers, &monitor, [&](ReliabilityHistoryRecorder::SqlTask task) {
                if (!task(db))
                    ++failedTasks;
            });
            CircuitBreaker *b = breakers.breaker(QStringLiteral("pds"));
            b->onFailure(Error::network(QStringLiteral("refused")), 1ms);
            clock.advanceMs(30'000);
            QCOMPARE(toString(b->state()), toString(BreakerState::HalfOpen));
            QSignalSpy round(&monitor, &HealthMonitor::roundFinished);
            monitor.checkNow();
            QVERIFY(round.wait(5000));
            QTRY_COMPARE(recorder.healthRowsRecorded(), 1);
            QCOMPARE(recorder.transitionsRecorded(), 2);
            QCOMPARE(failedTasks, 0);

            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT breaker, from_state, to_state, reason, at_us FROM breaker_transitions ORDER BY id")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("pds"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("closed"));
            QCOMPARE(q.value(2).toString(), QStringLiteral("open"));
            QVERIFY(q.value(3).toString().contains(QStringLiteral("consecutive")));
            QCOMPARE(q.value(4).toLongLong(), clock.nowUs() - 30'000'000);
            QVERIFY(q.next());
            QCOMPARE(q.value(2).toString(), QStringLiteral("half_open"));
            QVERIFY(!q.next());
            QVERIFY(q.exec(QStringLiteral("SELECT component, status, latency_ms, error, checked_at_us FROM health_checks")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("appview"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("DOWN"));
            QCOMPARE(q.value(2).toLongLong(), 4);
            QCOMPARE(q.value(3).toString(), QStringLiteral("refused"));
            QCOMPARE(q.value(4).toLongLong(), clock.nowUs());

            // A failing write is reported as a storage error, not swallowed.
            QVERIFY(q.exec(QStringLiteral("DROP TABLE breaker_transitions")));
            const Status s = insertBreakerTransition(db, BreakerTransition{QStringLiteral("x"), BreakerState::Closed,
                                                                            BreakerState::Open, {}, 1});
            QVERIFY(!s);
            QCOMPARE(toString(s.error().category), toString(ErrorCategory::Storage));
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
    }

    void breakerMetricsFollowTransitions()
    {
        ManualClock clock;
        BreakerConfig bc;
        bc.consecutiveFailureThreshold = 1;
        BreakerRegistry breakers(clock, bc);
        metrics::MetricsRegistry registry;
        BreakerMetrics bm(breakers, registry);
        CircuitBreaker *b = breakers.breaker(QStringLiteral("plc"));
        const metrics::Labels dep{{QStringLiteral("dependency"), QStringLiteral("plc")}};
        b->onFailure(Error::network(QStringLiteral("x")), 1ms);
        QCOMPARE(registry.gauge(QStringLiteral("ge_breaker_state"), dep).value(), 1.0);
        QVERIFY(!b->tryAcquire());
        QVERIFY(!b->tryAcquire());
        bm.sample();
        QCOMPARE(registry.counter(QStringLiteral("ge_breaker_rejected_total"), dep).value(), 2u);
        b->forceOpen();
        QCOMPARE(registry.gauge(QStringLiteral("ge_breaker_state"), dep).value(), 3.0);
        b->reset();
        QCOMPARE(registry.gauge(QStringLiteral("ge_breaker_state"), dep).value(), 0.0);
        QCOMPARE(registry
                     .counter(QStringLiteral("ge_breaker_transitions_total"),
                              metrics::Labels{{QStringLiteral("dependency"), QStringLiteral("plc")},
                                              {QStringLiteral("to"), QStringLiteral("open")}})
                     .value(),
                 1u);
        QVERIFY(registry.prometheusText().contains("ge_breaker_state"));
    }

    void stackAssemblesTheLayerFromTheConfiguration()
    {
        test::FaultServer server;
        QVERIFY(server.listen());
        AppConfig cfg;
        cfg.appViewUrl = server.url();
        cfg.plcUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(test::FaultServer::refusedPort()));
        cfg.jetstreamEndpoints = {QStringLiteral("ws://127.0.0.1:%1/subscribe").arg(server.port())};
        cfg.httpTotalTimeoutMs = 2000;
        cfg.rateLimitHeadroom = 0.2;
        metrics::MetricsRegistry registry;
        InMemoryBucketStore store;
        ReliabilityStack stack(cfg, SystemClock::instance(), &registry, &store);
        QVERIFY(stack.limiter().hasBucket(RateLimiter::requestsBucket()));
        QVERIFY(stack.limiter().hasBucket(RateLimiter::createSessionBucket()));
        QVERIFY(stack.addAccount(QStringLiteral("did:plc:me")));
        QCOMPARE(stack.limiter().snapshot(RateLimiter::writesHourBucket(QStringLiteral("did:plc:me"))).budget, 4000);
        QCOMPARE(stack.health().components(),
                 (QStringList{QStringLiteral("appview"), QStringLiteral("jetstream"), QStringLiteral("plc")}));
        QSignalSpy round(&stack.health(), &HealthMonitor::roundFinished);
        stack.start();
        QVERIFY(round.wait(5000));
        const QJsonObject json = QJsonDocument::fromJson(stack.health().snapshot().toJsonBytes(false)).object();
        const QJsonObject comps = json.value(QStringLiteral("components")).toObject();
        QCOMPARE(comps.value(QStringLiteral("appview")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("UP"));
        QCOMPARE(comps.value(QStringLiteral("plc")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
        QCOMPARE(json.value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
        // Probes share the breakers of the real traffic (XRPC / identity naming); the Jetstream
        // probe only reports the collector's breaker and records nothing into it.
        const QString appviewBreaker = QStringLiteral("appview:127.0.0.1:%1").arg(server.port());
        QCOMPARE(hostBreakerName(QStringLiteral("appview"), server.url()), appviewBreaker);
        QCOMPARE(hostBreakerName(QStringLiteral("pds"), QUrl(QStringLiteral("https://bsky.social"))),
                 QStringLiteral("pds:bsky.social:443"));
        QVERIFY(stack.breakers().names().contains(appviewBreaker));
        QCOMPARE(stack.breakers().breaker(appviewBreaker)->stats().successCount, 1u);
        QCOMPARE(stack.breakers().breaker(QStringLiteral("plc:127.0.0.1"))->stats().failureCount, 1u);
        const BreakerStats js = stack.breakers().breaker(QStringLiteral("jetstream"))->stats();
        QCOMPARE(js.successCount + js.failureCount, 0u);
        QCOMPARE(comps.value(QStringLiteral("jetstream")).toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("UP"));
        // Probes never spend the request budget; an HttpClient built from httpDeps() does.
        QCOMPARE(stack.limiter().snapshot(RateLimiter::requestsBucket()).used, 0);
        net::HttpClient client(stack.httpDeps());
        net::HttpPolicy p = httpPolicyFrom(cfg, QStringLiteral("appview"), RetryPolicy::none());
        p.rateBuckets = {RateLimiter::requestsBucket()};
        bool ok = false;
        net::HttpRequest req;
        req.url = server.url(QStringLiteral("/xrpc/app.bsky.actor.getProfile"));
        client.get(req, p, [&](const Result<net::HttpResponse> &r) { ok = r.ok(); });
        QTRY_VERIFY(ok);
        QCOMPARE(stack.limiter().snapshot(RateLimiter::requestsBucket()).used, 1);
        QVERIFY(registry.prometheusText().contains("ge_http_requests_total"));
        stack.stop(); // flushes the limiter
        QVERIFY(store.size() >= 1);
    }

    void configMapsToPolicies()
    {
        AppConfig c;
        c.breakerFailureThreshold = 7;
        c.breakerFailureRate = 0.4;
        c.breakerWindowSize = 30;
        c.breakerOpenSeconds = 45;
        c.breakerHalfOpenTrials = 2;
        c.retryMaxAttempts = 5;
        c.retryBaseMs = 300;
        c.retryCapMs = 4000;
        c.httpConnectTimeoutMs = 1500;
        c.httpTotalTimeoutMs = 9000;
        const BreakerConfig b = breakerConfigFrom(c);
        QCOMPARE(b.consecutiveFailureThreshold, 7);
        QCOMPARE(b.failureRateThreshold, 40.0);
        QCOMPARE(b.windowSize, 30);
        QCOMPARE(b.minimumCalls, 15);
        QCOMPARE(b.waitInOpen.count(), 45000);
        QCOMPARE(b.halfOpenPermittedCalls, 2);
        const RetryPolicy r = interactiveRetryFrom(c);
        QCOMPARE(r.maxAttempts, 5);
        QCOMPARE(r.minDelay.count(), 100);
        QCOMPARE(r.baseDelay.count(), 300);
        QCOMPARE(r.maxDelay.count(), 4000);
        QVERIFY(collectorRetryFrom(c).maxDelay.count() >= 60000);
        const net::HttpPolicy p = httpPolicyFrom(c, QStringLiteral("appview"), r);
        QCOMPARE(p.dependency, QStringLiteral("appview"));
        QCOMPARE(p.connectTimeout.count(), 1500);
        QCOMPARE(p.totalTimeout.count(), 9000);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityWiring)
#include "tst_reliabilitywiring.moc"
