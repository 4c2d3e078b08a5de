// Every state transition of the circuit breaker, driven by a ManualClock (no sleeping).
#include "core/Clock.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/CircuitBreaker.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {

BreakerConfig consecutiveOnly(int threshold = 5)
{
    BreakerConfig c;
    c.consecutiveFailureThreshold = threshold;
    c.failureRateThreshold = 0;
    c.waitInOpen = 30s;
    c.halfOpenPermittedCalls = 1;
    return c;
}

Error boom()
{
    return Error::network(QStringLiteral("connection refused"));
}

// Acquire + fail in one step; returns whether the call was permitted.
bool failOnce(CircuitBreaker &b, std::chrono::milliseconds d = 10ms)
{
    auto p = b.tryAcquire();
    if (!p)
        return false;
    b.onFailure(boom(), d, *p);
    return true;
}

bool succeedOnce(CircuitBreaker &b, std::chrono::milliseconds d = 10ms)
{
    auto p = b.tryAcquire();
    if (!p)
        return false;
    b.onSuccess(d, *p);
    return true;
}

QList<BreakerTransition> transitions(const QSignalSpy &spy)
{
    QList<BreakerTransition> list;
    for (const QList<QVariant> &args : spy)
        list.append(args.at(0).value<BreakerTransition>());
    return list;
}

} // namespace

