#pragma once

#include <QtGlobal>

#include <memory>
#include <vector>

namespace ge::reliability {

struct WindowCounts
{
    int calls = 0;
    int failures = 0; // includes slow successes
    int slow = 0;
};

// Outcome window of a circuit breaker. Not thread-safe (the breaker's mutex guards it).
class SlidingWindow
{
public:
    virtual ~SlidingWindow() = default;
    virtual void record(qint64 nowMs, bool failure, bool slow) = 0;
    virtual WindowCounts counts(qint64 nowMs) = 0;
    virtual void clear() = 0;
};

// The last `size` calls (a ring buffer with running totals).
class CountSlidingWindow final : public SlidingWindow
{
public:
    explicit CountSlidingWindow(int size);
    void record(qint64 nowMs, bool failure, bool slow) override;
    WindowCounts counts(qint64 nowMs) override;
    void clear() override;

private:
    std::vector<quint8> m_ring; // bit 0: failure, bit 1: slow
    int m_next = 0;
    int m_filled = 0;
    WindowCounts m_totals;
};

// The calls of the last `seconds` seconds, aggregated per second (partial aggregation as in
// resilience4j): O(seconds) memory regardless of call volume.
class TimeSlidingWindow final : public SlidingWindow
{
public:
    explicit TimeSlidingWindow(int seconds);
    void record(qint64 nowMs, bool failure, bool slow) override;
    WindowCounts counts(qint64 nowMs) override;
    void clear() override;

private:
    struct Slot
    {
        qint64 second = -1;
        WindowCounts counts;
    };
    std::vector<Slot> m_slots;
};

std::unique_ptr<SlidingWindow> makeSlidingWindow(bool timeBased, int size);

} // namespace ge::reliability
