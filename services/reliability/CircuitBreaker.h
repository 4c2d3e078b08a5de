#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "reliability/BreakerTypes.h"

#include <QMutex>
#include <QObject>

#include <chrono>
#include <memory>

namespace ge::reliability {

class SlidingWindow;

// Token handed out by tryAcquire(); pass it back to onSuccess/onFailure/release so that an
// outcome is attributed to the state period in which the call was permitted (a call that was
// let through before a transition cannot close or reopen the breaker afterwards).
struct BreakerPermit
{
    quint64 epoch = 0;  // 0: "current period" (for callers that do not keep the permit)
    BreakerState state = BreakerState::Closed;
};

// Circuit breaker for one dependency, in the manner of resilience4j / Polly.
//
// Thread-safe: every method may be called from any thread (one mutex); transitioned() is
// emitted after the mutex is released, in the thread that caused the transition — connect
// with a context object and let Qt queue it to the receiver's thread.
//
// Usage: auto permit = breaker.tryAcquire(); if (!permit) fail with permit.error()
// (category circuit_open, retryAfter = time to the next trial); else run the call and report
// onSuccess(duration, *permit) or onFailure(error, duration, *permit), or release(*permit)
// when the call did not happen (cancelled) or proves nothing about the dependency.
class CircuitBreaker : public QObject
{
    Q_OBJECT
public:
    CircuitBreaker(QString name, BreakerConfig config, const Clock &clock, QObject *parent = nullptr);
    ~CircuitBreaker() override;

    QString name() const { return m_name; }
    BreakerConfig config() const;
    // Replaces the configuration; the window is cleared, the state is kept.
    void setConfig(const BreakerConfig &config);

    Result<BreakerPermit> tryAcquire();
    void onSuccess(std::chrono::milliseconds duration, const BreakerPermit &permit = {});
    void onFailure(const Error &error, std::chrono::milliseconds duration, const BreakerPermit &permit = {});
    // Gives a permit back without recording an outcome.
    void release(const BreakerPermit &permit = {});

    // Operator controls.
    void forceOpen(const QString &reason = {});
    void disable(const QString &reason = {});
    void reset(const QString &reason = {}); // -> CLOSED, clears window, counters and backoff

    // Performs a due OPEN -> HALF_OPEN transition now (tryAcquire/state/stats also do it lazily).
    void poll();

    BreakerState state();
    BreakerStats stats();

Q_SIGNALS:
    void transitioned(const ge::reliability::BreakerTransition &transition);

private:
    enum class Outcome { Success, Failure };
    void recordLocked(Outcome outcome, bool slow, const Error *error, const BreakerPermit &permit,
                      QList<BreakerTransition> &out);
    void transitionLocked(BreakerState to, const QString &reason, QList<BreakerTransition> &out);
    void pollLocked(QList<BreakerTransition> &out);
    void emitAll(const QList<BreakerTransition> &transitions);
    qint64 waitForNextOpenMs() const;
    BreakerStats statsLocked() const;
    Error rejectionLocked() const;

    const QString m_name;
    const Clock &m_clock;
    mutable QMutex m_mutex;
    BreakerConfig m_config;
    std::unique_ptr<SlidingWindow> m_window;
    BreakerState m_state = BreakerState::Closed;
    quint64 m_epoch = 1;
    qint64 m_sinceUs = 0;
    qint64 m_openUntilMs = 0;   // monotonic
    qint64 m_currentWaitMs = 0;
    int m_consecutiveOpens = 0;
    int m_consecutiveFailures = 0;
    int m_halfOpenInFlight = 0;
    int m_halfOpenSucceeded = 0;
    quint64 m_success = 0;
    quint64 m_failure = 0;
    quint64 m_slow = 0;
    quint64 m_rejected = 0;
    QString m_lastError;
    qint64 m_lastErrorUs = 0;
};

} // namespace ge::reliability