class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsClosedAndPermits()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("appview"), BreakerConfig{}, clock);
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QVERIFY(succeedOnce(b));
        const BreakerStats s = b.stats();
        QCOMPARE(s.successCount, 1u);
        QCOMPARE(s.failureCount, 0u);
        QCOMPARE(s.sinceUs, clock.nowUs());
    }

    void opensAfterConsecutiveFailures()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(5), clock);
        QSignalSpy spy(&b, &CircuitBreaker::transitioned);
        for (int i = 0; i < 4; ++i)
            QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QVERIFY(succeedOnce(b)); // a success resets the streak
        for (int i = 0; i < 4; ++i)
            QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        const auto t = transitions(spy);
        QCOMPARE(t.size(), 1);
        QCOMPARE(t[0].name, QStringLiteral("pds"));
        QCOMPARE(toString(t[0].from), toString(BreakerState::Closed));
        QCOMPARE(toString(t[0].to), toString(BreakerState::Open));
        QVERIFY2(t[0].reason.contains(QStringLiteral("5 consecutive failures")), qPrintable(t[0].reason));
        QCOMPARE(t[0].atUs, clock.nowUs());
    }

    void openRejectsFastWithTimeToNextTrial()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(1), clock);
        QVERIFY(failOnce(b));
        clock.advanceMs(10'000);
        auto p = b.tryAcquire();
        QVERIFY(!p);
        QCOMPARE(toString(p.error().category), toString(ErrorCategory::CircuitOpen));
        QVERIFY(p.error().retryAfter.has_value());
        QCOMPARE(p.error().retryAfter->count(), 20'000);
        const BreakerStats s = b.stats();
        QCOMPARE(s.rejectedCount, 1u);
        QCOMPARE(s.nextTrialUs, clock.nowUs() + 20'000'000);
        QVERIFY(s.lastError.contains(QStringLiteral("connection refused")));
        QCOMPARE(s.lastErrorUs, clock.nowUs() - 10'000'000);
    }

    void halfOpenAfterWaitThenClosesOnSuccess()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("plc"), consecutiveOnly(1), clock);
        QSignalSpy spy(&b, &CircuitBreaker::transitioned);
        QVERIFY(failOnce(b));
        clock.advanceMs(29'999);
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        clock.advanceMs(1);
        QCOMPARE(toString(b.state()), toString(BreakerState::HalfOpen));
        QVERIFY(succeedOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        const auto t = transitions(spy);
        QCOMPARE(t.size(), 3);
        QCOMPARE(toString(t[1].from), toString(BreakerState::Open));
        QCOMPARE(toString(t[1].to), toString(BreakerState::HalfOpen));
        QCOMPARE(toString(t[2].from), toString(BreakerState::HalfOpen));
        QCOMPARE(toString(t[2].to), toString(BreakerState::Closed));
    }

    void halfOpenFailureReopens()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("plc"), consecutiveOnly(1), clock);
        QVERIFY(failOnce(b));
        clock.advanceMs(30'000);
        QVERIFY(failOnce(b)); // the trial
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        QCOMPARE(b.stats().nextTrialUs, clock.nowUs() + 30'000'000);
    }

    void halfOpenPermitsOnlyNTrials()
    {
        ManualClock clock;
        BreakerConfig c = consecutiveOnly(1);
        c.halfOpenPermittedCalls = 3;
        CircuitBreaker b(QStringLiteral("appview"), c, clock);
        QVERIFY(failOnce(b));
        clock.advanceMs(30'000);
        auto p1 = b.tryAcquire();
        auto p2 = b.tryAcquire();
        auto p3 = b.tryAcquire();
        QVERIFY(p1 && p2 && p3);
        auto p4 = b.tryAcquire();
        QVERIFY(!p4);
        QCOMPARE(toString(p4.error().category), toString(ErrorCategory::CircuitOpen));
        QCOMPARE(b.stats().halfOpenInFlight, 3);
        // A released (cancelled) trial frees its slot.
        b.release(*p3);
        auto p5 = b.tryAcquire();
        QVERIFY(p5);
        b.onSuccess(5ms, *p1);
        b.onSuccess(5ms, *p2);
        QCOMPARE(toString(b.state()), toString(BreakerState::HalfOpen)); // 2 of 3
        QVERIFY(!b.tryAcquire());                    // 2 succeeded + 1 in flight = 3
        b.onSuccess(5ms, *p5);
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
    }

    void staleOutcomesDoNotDriveNewState()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(1), clock);
        auto old = b.tryAcquire(); // permitted while CLOSED
        QVERIFY(old);
        QVERIFY(failOnce(b)); // opens
        clock.advanceMs(30'000);
        auto trial = b.tryAcquire();
        QVERIFY(trial);
        QCOMPARE(toString(trial->state), toString(BreakerState::HalfOpen));
        // The slow old call now succeeds: it must not close the breaker nor free the trial slot.
        b.onSuccess(10ms, *old);
        QCOMPARE(toString(b.state()), toString(BreakerState::HalfOpen));
        QVERIFY(!b.tryAcquire());
        b.onFailure(boom(), 10ms, *trial);
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        QCOMPARE(b.stats().successCount, 1u); // still counted in the totals
    }

    void countWindowFailureRate()
    {
        ManualClock clock;
        BreakerConfig c;
        c.consecutiveFailureThreshold = 0;
        c.failureRateThreshold = 50;
        c.windowType = SlidingWindowType::CountBased;
        c.windowSize = 10;
        c.minimumCalls = 10;
        CircuitBreaker b(QStringLiteral("appview"), c, clock);
        // Alternate: 50 % failure rate, but below minimum calls nothing happens.
        for (int i = 0; i < 4; ++i) {
            QVERIFY(failOnce(b));
            QVERIFY(succeedOnce(b));
        }
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QCOMPARE(b.stats().failureRate, -1.0); // 8 < minimum calls
        QVERIFY(succeedOnce(b));
        QVERIFY(failOnce(b)); // 10 calls, 5 failures = 50 %
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
    }

    void countWindowForgetsOldCalls()
    {
        ManualClock clock;
        BreakerConfig c;
        c.consecutiveFailureThreshold = 0;
        c.failureRateThreshold = 50;
        c.windowSize = 4;
        c.minimumCalls = 4;
        CircuitBreaker b(QStringLiteral("x"), c, clock);
        QVERIFY(failOnce(b));
        for (int i = 0; i < 6; ++i)
            QVERIFY(succeedOnce(b));
        QCOMPARE(b.stats().windowFailures, 0); // the failure slid out of the window
        QCOMPARE(b.stats().windowCalls, 4);
        QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed)); // 1 of 4 = 25 %
        QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Open)); // 2 of 4 = 50 %
    }

    void timeWindowFailureRate()
    {
        ManualClock clock;
        BreakerConfig c;
        c.consecutiveFailureThreshold = 0;
        c.failureRateThreshold = 50;
        c.windowType = SlidingWindowType::TimeBased;
        c.windowSize = 10; // seconds
        c.minimumCalls = 4;
        CircuitBreaker b(QStringLiteral("jetstream"), c, clock);
        QVERIFY(failOnce(b));
        QVERIFY(failOnce(b));
        QVERIFY(failOnce(b));
        clock.advanceMs(11'000); // those failures are now outside the window
        QCOMPARE(b.stats().windowCalls, 0);
        QVERIFY(failOnce(b));
        QVERIFY(succeedOnce(b));
        QVERIFY(succeedOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        clock.advanceMs(3'000);
        QVERIFY(failOnce(b)); // 2 of 4 within 10 s
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        QVERIFY(b.stats().lastError.contains(QStringLiteral("connection refused")));
    }

    void slowCallsCountAsFailures()
    {
        ManualClock clock;
        BreakerConfig c;
        c.consecutiveFailureThreshold = 3;
        c.failureRateThreshold = 0;
        c.slowCallThreshold = 2000ms;
        CircuitBreaker b(QStringLiteral("appview"), c, clock);
        QVERIFY(succeedOnce(b, 2000ms)); // at the threshold: not slow
        QCOMPARE(b.stats().slowCount, 0u);
        QVERIFY(succeedOnce(b, 2500ms));
        QVERIFY(succeedOnce(b, 3000ms));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QCOMPARE(b.stats().slowCount, 2u);
        QCOMPARE(b.stats().failureCount, 2u);
        QVERIFY(succeedOnce(b, 9000ms));
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        QVERIFY(b.stats().lastError.contains(QStringLiteral("slow call")));
    }

    void slowCallsInTimeWindowRate()
    {
        ManualClock clock;
        BreakerConfig c;
        c.consecutiveFailureThreshold = 0;
        c.failureRateThreshold = 50;
        c.windowType = SlidingWindowType::TimeBased;
        c.windowSize = 60;
        c.minimumCalls = 4;
        c.slowCallThreshold = 1000ms;
        CircuitBreaker b(QStringLiteral("x"), c, clock);
        QVERIFY(succeedOnce(b, 10ms));
        QVERIFY(succeedOnce(b, 10ms));
        QVERIFY(succeedOnce(b, 1500ms));
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QVERIFY(succeedOnce(b, 1500ms));
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        QCOMPARE(b.stats().slowCount, 2u);
    }

    void exponentialWaitOnRepeatedOpens()
    {
        ManualClock clock;
        BreakerConfig c = consecutiveOnly(1);
        c.waitInOpen = 10s;
        c.openBackoffMultiplier = 2.0;
        c.maxWaitInOpen = 35s;
        CircuitBreaker b(QStringLiteral("x"), c, clock);
        const qint64 expected[] = {10'000, 20'000, 35'000, 35'000};
        for (qint64 wait : expected) {
            QVERIFY(failOnce(b)); // opens (or reopens from half-open)
            QCOMPARE(b.stats().currentWaitMs, wait);
            clock.advanceMs(wait - 1);
            QCOMPARE(toString(b.state()), toString(BreakerState::Open));
            clock.advanceMs(1);
            QCOMPARE(toString(b.state()), toString(BreakerState::HalfOpen));
        }
        QVERIFY(succeedOnce(b)); // closes: the growth starts over
        QVERIFY(failOnce(b));
        QCOMPARE(b.stats().currentWaitMs, 10'000);
    }

    void forcedOpenRejectsUntilReset()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), BreakerConfig{}, clock);
        QSignalSpy spy(&b, &CircuitBreaker::transitioned);
        b.forceOpen();
        QCOMPARE(toString(b.state()), toString(BreakerState::ForcedOpen));
        clock.advanceMs(3'600'000);
        auto p = b.tryAcquire();
        QVERIFY(!p);
        QCOMPARE(toString(p.error().category), toString(ErrorCategory::CircuitOpen));
        QVERIFY(!p.error().retryAfter.has_value());
        QCOMPARE(toString(b.state()), toString(BreakerState::ForcedOpen)); // never half-opens by itself
        b.reset();
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
        QVERIFY(succeedOnce(b));
        const auto t = transitions(spy);
        QCOMPARE(t.size(), 2);
        QCOMPARE(toString(t[0].to), toString(BreakerState::ForcedOpen));
        QCOMPARE(t[0].reason, QStringLiteral("forced open by operator"));
        QCOMPARE(toString(t[1].from), toString(BreakerState::ForcedOpen));
        QCOMPARE(toString(t[1].to), toString(BreakerState::Closed));
    }

    void disabledPermitsEverythingAndNeverTrips()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(1), clock);
        b.disable(QStringLiteral("maintenance"));
        for (int i = 0; i < 50; ++i)
            QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Disabled));
        QCOMPARE(b.stats().failureCount, 50u);
        b.reset();
        QVERIFY(failOnce(b));
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
    }

    void resetClearsCountersAndOpenState()
    {
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(2), clock);
        QVERIFY(failOnce(b));
        QVERIFY(failOnce(b));
        QVERIFY(!b.tryAcquire());
        b.reset(QStringLiteral("operator"));
        const BreakerStats s = b.stats();
        QCOMPARE(toString(s.state), toString(BreakerState::Closed));
        QCOMPARE(s.failureCount, 0u);
        QCOMPARE(s.rejectedCount, 0u);
        QCOMPARE(s.consecutiveFailures, 0);
        QVERIFY(s.lastError.isEmpty());
    }

    void permitlessApiWorks()
    {
        // The simple form without keeping the permit: tryAcquire()/onSuccess(d)/onFailure(e, d).
        ManualClock clock;
        CircuitBreaker b(QStringLiteral("pds"), consecutiveOnly(2), clock);
        QVERIFY(b.tryAcquire());
        b.onFailure(boom(), 5ms);
        QVERIFY(b.tryAcquire());
        b.onFailure(boom(), 5ms);
        QCOMPARE(toString(b.state()), toString(BreakerState::Open));
        clock.advanceMs(30'000);
        QVERIFY(b.tryAcquire());
        b.onSuccess(5ms);
        QCOMPARE(toString(b.state()), toString(BreakerState::Closed));
    }

    void concurrentCallersRespectHalfOpenLimit()
    {
        ManualClock clock;
        BreakerConfig c = consecutiveOnly(1);
        c.halfOpenPermittedCalls = 2;
        CircuitBreaker b(QStringLiteral("x"), c, clock);
        QVERIFY(failOnce(b));
        clock.advanceMs(30'000);
        std::atomic<int> granted{0};
        QList<QThread *> threads;
        for (int i = 0; i < 8; ++i) {
            threads.append(QThread::create([&] {
                for (int k = 0; k < 100; ++k)
                    if (b.tryAcquire())
                        ++granted;
            }));
        }
        for (QThread *t : threads)
            t->start();
        for (QThread *t : threads) {
            t->wait();
            delete t;
        }
        QCOMPARE(granted.load(), 2);
        QCOMPARE(b.stats().rejectedCount, 798u);
    }

    void registryCreatesPerNameAndRelaysTransitions()
    {
        ManualClock clock;
        BreakerRegistry reg(clock, consecutiveOnly(5));
        reg.setConfig(QStringLiteral("pds"), consecutiveOnly(1));
        QSignalSpy added(&reg, &BreakerRegistry::breakerAdded);
        QSignalSpy spy(&reg, &BreakerRegistry::transitioned);
        CircuitBreaker *pds = reg.breaker(QStringLiteral("pds"));
        CircuitBreaker *appview = reg.breaker(QStringLiteral("appview"));
        QCOMPARE(reg.breaker(QStringLiteral("pds")), pds);
        QCOMPARE(added.size(), 2);
        QCOMPARE(reg.names(), (QStringList{QStringLiteral("appview"), QStringLiteral("pds")}));
        QVERIFY(failOnce(*pds));
        QVERIFY(failOnce(*appview));
        QCOMPARE(toString(pds->state()), toString(BreakerState::Open));
        QCOMPARE(toString(appview->state()), toString(BreakerState::Closed));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.at(0).at(0).value<BreakerTransition>().name, QStringLiteral("pds"));
        const QList<BreakerStats> all = reg.allStats();
        QCOMPARE(all.size(), 2);
        QCOMPARE(toString(all[1].state), toString(BreakerState::Open));
        clock.advanceMs(30'000);
        reg.pollAll();
        QCOMPARE(spy.size(), 2);
        QCOMPARE(toString(spy.at(1).at(0).value<BreakerTransition>().to), toString(BreakerState::HalfOpen));
        QVERIFY(reg.find(QStringLiteral("none")) == nullptr);
    }

    void transitionsCrossThreadsQueued()
    {
        ManualClock clock;
        BreakerRegistry reg(clock, consecutiveOnly(1));
        QList<BreakerTransition> received;
        QObject receiver;
        connect(&reg, &BreakerRegistry::transitioned, &receiver,
                [&](const BreakerTransition &t) { received.append(t); });
        QThread *worker = QThread::create([&] { failOnce(*reg.breaker(QStringLiteral("jetstream"))); });
        worker->start();
        worker->wait();
        delete worker;
        QTRY_COMPARE(received.size(), 1);
        QCOMPARE(toString(received[0].to), toString(BreakerState::Open));
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
