#include "reliability/CircuitBreaker.h"

#include "reliability/ReliabilityLog.h"
#include "reliability/SlidingWindow.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace ge::reliability {

namespace {

BreakerConfig sanitized(BreakerConfig c)
{
    c.consecutiveFailureThreshold = std::max(0, c.consecutiveFailureThreshold);
    c.failureRateThreshold = std::clamp(c.failureRateThreshold, 0.0, 100.0);
    c.windowSize = std::max(1, c.windowSize);
    c.minimumCalls = std::max(1, c.minimumCalls);
    c.halfOpenPermittedCalls = std::max(1, c.halfOpenPermittedCalls);
    if (c.waitInOpen.count() < 0)
        c.waitInOpen = std::chrono::milliseconds(0);
    if (c.maxWaitInOpen < c.waitInOpen)
        c.maxWaitInOpen = c.waitInOpen;
    if (!(c.openBackoffMultiplier >= 1.0))
        c.openBackoffMultiplier = 1.0;
    return c;
}

QString seconds(qint64 ms)
{
    return QString::number(static_cast<double>(ms) / 1000.0, 'f', ms % 1000 == 0 ? 0 : 1);
}

} // namespace

CircuitBreaker::CircuitBreaker(QString name, BreakerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_name(std::move(name))
    , m_clock(clock)
    , m_config(sanitized(config))
{
    qRegisterMetaType<ge::reliability::BreakerTransition>();
    qRegisterMetaType<ge::reliability::BreakerStats>();
    m_window = makeSlidingWindow(m_config.windowType == SlidingWindowType::TimeBased, m_config.windowSize);
    m_sinceUs = m_clock.nowUs();
    m_currentWaitMs = m_config.waitInOpen.count();
}

CircuitBreaker::~CircuitBreaker() = default;

BreakerConfig CircuitBreaker::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void CircuitBreaker::setConfig(const BreakerConfig &config)
{
    QMutexLocker lock(&m_mutex);
    m_config = sanitized(config);
    m_window = makeSlidingWindow(m_config.windowType == SlidingWindowType::TimeBased, m_config.windowSize);
    if (m_state != BreakerState::Open)
        m_currentWaitMs = waitForNextOpenMs();
}

qint64 CircuitBreaker::waitForNextOpenMs() const
{
    // Wait for the (m_consecutiveOpens + 1)-th consecutive open.
    const double base = static_cast<double>(m_config.waitInOpen.count());
    const double cap = static_cast<double>(m_config.maxWaitInOpen.count());
    const double factor = std::pow(m_config.openBackoffMultiplier, std::min(m_consecutiveOpens, 64));
    return static_cast<qint64>(std::min(cap, base * factor));
}

Error CircuitBreaker::rejectionLocked() const
{
    Error e;
    e.category = ErrorCategory::CircuitOpen;
    e.retryable = true;
    e.detail = QStringLiteral("breaker %1 is %2").arg(m_name, toString(m_state));
    switch (m_state) {
    case BreakerState::Open: {
        const qint64 left = std::max<qint64>(0, m_openUntilMs - m_clock.monotonicMs());
        e.retryAfter = std::chrono::milliseconds(left);
        e.message = QCoreApplication::translate("CircuitBreaker", "%1 is unavailable after repeated failures; "
                                                                  "next try in %2 s")
                        .arg(m_name, seconds(left));
        break;
    }
    case BreakerState::ForcedOpen:
        e.retryable = false;
        e.message = QCoreApplication::translate("CircuitBreaker", "%1 was switched off by the operator").arg(m_name);
        break;
    case BreakerState::HalfOpen:
        e.message = QCoreApplication::translate("CircuitBreaker", "%1 is recovering; a trial call is in progress")
                        .arg(m_name);
        break;
    default:
        e.message = QCoreApplication::translate("CircuitBreaker", "%1 is unavailable").arg(m_name);
        break;
    }
    return e;
}

Result<BreakerPermit> CircuitBreaker::tryAcquire()
{
    QList<BreakerTransition> out;
    std::optional<Error> rejection;
    BreakerPermit permit;
    {
        QMutexLocker lock(&m_mutex);
        pollLocked(out);
        permit.epoch = m_epoch;
        permit.state = m_state;
        switch (m_state) {
        case BreakerState::Closed:
        case BreakerState::Disabled:
            break;
        case BreakerState::HalfOpen:
            if (m_halfOpenInFlight + m_halfOpenSucceeded < m_config.halfOpenPermittedCalls) {
                ++m_halfOpenInFlight;
            } else {
                ++m_rejected;
                rejection = rejectionLocked();
            }
            break;
        case BreakerState::Open:
        case BreakerState::ForcedOpen:
            ++m_rejected;
            rejection = rejectionLocked();
            break;
        }
    }
    emitAll(out);
    if (rejection)
        return *rejection;
    return permit;
}

void CircuitBreaker::onSuccess(std::chrono::milliseconds duration, const BreakerPermit &permit)
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        const bool slow = m_config.slowCallThreshold.count() > 0 && duration > m_config.slowCallThreshold;
        if (slow) {
            Error e = Error::timeout(QCoreApplication::translate("CircuitBreaker", "slow call: %1 ms (threshold %2 ms)")
                                         .arg(duration.count())
                                         .arg(m_config.slowCallThreshold.count()));
            recordLocked(Outcome::Failure, true, &e, permit, out);
        } else {
            recordLocked(Outcome::Success, false, nullptr, permit, out);
        }
    }
    emitAll(out);
}

