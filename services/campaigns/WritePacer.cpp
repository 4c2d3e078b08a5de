#include "campaigns/WritePacer.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace ge::campaigns {

namespace {

constexpr qint64 kHourUs = 3600LL * 1000 * 1000;
constexpr qint64 kDayUs = 24 * kHourUs;
constexpr qint64 kNever = std::numeric_limits<qint64>::max() / 4;

struct PaceSpend
{
    qint64 atUs;
    int cost;
};

// One sliding window over a time-ordered list of spends, advanced monotonically.
struct Window
{
    qint64 lengthUs;
    int budget;
    size_t head = 0;
    qint64 sum = 0;
    size_t tail = 0; // spends [head, tail) are counted in sum

    // Count spends up to index `end` (exclusive) and drop those that left the window at time t.
    void sync(const std::vector<PaceSpend> &spends, size_t end, qint64 t)
    {
        while (tail < end) {
            sum += spends[tail].cost;
            ++tail;
        }
        while (head < tail && spends[head].atUs <= t - lengthUs) {
            sum -= spends[head].cost;
            ++head;
        }
    }
    // Earliest time >= t at which `cost` more points fit. Consumes the spends it waits out.
    qint64 fit(const std::vector<PaceSpend> &spends, qint64 t, int cost)
    {
        if (cost > budget)
            return kNever;
        while (sum + cost > budget && head < tail) {
            t = std::max(t, spends[head].atUs + lengthUs);
            sum -= spends[head].cost;
            ++head;
        }
        return t;
    }
};

} // namespace

int PacerConfig::hourlyBudget() const
{
    return std::max(0, int(std::floor(hourlyPoints * (1.0 - headroomFraction))));
}

int PacerConfig::dailyBudget() const
{
    return std::max(0, int(std::floor(dailyPoints * (1.0 - headroomFraction))));
}

WritePacer::WritePacer(const Clock &clock, PacerConfig config) : m_clock(clock), m_config(config) {}

qint64 WritePacer::simulate(int cost, int writes, int *blockedBy) const
{
    // Plays `writes` writes forward from now; returns the start of the last one.
    const qint64 nowUs = m_clock.nowUs();
    std::vector<PaceSpend> spends;
    spends.reserve(m_spends.size() + size_t(writes));
    for (const auto &s : m_spends)
        spends.push_back({s.atUs, s.cost});

    Window hour{kHourUs, m_config.hourlyBudget()};
    Window day{kDayUs, m_config.dailyBudget()};
    const qint64 paceGapUs = std::max<qint64>(
        m_config.minIntervalMs * 1000, m_config.maxWritesPerHour > 0 ? kHourUs / m_config.maxWritesPerHour : 0);

    qint64 t = nowUs;
    qint64 first = 0;
    int reason = 0;
    for (int i = 0; i < writes; ++i) {
        int why = 0;
        if (!spends.empty()) {
            const qint64 paced = spends.back().atUs + paceGapUs;
            if (paced > t) {
                t = paced;
                why = 3;
            }
        }
        if (i == 0) {
            if (m_retryAfterUs > t) {
                t = m_retryAfterUs;
                why = 5;
            }
            const int reserve = m_server.present() ? int(std::ceil(m_server.limit * m_config.headroomFraction)) : 0;
            if (m_server.present() && m_server.remaining < cost + reserve && m_server.resetUs > t) {
                t = m_server.resetUs;
                why = 4;
            }
        }
        // Both windows must hold the write at the same instant: iterate until stable.
        for (int guard = 0; guard < 64; ++guard) {
            hour.sync(spends, spends.size(), t);
            day.sync(spends, spends.size(), t);
            const qint64 h = hour.fit(spends, t, cost);
            const qint64 d = day.fit(spends, t, cost);
            const qint64 next = std::max(h, d);
            if (next >= kNever)
                return kNever;
            if (next == t)
                break;
            why = h >= d ? 1 : 2;
            t = next;
        }
        if (i == 0) {
            first = t;
            reason = why;
        }
        spends.push_back({t, cost});
    }
    if (blockedBy)
        *blockedBy = first > nowUs ? reason : 0;
    return t;
}

qint64 WritePacer::earliestAllowedUs(int cost) const
{
    return simulate(cost, 1, nullptr);
}

QString WritePacer::waitReason(int cost) const
{
    int reason = 0;
    simulate(cost, 1, &reason);
    switch (reason) {
    case 1: return QCoreApplication::translate("Campaigns", "hourly points budget spent; waiting for it to refill");
    case 2: return QCoreApplication::translate("Campaigns", "daily points budget spent; waiting for it to refill");
    case 3: return QCoreApplication::translate("Campaigns", "keeping the chosen pace");
    case 4: return QCoreApplication::translate("Campaigns", "server rate limit nearly reached; waiting for its reset");
    case 5: return QCoreApplication::translate("Campaigns", "server asked to retry later");
    default: return {};
    }
}

void WritePacer::recordSpend(int cost, qint64 atUs)
{
    // Keep time order even if a seed arrives out of order.
    auto it = std::upper_bound(m_spends.begin(), m_spends.end(), atUs,
                               [](qint64 t, const Spend &s) { return t < s.atUs; });
    m_spends.insert(it, Spend{atUs, cost});
    if (m_server.present())
        m_server.remaining = std::max(0, m_server.remaining - cost);
    prune(m_clock.nowUs());
}

void WritePacer::refundSpend(int cost, qint64 atUs)
{
    auto it = std::find_if(m_spends.rbegin(), m_spends.rend(),
                           [&](const Spend &s) { return s.atUs == atUs && s.cost == cost; });
    if (it == m_spends.rend())
        return;
    m_spends.erase(std::next(it).base());
    if (m_server.present())
        m_server.remaining = std::min(m_server.limit, m_server.remaining + cost);
}

void WritePacer::seed(const QList<QPair<qint64, int>> &spends)
{
    for (const auto &s : spends)
        recordSpend(s.second, s.first);
}

void WritePacer::applyServerLimit(const ServerRateLimit &limit)
{
    if (!limit.present())
        return;
    m_server = limit;
    m_serverSeenUs = m_clock.nowUs();
}

void WritePacer::applyRetryAfter(qint64 untilUs)
{
    m_retryAfterUs = std::max(m_retryAfterUs, untilUs);
}

int WritePacer::spentInLastHour() const
{
    const qint64 from = m_clock.nowUs() - kHourUs;
    int sum = 0;
    for (const Spend &s : m_spends) {
        if (s.atUs > from)
            sum += s.cost;
    }
    return sum;
}

int WritePacer::spentInLastDay() const
{
    const qint64 from = m_clock.nowUs() - kDayUs;
    int sum = 0;
    for (const Spend &s : m_spends) {
        if (s.atUs > from)
            sum += s.cost;
    }
    return sum;
}

int WritePacer::writesInLastHour() const
{
    const qint64 from = m_clock.nowUs() - kHourUs;
    int n = 0;
    for (const Spend &s : m_spends) {
        if (s.atUs > from)
            ++n;
    }
    return n;
}

qint64 WritePacer::estimateFinishUs(int writes, int cost) const
{
    if (writes <= 0)
        return m_clock.nowUs();
    return simulate(cost, writes, nullptr);
}

void WritePacer::prune(qint64 nowUs)
{
    while (!m_spends.empty() && m_spends.front().atUs <= nowUs - kDayUs)
        m_spends.pop_front();
}

} // namespace ge::campaigns
