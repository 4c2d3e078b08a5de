#pragma once

#include <QDateTime>

#include <atomic>
#include <chrono>

namespace ge {

// Injectable time source. Production code asks a Clock, tests drive a ManualClock,
// so nothing in the test suite sleeps to make time pass.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall clock, microseconds since the Unix epoch (the unit Jetstream cursors use).
    virtual qint64 nowUs() const = 0;
    // Monotonic time for durations and timeouts, in milliseconds.
    virtual qint64 monotonicMs() const = 0;

    qint64 nowMs() const { return nowUs() / 1000; }
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs(), Qt::UTC); }
};

class SystemClock final : public Clock
{
public:
    qint64 nowUs() const override;
    qint64 monotonicMs() const override;
    // Process-wide default instance (stateless, so sharing it is safe).
    static const SystemClock &instance();
};

class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startUs = 1'700'000'000'000'000) : m_us(startUs) {}
    qint64 nowUs() const override { return m_us.load(); }
    qint64 monotonicMs() const override { return m_us.load() / 1000; }
    void advanceMs(qint64 ms) { m_us += ms * 1000; }
    void advanceUs(qint64 us) { m_us += us; }
    void setUs(qint64 us) { m_us = us; }

private:
    std::atomic<qint64> m_us;
};

} // namespace ge
