// Property-based tests (RapidCheck): for arbitrary sequences of outcomes and time steps
// - the breaker never lets a call through while OPEN / FORCED_OPEN, never permits more than N
//   trials per half-open period, and its counters and transition chain stay consistent;
// - the limiter never grants more than its budget over any window (also across restarts),
//   and its ETA is exact: at earliestAllowed the call is allowed;
// - backoff delays stay within [min, ceiling] ⊆ [0, cap] and the ceiling doubles up to the cap.
#include "core/Clock.h"
#include "reliability/CircuitBreaker.h"
#include "reliability/RateLimiter.h"
#include "reliability/RetryPolicy.h"

#include <QTest>

#include <rapidcheck.h>

#include <deque>
#include <map>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {

enum class BOp { Acquire, Succeed, Fail, Release, Advance, ForceOpen, Reset, Disable };

struct BStep
{
    BOp op;
    int value; // ms to advance / call duration / which in-flight call
};

rc::Gen<BStep> genStep()
{
    return rc::gen::build<BStep>(
        rc::gen::set(&BStep::op,
                     rc::gen::weightedElement<BOp>({{30, BOp::Acquire},
                                                   {20, BOp::Succeed},
                                                   {25, BOp::Fail},
                                                   {4, BOp::Release},
                                                   {18, BOp::Advance},
                                                   {1, BOp::ForceOpen},
                                                   {1, BOp::Reset},
                                                   {1, BOp::Disable}})),
        rc::gen::set(&BStep::value, rc::gen::inRange(0, 40000)));
}

class SeqRandom final : public RandomSource
{
public:
    explicit SeqRandom(double v) : m_v(v) {}
    double uniform01() override { return m_v; }

private:
    double m_v;
};

} // namespace

