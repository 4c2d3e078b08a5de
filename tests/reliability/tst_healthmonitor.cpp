// Health monitor: probes on a worker thread, overall = worst, probe timeouts, offline mode,
// JSON round trip, the HTTP probe against a loopback server and breaker-aware degrading.
#include "FaultServer.h"

#include "core/Clock.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"
#include "reliability/HealthProbes.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ge;
using namespace ge::reliability;
using namespace ge::test;
using namespace std::chrono_literals;

namespace {

std::unique_ptr<HealthProbe> fixed(HealthResult r, std::atomic<QThread *> *ranOn = nullptr)
{
    return std::make_unique<FunctionProbe>([r, ranOn](HealthCallback done) {
        if (ranOn)
            ranOn->store(QThread::currentThread());
        done(r);
    });
}

HealthSnapshot runRound(HealthMonitor &m)
{
    QSignalSpy spy(&m, &HealthMonitor::roundFinished);
    m.checkNow();
    if (!spy.wait(5000))
        return {};
    return spy.at(0).at(0).value<HealthSnapshot>();
}

} // namespace

class TestHealthMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overallIsTheWorstAndProbesRunOffTheCallerThread()
    {
        ManualClock clock;
        HealthMonitor m(clock);
        std::atomic<QThread *> ranOn{nullptr};
        m.addProbe(QStringLiteral("database"), fixed(HealthResult::up(1), &ranOn));
        m.addProbe(QStringLiteral("appview"), fixed(HealthResult::degraded(QStringLiteral("slow"), 2500)));
        m.addProbe(QStringLiteral("keychain"), fixed(HealthResult::up()));
        QCOMPARE(toString(m.snapshot().overall), toString(HealthStatus::Unknown));
        HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Degraded));
        QCOMPARE(s.components.size(), 3);
        QCOMPARE(s.components[0].name, QStringLiteral("appview")); // sorted
        QCOMPARE(s.components[0].result.latencyMs, 2500);
        QCOMPARE(s.components[0].result.checkedAtUs, clock.nowUs());
        QVERIFY(s.components[1].result.latencyMs >= 0);
        QVERIFY(ranOn.load() != nullptr);
        QVERIFY(ranOn.load() != QThread::currentThread());
        QCOMPARE(ranOn.load()->objectName(), QStringLiteral("ge-health"));
        QVERIFY(!s.allUp());
        QCOMPARE(toString(m.snapshot().overall), toString(HealthStatus::Degraded));
    }

    void severityOrder()
    {
        QCOMPARE(toString(worst(HealthStatus::Up, HealthStatus::Unknown)), toString(HealthStatus::Unknown));
        QCOMPARE(toString(worst(HealthStatus::Unknown, HealthStatus::Degraded)), toString(HealthStatus::Degraded));
        QCOMPARE(toString(worst(HealthStatus::Down, HealthStatus::Degraded)), toString(HealthStatus::Down));
    }

    void probeThatNeverAnswersIsDownAfterTheTimeout()
    {
        ManualClock clock;
        HealthMonitorOptions o;
        o.probeTimeout = 100ms;
        HealthMonitor m(clock, o);
        m.addProbe(QStringLiteral("stuck"), std::make_unique<FunctionProbe>([](HealthCallback) {}));
        m.addProbe(QStringLiteral("fine"), fixed(HealthResult::up()));
        const HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Down));
        QVERIFY(s.find(QStringLiteral("stuck"))->result.error.contains(QStringLiteral("100 ms")));
        QCOMPARE(toString(s.find(QStringLiteral("fine"))->result.status), toString(HealthStatus::Up));
    }

    void lateAndRepeatedAnswersAreIgnored()
    {
        ManualClock clock;
        HealthMonitorOptions o;
        o.probeTimeout = 50ms;
        HealthMonitor m(clock, o);
        auto saved = std::make_shared<HealthCallback>();
        m.addProbe(QStringLiteral("late"), std::make_unique<FunctionProbe>([saved](HealthCallback done) {
            *saved = done;
        }));
        HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Down));
        QVERIFY(*saved);
        (*saved)(HealthResult::up()); // after the timeout: ignored
        QTest::qWait(20);
        QCOMPARE(toString(m.snapshot().overall), toString(HealthStatus::Down));
    }

    void offlineModeIsUnknownWithoutProbing()
    {
        ManualClock clock;
        HealthMonitorOptions o;
        o.offline = true;
        HealthMonitor m(clock, o);
        std::atomic<int> probed{0};
        m.addProbe(QStringLiteral("appview"), std::make_unique<FunctionProbe>([&probed](HealthCallback done) {
            ++probed;
            done(HealthResult::up());
        }));
        HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Unknown));
        QCOMPARE(s.components[0].result.error, QStringLiteral("offline mode"));
        QCOMPARE(probed.load(), 0);
        m.setOffline(false);
        s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Up));
        QCOMPARE(probed.load(), 1);
    }

    void componentChangedOnlyOnChange()
    {
        ManualClock clock;
        HealthMonitor m(clock);
        auto status = std::make_shared<std::atomic<int>>(0);
        m.addProbe(QStringLiteral("pds"), std::make_unique<FunctionProbe>([status](HealthCallback done) {
            done(status->load() == 0 ? HealthResult::up(5) : HealthResult::down(QStringLiteral("refused")));
        }));
        QSignalSpy changed(&m, &HealthMonitor::componentChanged);
        runRound(m);
        runRound(m);
        QCOMPARE(changed.size(), 1); // unknown -> up, then up -> up is no change
        status->store(1);
        runRound(m);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(changed.at(1).at(0).toString(), QStringLiteral("pds"));
        QCOMPARE(toString(changed.at(1).at(1).value<HealthResult>().status), toString(HealthStatus::Down));
        const HealthSnapshot s = m.snapshot();
        QVERIFY(s.components[0].lastUpUs > 0);
    }

    void periodicRoundsOnTheTimer()
    {
        ManualClock clock;
        HealthMonitorOptions o;
        o.interval = 30ms;
        HealthMonitor m(clock, o);
        m.addProbe(QStringLiteral("x"), fixed(HealthResult::up()));
        QSignalSpy spy(&m, &HealthMonitor::roundFinished);
        m.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 3, 3000);
        m.stop();
    }

    void shutdownJoinsTheWorkerAndNoProbeRunsAfterIt()
    {
        ManualClock clock;
        HealthMonitorOptions o;
        o.interval = 10ms;
        HealthMonitor m(clock, o);
        std::atomic<int> runs{0};
        auto counting = [&runs](HealthCallback done) {
            ++runs;
            done(HealthResult::up());
        };
        m.addProbe(QStringLiteral("database"), std::make_unique<FunctionProbe>(counting));
        QSignalSpy spy(&m, &HealthMonitor::roundFinished);
        m.start();
        QTRY_VERIFY_WITH_TIMEOUT(spy.size() >= 2, 3000);
        m.checkNow(); // queued on the worker: shutdown() must not leave it to run later
        m.shutdown();
        const int after = runs.load();
        QVERIFY(after >= 2);
        // Everything is a no-op now; the probe's referents may be gone.
        m.checkNow();
        m.start();
        m.addProbe(QStringLiteral("late"), std::make_unique<FunctionProbe>(counting));
        QTest::qWait(60);
        QCOMPARE(runs.load(), after);
        m.shutdown(); // twice is fine
    }

    void jsonRoundTrip()
    {
        HealthSnapshot s;
        s.overall = HealthStatus::Down;
        s.takenAtUs = 1'700'000'000'123'000;
        ComponentHealth c;
        c.name = QStringLiteral("plc");
        c.result = HealthResult::down(QStringLiteral("network: The connection was refused"), 3,
                                      {{QStringLiteral("url"), QStringLiteral("https://plc.directory/_health")}});
        c.result.checkedAtUs = s.takenAtUs;
        s.components.append(c);
        const QJsonObject o = s.toJson();
        QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
        const QJsonObject plc = o.value(QStringLiteral("components")).toObject().value(QStringLiteral("plc")).toObject();
        QCOMPARE(plc.value(QStringLiteral("status")).toString(), QStringLiteral("DOWN"));
        QCOMPARE(plc.value(QStringLiteral("latencyMs")).toInt(), 3);
        QCOMPARE(plc.value(QStringLiteral("lastCheck")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
        QVERIFY(plc.value(QStringLiteral("error")).toString().contains(QStringLiteral("refused")));
        const HealthSnapshot back = HealthSnapshot::fromJson(QJsonDocument::fromJson(s.toJsonBytes()).object());
        QCOMPARE(toString(back.overall), toString(s.overall));
        QCOMPARE(back.takenAtUs, s.takenAtUs);
        QCOMPARE(back.components.size(), 1);
        QCOMPARE(back.components[0].result.error, c.result.error);
        QCOMPARE(back.components[0].result.details.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://plc.directory/_health"));
    }

    void httpProbeUpDownAndCircuitOpen()
    {
        FaultServer server;
        QVERIFY(server.listen());
        ManualClock clock;
        BreakerConfig bc;
        bc.consecutiveFailureThreshold = 2;
        bc.failureRateThreshold = 0;
        BreakerRegistry breakers(clock, bc);
        net::HttpClient::Deps deps;
        deps.breakers = &breakers;
        HealthMonitorOptions o;
        o.probeTimeout = 3000ms;
        HealthMonitor m(clock, o);
        auto addHttp = [&](const QString &name, const QUrl &url) {
            HttpHealthProbe::Options po;
            po.url = url;
            po.policy = HttpHealthProbe::probePolicy(name, 1000ms, 2000ms);
            m.addProbe(name, std::make_unique<BreakerAwareProbe>(&breakers, name,
                                                                 std::make_unique<HttpHealthProbe>(deps, po)));
        };
        addHttp(QStringLiteral("appview"), server.url(QStringLiteral("/xrpc/_health")));
        addHttp(QStringLiteral("plc"), QUrl(QStringLiteral("http://127.0.0.1:%1/_health").arg(FaultServer::refusedPort())));
        HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.find(QStringLiteral("appview"))->result.status), toString(HealthStatus::Up));
        QCOMPARE(s.find(QStringLiteral("appview"))->result.details.value(QStringLiteral("httpStatus")).toInt(), 200);
        QCOMPARE(s.find(QStringLiteral("appview"))->result.details.value(QStringLiteral("breaker")).toString(),
                 QStringLiteral("closed"));
        const ComponentHealth *plc = s.find(QStringLiteral("plc"));
        QCOMPARE(toString(plc->result.status), toString(HealthStatus::Down));
        QVERIFY2(plc->result.error.contains(QStringLiteral("refused")), qPrintable(plc->result.error));
        QCOMPARE(toString(s.overall), toString(HealthStatus::Down));
        QCOMPARE(server.requestCount(), 1);
        QCOMPARE(server.requests()[0].path, QByteArrayLiteral("/xrpc/_health"));

        // Second failure opens plc's breaker; the third round does not touch the network.
        runRound(m);
        QCOMPARE(toString(breakers.breaker(QStringLiteral("plc"))->state()), toString(BreakerState::Open));
        s = runRound(m);
        plc = s.find(QStringLiteral("plc"));
        QCOMPARE(toString(plc->result.status), toString(HealthStatus::Down));
        QVERIFY2(plc->result.error.contains(QStringLiteral("circuit_open")), qPrintable(plc->result.error));
        QVERIFY(plc->result.details.contains(QStringLiteral("nextTrialUs")));

        // A server error makes appview DOWN with its status.
        server.setDefault(FaultReply::status_(503));
        s = runRound(m);
        QCOMPARE(toString(s.find(QStringLiteral("appview"))->result.status), toString(HealthStatus::Down));
        QVERIFY(s.find(QStringLiteral("appview"))->result.error.contains(QStringLiteral("503")));
    }

    void breakerAloneDecidesWithoutInnerProbe()
    {
        ManualClock clock;
        BreakerConfig bc;
        bc.consecutiveFailureThreshold = 1;
        bc.halfOpenPermittedCalls = 1;
        BreakerRegistry breakers(clock, bc);
        HealthMonitor m(clock);
        m.addProbe(QStringLiteral("jetstream"), std::make_unique<BreakerAwareProbe>(&breakers, QStringLiteral("jetstream")));
        QCOMPARE(toString(runRound(m).overall), toString(HealthStatus::Up));
        CircuitBreaker *b = breakers.breaker(QStringLiteral("jetstream"));
        b->onFailure(Error::network(QStringLiteral("socket closed")), 1ms);
        HealthSnapshot s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Down));
        QVERIFY(s.components[0].result.error.contains(QStringLiteral("socket closed")));
        clock.advanceMs(30'000);
        s = runRound(m);
        QCOMPARE(toString(s.overall), toString(HealthStatus::Degraded)); // half-open
        b->forceOpen();
        QVERIFY(runRound(m).components[0].result.error.contains(QStringLiteral("operator")));
    }

    void highErrorRateDegrades()
    {
        BreakerStats st;
        st.state = BreakerState::Closed;
        st.failureRate = 30.0;
        const HealthResult r = BreakerAwareProbe::combine(HealthResult::up(10), st, 20.0);
        QCOMPARE(toString(r.status), toString(HealthStatus::Degraded));
        QVERIFY(r.error.contains(QStringLiteral("30.0")));
        st.failureRate = 10.0;
        QCOMPARE(toString(BreakerAwareProbe::combine(HealthResult::up(10), st, 20.0).status),
                 toString(HealthStatus::Up));
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