void CircuitBreaker::onFailure(const Error &error, std::chrono::milliseconds duration, const BreakerPermit &permit)
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        const bool slow = m_config.slowCallThreshold.count() > 0 && duration > m_config.slowCallThreshold;
        recordLocked(Outcome::Failure, slow, &error, permit, out);
    }
    emitAll(out);
}

void CircuitBreaker::release(const BreakerPermit &permit)
{
    QMutexLocker lock(&m_mutex);
    const bool current = permit.epoch == 0 || permit.epoch == m_epoch;
    if (current && m_state == BreakerState::HalfOpen && m_halfOpenInFlight > 0)
        --m_halfOpenInFlight;
}

void CircuitBreaker::recordLocked(Outcome outcome, bool slow, const Error *error, const BreakerPermit &permit,
                                  QList<BreakerTransition> &out)
{
    const bool failure = outcome == Outcome::Failure;
    if (failure) {
        ++m_failure;
        m_lastError = error ? error->summary() : QStringLiteral("failure");
        m_lastErrorUs = m_clock.nowUs();
    } else {
        ++m_success;
    }
    if (slow)
        ++m_slow;

    // Outcomes of calls permitted in an earlier state period only count in the totals.
    if (permit.epoch != 0 && permit.epoch != m_epoch)
        return;

    switch (m_state) {
    case BreakerState::Closed: {
        const qint64 nowMs = m_clock.monotonicMs();
        m_window->record(nowMs, failure, slow);
        m_consecutiveFailures = failure ? m_consecutiveFailures + 1 : 0;
        if (m_config.consecutiveFailureThreshold > 0 && m_consecutiveFailures >= m_config.consecutiveFailureThreshold) {
            transitionLocked(BreakerState::Open,
                             QStringLiteral("%1 consecutive failures (last: %2)").arg(m_consecutiveFailures).arg(m_lastError),
                             out);
            return;
        }
        if (m_config.failureRateThreshold > 0) {
            const WindowCounts c = m_window->counts(nowMs);
            if (c.calls >= m_config.minimumCalls && c.calls > 0) {
                const double rate = 100.0 * c.failures / c.calls;
                if (rate >= m_config.failureRateThreshold) {
                    transitionLocked(BreakerState::Open,
                                     QStringLiteral("failure rate %1% over %2 calls reached the threshold of %3%"
                                                    " (%4 slow)")
                                         .arg(rate, 0, 'f', 1)
                                         .arg(c.calls)
                                         .arg(m_config.failureRateThreshold, 0, 'f', 1)
                                         .arg(c.slow),
                                     out);
                }
            }
        }
        return;
    }
    case BreakerState::HalfOpen:
        if (m_halfOpenInFlight > 0)
            --m_halfOpenInFlight;
        if (failure) {
            transitionLocked(BreakerState::Open, QStringLiteral("trial call failed: %1").arg(m_lastError), out);
        } else {
            ++m_halfOpenSucceeded;
            if (m_halfOpenSucceeded >= m_config.halfOpenPermittedCalls)
                transitionLocked(BreakerState::Closed,
                                 QStringLiteral("%1 trial call(s) succeeded").arg(m_halfOpenSucceeded), out);
        }
        return;
    case BreakerState::Open:
    case BreakerState::ForcedOpen:
    case BreakerState::Disabled:
        return;
    }
}

