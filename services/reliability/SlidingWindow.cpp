#include "reliability/SlidingWindow.h"

#include <algorithm>

namespace ge::reliability {

CountSlidingWindow::CountSlidingWindow(int size)
    : m_ring(static_cast<size_t>(std::max(1, size)), 0)
{
}

void CountSlidingWindow::record(qint64, bool failure, bool slow)
{
    const int size = static_cast<int>(m_ring.size());
    if (m_filled == size) {
        const quint8 old = m_ring[static_cast<size_t>(m_next)];
        m_totals.calls -= 1;
        m_totals.failures -= (old & 1) ? 1 : 0;
        m_totals.slow -= (old & 2) ? 1 : 0;
    } else {
        ++m_filled;
    }
    const quint8 value = static_cast<quint8>((failure ? 1 : 0) | (slow ? 2 : 0));
    m_ring[static_cast<size_t>(m_next)] = value;
    m_totals.calls += 1;
    m_totals.failures += failure ? 1 : 0;
    m_totals.slow += slow ? 1 : 0;
    m_next = (m_next + 1) % size;
}

WindowCounts CountSlidingWindow::counts(qint64)
{
    return m_totals;
}

void CountSlidingWindow::clear()
{
    std::fill(m_ring.begin(), m_ring.end(), quint8(0));
    m_next = 0;
    m_filled = 0;
    m_totals = {};
}

TimeSlidingWindow::TimeSlidingWindow(int seconds)
    : m_slots(static_cast<size_t>(std::max(1, seconds)))
{
}

namespace {
qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}
} // namespace

void TimeSlidingWindow::record(qint64 nowMs, bool failure, bool slow)
{
    const qint64 second = floorDiv(nowMs, 1000);
    const qint64 n = static_cast<qint64>(m_slots.size());
    Slot &slot = m_slots[static_cast<size_t>(((second % n) + n) % n)];
    if (slot.second != second) {
        slot.second = second;
        slot.counts = {};
    }
    slot.counts.calls += 1;
    slot.counts.failures += failure ? 1 : 0;
    slot.counts.slow += slow ? 1 : 0;
}

WindowCounts TimeSlidingWindow::counts(qint64 nowMs)
{
    const qint64 second = floorDiv(nowMs, 1000);
    const qint64 n = static_cast<qint64>(m_slots.size());
    WindowCounts total;
    for (const Slot &slot : m_slots) {
        if (slot.second < 0 || slot.second <= second - n || slot.second > second)
            continue;
        total.calls += slot.counts.calls;
        total.failures += slot.counts.failures;
        total.slow += slot.counts.slow;
    }
    return total;
}

void TimeSlidingWindow::clear()
{
    std::fill(m_slots.begin(), m_slots.end(), Slot{});
}

std::unique_ptr<SlidingWindow> makeSlidingWindow(bool timeBased, int size)
{
    if (timeBased)
        return std::make_unique<TimeSlidingWindow>(size);
    return std::make_unique<CountSlidingWindow>(size);
}

} // namespace ge::reliability