class TestReliabilityProperties : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void breakerInvariants()
    {
        const bool ok = rc::check("breaker never permits while open, <= N trials, counters consistent", [] {
            BreakerConfig c;
            c.consecutiveFailureThreshold = *rc::gen::inRange(0, 8);
            c.failureRateThreshold = *rc::gen::element(0.0, 25.0, 50.0, 100.0);
            c.windowType = *rc::gen::element(SlidingWindowType::CountBased, SlidingWindowType::TimeBased);
            c.windowSize = *rc::gen::inRange(1, 30);
            c.minimumCalls = *rc::gen::inRange(1, 12);
            c.slowCallThreshold = std::chrono::milliseconds(*rc::gen::element(0, 1000, 20000));
            c.waitInOpen = std::chrono::milliseconds(*rc::gen::inRange(0, 60000));
            c.openBackoffMultiplier = *rc::gen::element(1.0, 1.5, 2.0);
            c.maxWaitInOpen = c.waitInOpen * 4;
            c.halfOpenPermittedCalls = *rc::gen::inRange(1, 5);
            const auto steps = *rc::gen::container<std::vector<BStep>>(genStep());

            ManualClock clock;
            CircuitBreaker b(QStringLiteral("p"), c, clock);
            QList<BreakerTransition> seen;
            QObject ctx;
            QObject::connect(&b, &CircuitBreaker::transitioned, &ctx,
                             [&seen](const BreakerTransition &t) { seen.append(t); });

            std::deque<BreakerPermit> inFlight;
            std::map<quint64, int> halfOpenGrants; // epoch -> permits granted in that half-open period
            quint64 successes = 0, failures = 0, rejected = 0;
            for (const BStep &s : steps) {
                switch (s.op) {
                case BOp::Acquire: {
                    const BreakerState before = b.state();
                    auto p = b.tryAcquire();
                    if (p) {
                        RC_ASSERT(before != BreakerState::Open);
                        RC_ASSERT(before != BreakerState::ForcedOpen);
                        RC_ASSERT(p->state == before);
                        if (p->state == BreakerState::HalfOpen) {
                            RC_ASSERT(++halfOpenGrants[p->epoch] <= c.halfOpenPermittedCalls);
                        }
                        inFlight.push_back(*p);
                    } else {
                        RC_ASSERT(p.error().category == ErrorCategory::CircuitOpen);
                        RC_ASSERT(before != BreakerState::Closed);
                        RC_ASSERT(before != BreakerState::Disabled);
                        ++rejected;
                    }
                    break;
                }
                case BOp::Succeed:
                case BOp::Fail:
                case BOp::Release: {
                    if (inFlight.empty())
                        break;
                    const size_t i = static_cast<size_t>(s.value) % inFlight.size();
                    const BreakerPermit p = inFlight[i];
                    inFlight.erase(inFlight.begin() + static_cast<long>(i));
                    const auto d = std::chrono::milliseconds(s.value % 25000);
                    if (s.op == BOp::Succeed) {
                        b.onSuccess(d, p);
                        const bool slow = c.slowCallThreshold.count() > 0 && d > c.slowCallThreshold;
                        slow ? ++failures : ++successes;
                    } else if (s.op == BOp::Fail) {
                        b.onFailure(Error::network(QStringLiteral("x")), d, p);
                        ++failures;
                    } else {
                        b.release(p);
                        // A released half-open permit frees its slot.
                        if (p.state == BreakerState::HalfOpen && halfOpenGrants[p.epoch] > 0)
                            --halfOpenGrants[p.epoch];
                    }
                    break;
                }
                case BOp::Advance:
                    clock.advanceMs(s.value);
                    break;
                case BOp::ForceOpen:
                    b.forceOpen();
                    break;
                case BOp::Reset:
                    b.reset();
                    successes = failures = rejected = 0;
                    break;
                case BOp::Disable:
                    b.disable();
                    break;
                }
                const BreakerStats st = b.stats();
                RC_ASSERT(st.successCount == successes);
                RC_ASSERT(st.failureCount == failures);
                RC_ASSERT(st.rejectedCount == rejected);
                RC_ASSERT(st.slowCount <= st.successCount + st.failureCount);
                RC_ASSERT(st.windowFailures <= st.windowCalls);
                RC_ASSERT(st.windowSlow <= st.windowCalls);
                if (c.windowType == SlidingWindowType::CountBased)
                    RC_ASSERT(st.windowCalls <= c.windowSize);
                RC_ASSERT(st.halfOpenInFlight >= 0);
                RC_ASSERT(st.halfOpenInFlight + st.halfOpenSucceeded <= c.halfOpenPermittedCalls);
                if (st.state == BreakerState::Open) {
                    RC_ASSERT(st.nextTrialUs >= clock.nowUs());
                    RC_ASSERT(st.nextTrialUs <= clock.nowUs() + c.maxWaitInOpen.count() * 1000);
                } else {
                    RC_ASSERT(st.nextTrialUs == 0);
                }
                RC_ASSERT(st.failureRate <= 100.0);
            }
            // The transition chain is connected and ends in the current state.
            for (int i = 0; i < seen.size(); ++i) {
                RC_ASSERT(seen[i].from != seen[i].to);
                if (i > 0)
                    RC_ASSERT(seen[i].from == seen[i - 1].to);
                if (i > 0)
                    RC_ASSERT(seen[i].atUs >= seen[i - 1].atUs);
            }
            if (!seen.isEmpty())
                RC_ASSERT(seen.last().to == b.state());
        });
        QVERIFY(ok);
    }

    void limiterNeverExceedsBudgetOverAnyWindow()
    {
        const bool ok = rc::check("granted points in any window <= budget, across restarts", [] {
            const qint64 limit = *rc::gen::inRange<qint64>(1, 60);
            const qint64 headroom = *rc::gen::inRange<qint64>(0, limit);
            const int windowS = *rc::gen::inRange(1, 900);
            const qint64 windowUs = qint64(windowS) * 1'000'000;
            const BucketConfig cfg{QStringLiteral("b"), limit, std::chrono::seconds(windowS), headroom};
            const qint64 budget = cfg.budget();

            ManualClock clock;
            InMemoryBucketStore store;
            auto rl = std::make_unique<RateLimiter>(clock, &store);
            RC_ASSERT(bool(rl->addBucket(cfg)));
            std::vector<std::pair<qint64, qint64>> grants;
            const int n = *rc::gen::inRange(1, 150);
            for (int i = 0; i < n; ++i) {
                const int kind = *rc::gen::inRange(0, 100);
                if (kind < 55) {
                    const qint64 points = *rc::gen::inRange<qint64>(1, limit + 2);
                    if (rl->tryAcquire({cfg.name}, static_cast<int>(points)))
                        grants.emplace_back(clock.nowUs(), points);
                } else if (kind < 85) {
                    clock.advanceUs(*rc::gen::inRange<qint64>(0, windowUs * 3 / 2));
                } else if (kind < 92) {
                    RateLimitInfo info;
                    info.remaining = *rc::gen::inRange<qint64>(0, limit * 2);
                    info.resetAtUs = clock.nowUs() + *rc::gen::inRange<qint64>(1, windowUs);
                    if (*rc::gen::arbitrary<bool>()) {
                        info.windowSeconds = windowS;
                        info.limit = *rc::gen::inRange<qint64>(1, limit * 2);
                    }
                    rl->updateFromServer({cfg.name}, info);
                } else if (kind < 95) {
                    rl->pauseUntil({cfg.name}, clock.nowUs() + *rc::gen::inRange<qint64>(0, windowUs));
                } else {
                    // Restart: persist, drop, restore.
                    RC_ASSERT(bool(rl->flush()));
                    clock.advanceUs(*rc::gen::inRange<qint64>(0, 5'000'000));
                    rl = std::make_unique<RateLimiter>(clock, &store);
                    RC_ASSERT(bool(rl->addBucket(cfg)));
                }
            }
            // Any window (t - W, t] ending at a grant holds at most `budget` points.
            for (size_t i = 0; i < grants.size(); ++i) {
                qint64 sum = 0;
                for (size_t j = 0; j <= i; ++j)
                    if (grants[j].first > grants[i].first - windowUs)
                        sum += grants[j].second;
                RC_ASSERT(sum <= budget);
            }
        });
        QVERIFY(ok);
    }

    void limiterEtaIsExact()
    {
        const bool ok = rc::check("at earliestAllowed the call is allowed", [] {
            const qint64 limit = *rc::gen::inRange<qint64>(1, 100);
            const int windowS = *rc::gen::inRange(1, 3600);
            const BucketConfig cfg{QStringLiteral("b"), limit, std::chrono::seconds(windowS), 0};
            ManualClock clock;
            RateLimiter rl(clock);
            RC_ASSERT(bool(rl.addBucket(cfg)));
            const auto spends = *rc::gen::container<std::vector<std::pair<int, int>>>(
                rc::gen::pair(rc::gen::inRange(1, int(limit) + 1), rc::gen::inRange(0, windowS * 1000)));
            for (const auto &[points, advanceMs] : spends) {
                (void)rl.tryAcquire({cfg.name}, points);
                clock.advanceMs(advanceMs);
            }
            const int want = *rc::gen::inRange(1, int(limit) + 1);
            const std::optional<qint64> eta = rl.earliestAllowedUs(cfg.name, want);
            RC_ASSERT(eta.has_value());
            RC_ASSERT(*eta >= clock.nowUs());
            if (*eta > clock.nowUs()) {
                RC_ASSERT(!rl.tryAcquire({cfg.name}, want));
                clock.setUs(*eta - 1);
                RC_ASSERT(!rl.tryAcquire({cfg.name}, want));
                clock.setUs(*eta);
            }
            RC_ASSERT(bool(rl.tryAcquire({cfg.name}, want)));
        });
        QVERIFY(ok);
    }

    void backoffWithinBoundsAndGrowing()
    {
        const bool ok = rc::check("backoff in [min(minDelay, ceiling), ceiling] <= cap; ceiling doubles", [] {
            RetryPolicy p;
            p.baseDelay = std::chrono::milliseconds(*rc::gen::inRange(0, 5000));
            p.maxDelay = std::chrono::milliseconds(*rc::gen::inRange(0, 120000));
            p.minDelay = std::chrono::milliseconds(*rc::gen::inRange(0, 1000));
            const int n = *rc::gen::inRange(0, 80);
            const double u = *rc::gen::map(rc::gen::inRange(0, 1'000'000), [](int x) { return x / 1'000'000.0; });
            SeqRandom r(u);
            const qint64 ceil = p.ceiling(n).count();
            const qint64 d = p.backoff(n, r).count();
            RC_ASSERT(d >= 0);
            RC_ASSERT(d <= ceil);
            RC_ASSERT(ceil <= p.maxDelay.count());
            RC_ASSERT(d >= std::min<qint64>(p.minDelay.count(), ceil));
            RC_ASSERT(p.ceiling(0).count() == std::min<qint64>(p.baseDelay.count(), p.maxDelay.count()));
            RC_ASSERT(p.ceiling(n + 1).count() == std::min<qint64>(p.maxDelay.count(), 2 * ceil)
                      || p.baseDelay.count() == 0);
            // Monotone in u: a larger draw never yields a shorter delay.
            SeqRandom r2(std::min(0.999999, u + 0.1));
            RC_ASSERT(p.backoff(n, r2).count() >= d);
        });
        QVERIFY(ok);
    }
};

QTEST_GUILESS_MAIN(TestReliabilityProperties)
#include "tst_reliability_properties.moc"
