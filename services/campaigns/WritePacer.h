#pragma once

#include "campaigns/FollowGateway.h"
#include "core/Clock.h"

#include <QString>

#include <deque>

namespace ge::campaigns {

// Budget and pace of one account's repo writes (GUIDE §3: 5,000 points/hour, 35,000/day per
// account; create = 3, delete = 1). The campaign spends at most (limit - headroom) in ANY sliding
// hour and day, which bounds every fixed window the server counts in, so our own pacing can never
// earn a 429. On top: the user's maximum pace, the server's RateLimit-* headers and Retry-After.
struct PacerConfig
{
    int hourlyPoints = 5000;
    int dailyPoints = 35000;
    double headroomFraction = 0.10; // left for the person's own activity
    int maxWritesPerHour = 0;       // user's maximum pace; 0 = budget only
    qint64 minIntervalMs = 250;     // floor between two writes (keeps the per-IP request rate sane)

    int hourlyBudget() const;
    int dailyBudget() const;
};

class WritePacer
{
public:
    WritePacer(const Clock &clock, PacerConfig config);

    const PacerConfig &config() const { return m_config; }
    void setMaxWritesPerHour(int perHour) { m_config.maxWritesPerHour = perHour; }

    // Earliest time (epoch us) a write of `cost` points may start; <= now means "now".
    qint64 earliestAllowedUs(int cost) const;
    // Why earliestAllowedUs() is in the future (translated), empty when it is not.
    QString waitReason(int cost) const;

    // A write was sent (count it even if the response never arrived: the server may have counted it).
    void recordSpend(int cost, qint64 atUs);
    // The write recorded at `atUs` was refused before anything was written (429, local rate
    // limiter, open breaker): its points are given back.
    void refundSpend(int cost, qint64 atUs);
    // Restart: seed the windows with writes the database says happened in the last day.
    void seed(const QList<QPair<qint64, int>> &spends);

    void applyServerLimit(const ServerRateLimit &limit);
    void applyRetryAfter(qint64 untilUs);

    int spentInLastHour() const;
    int spentInLastDay() const;
    int writesInLastHour() const;

    // Simulated finish time of `writes` writes of `cost` each, starting now with the current windows.
    qint64 estimateFinishUs(int writes, int cost) const;

private:
    struct Spend
    {
        qint64 atUs;
        int cost;
    };
    qint64 simulate(int cost, int writes, int *blockedBy) const;
    void prune(qint64 nowUs);

    const Clock &m_clock;
    PacerConfig m_config;
    std::deque<Spend> m_spends; // time order, last 24 h
    ServerRateLimit m_server;
    qint64 m_serverSeenUs = 0;
    qint64 m_retryAfterUs = 0;
};

} // namespace ge::campaigns