void CircuitBreaker::transitionLocked(BreakerState to, const QString &reason, QList<BreakerTransition> &out)
{
    const BreakerState from = m_state;
    if (from == to)
        return;
    m_state = to;
    ++m_epoch;
    m_sinceUs = m_clock.nowUs();
    m_halfOpenInFlight = 0;
    m_halfOpenSucceeded = 0;
    switch (to) {
    case BreakerState::Open:
        m_currentWaitMs = waitForNextOpenMs();
        ++m_consecutiveOpens;
        m_openUntilMs = m_clock.monotonicMs() + m_currentWaitMs;
        break;
    case BreakerState::HalfOpen:
        break;
    case BreakerState::Closed:
        m_window->clear();
        m_consecutiveFailures = 0;
        m_consecutiveOpens = 0;
        m_currentWaitMs = waitForNextOpenMs();
        break;
    case BreakerState::ForcedOpen:
    case BreakerState::Disabled:
        m_window->clear();
        m_consecutiveFailures = 0;
        break;
    }
    BreakerTransition t{m_name, from, to, reason, m_sinceUs};
    out.append(t);
}

void CircuitBreaker::pollLocked(QList<BreakerTransition> &out)
{
    if (m_state == BreakerState::Open && m_clock.monotonicMs() >= m_openUntilMs)
        transitionLocked(BreakerState::HalfOpen,
                         QStringLiteral("wait of %1 s in open elapsed").arg(seconds(m_currentWaitMs)), out);
}

void CircuitBreaker::emitAll(const QList<BreakerTransition> &transitions)
{
    for (const BreakerTransition &t : transitions) {
        if (t.to == BreakerState::Open || t.to == BreakerState::ForcedOpen)
            qCWarning(lcReliability).noquote() << "breaker" << t.name << toString(t.from) << "->" << toString(t.to)
                                               << ":" << t.reason;
        else
            qCInfo(lcReliability).noquote() << "breaker" << t.name << toString(t.from) << "->" << toString(t.to)
                                            << ":" << t.reason;
        Q_EMIT transitioned(t);
    }
}

void CircuitBreaker::forceOpen(const QString &reason)
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        transitionLocked(BreakerState::ForcedOpen, reason.isEmpty() ? QStringLiteral("forced open by operator") : reason,
                         out);
    }
    emitAll(out);
}

void CircuitBreaker::disable(const QString &reason)
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        transitionLocked(BreakerState::Disabled, reason.isEmpty() ? QStringLiteral("disabled by operator") : reason,
                         out);
    }
    emitAll(out);
}

void CircuitBreaker::reset(const QString &reason)
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        transitionLocked(BreakerState::Closed, reason.isEmpty() ? QStringLiteral("reset by operator") : reason, out);
        m_window->clear();
        m_consecutiveFailures = 0;
        m_consecutiveOpens = 0;
        m_currentWaitMs = waitForNextOpenMs();
        m_success = m_failure = m_slow = m_rejected = 0;
        m_lastError.clear();
        m_lastErrorUs = 0;
    }
    emitAll(out);
}

void CircuitBreaker::poll()
{
    QList<BreakerTransition> out;
    {
        QMutexLocker lock(&m_mutex);
        pollLocked(out);
    }
    emitAll(out);
}

BreakerState CircuitBreaker::state()
{
    QList<BreakerTransition> out;
    BreakerState s;
    {
        QMutexLocker lock(&m_mutex);
        pollLocked(out);
        s = m_state;
    }
    emitAll(out);
    return s;
}

BreakerStats CircuitBreaker::stats()
{
    QList<BreakerTransition> out;
    BreakerStats s;
    {
        QMutexLocker lock(&m_mutex);
        pollLocked(out);
        s = statsLocked();
    }
    emitAll(out);
    return s;
}

BreakerStats CircuitBreaker::statsLocked() const
{
    BreakerStats s;
    s.name = m_name;
    s.state = m_state;
    s.sinceUs = m_sinceUs;
    s.successCount = m_success;
    s.failureCount = m_failure;
    s.slowCount = m_slow;
    s.rejectedCount = m_rejected;
    const WindowCounts c = m_window->counts(m_clock.monotonicMs());
    s.windowCalls = c.calls;
    s.windowFailures = c.failures;
    s.windowSlow = c.slow;
    s.failureRate = (c.calls >= m_config.minimumCalls && c.calls > 0) ? 100.0 * c.failures / c.calls : -1.0;
    s.consecutiveFailures = m_consecutiveFailures;
    s.halfOpenInFlight = m_halfOpenInFlight;
    s.halfOpenSucceeded = m_halfOpenSucceeded;
    s.lastError = m_lastError;
    s.lastErrorUs = m_lastErrorUs;
    if (m_state == BreakerState::Open)
        s.nextTrialUs = m_clock.nowUs() + std::max<qint64>(0, m_openUntilMs - m_clock.monotonicMs()) * 1000;
    s.currentWaitMs = m_currentWaitMs;
    s.consecutiveOpens = m_consecutiveOpens;
    return s;
}

} // namespace ge::reliability
