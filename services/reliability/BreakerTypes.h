#pragma once

#include <QMetaType>
#include <QString>

#include <chrono>

namespace ge::reliability {

enum class BreakerState {
    Closed,     // calls pass; outcomes are recorded
    Open,       // calls fail fast until the wait in open has passed
    HalfOpen,   // a limited number of trial calls may pass
    ForcedOpen, // operator: every call fails fast until reset()
    Disabled,   // operator: every call passes, nothing trips the breaker
};

QString toString(BreakerState state);          // "closed", "open", "half_open", "forced_open", "disabled"
BreakerState breakerStateFromString(const QString &text, bool *ok = nullptr);

enum class SlidingWindowType {
    CountBased, // the last `windowSize` calls
    TimeBased,  // the calls of the last `windowSize` seconds
};

struct BreakerConfig
{
    // Opens after this many consecutive failures (0: off). Seed default: 5.
    int consecutiveFailureThreshold = 5;
    // Opens when the failure rate over the sliding window reaches this percentage
    // (0 < x <= 100), once the window holds at least minimumCalls calls. 0: off.
    double failureRateThreshold = 50.0;
    SlidingWindowType windowType = SlidingWindowType::CountBased;
    int windowSize = 20;   // calls (count-based) or seconds (time-based)
    int minimumCalls = 10;
    // Successful calls slower than this count as failures (and as slow). 0: off.
    std::chrono::milliseconds slowCallThreshold{0};
    // Wait in OPEN before the first trial. Seed default: 30 s.
    std::chrono::milliseconds waitInOpen{30000};
    // Each consecutive reopen (without a successful close in between) multiplies the wait
    // by this factor (1: constant), capped at maxWaitInOpen.
    double openBackoffMultiplier = 1.0;
    std::chrono::milliseconds maxWaitInOpen{std::chrono::minutes(10)};
    // Trial calls permitted at once in HALF_OPEN. All must succeed to close; any failure reopens.
    int halfOpenPermittedCalls = 1;
};

// One state change. Crosses threads in queued signals; storage keeps them in breaker_transitions.
struct BreakerTransition
{
    QString name;
    BreakerState from = BreakerState::Closed;
    BreakerState to = BreakerState::Closed;
    QString reason;
    qint64 atUs = 0; // wall clock, microseconds since the epoch
};

struct BreakerStats
{
    QString name;
    BreakerState state = BreakerState::Closed;
    qint64 sinceUs = 0;          // when the current state was entered
    // Cumulative since creation or the last reset().
    quint64 successCount = 0;
    quint64 failureCount = 0;    // failures, including slow successes
    quint64 slowCount = 0;       // slow calls (successful or failed)
    quint64 rejectedCount = 0;   // calls refused while open / forced open / half-open full
    // Sliding window (CLOSED state).
    int windowCalls = 0;
    int windowFailures = 0;
    int windowSlow = 0;
    double failureRate = -1.0;   // percent; -1 while the window holds fewer than minimumCalls
    int consecutiveFailures = 0;
    int halfOpenInFlight = 0;
    int halfOpenSucceeded = 0;
    QString lastError;           // summary of the last failure (safe to show)
    qint64 lastErrorUs = 0;      // 0: none
    qint64 nextTrialUs = 0;      // OPEN: when the next trial is permitted; otherwise 0
    qint64 currentWaitMs = 0;    // the wait in open that applies to the current / next open
    int consecutiveOpens = 0;
};

} // namespace ge::reliability

Q_DECLARE_METATYPE(ge::reliability::BreakerTransition)
Q_DECLARE_METATYPE(ge::reliability::BreakerStats)
