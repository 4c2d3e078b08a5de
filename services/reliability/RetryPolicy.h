#pragma once

#include "core/Error.h"

#include <chrono>
#include <memory>

namespace ge::reliability {

// Source of uniform random numbers, injectable so tests can pin the jitter.
class RandomSource
{
public:
    virtual ~RandomSource() = default;
    // Uniform in [0, 1).
    virtual double uniform01() = 0;
};

// Thread-safe default backed by QRandomGenerator::global().
class SystemRandomSource final : public RandomSource
{
public:
    double uniform01() override;
};

// Always returns the same value (tests).
class FixedRandomSource final : public RandomSource
{
public:
    explicit FixedRandomSource(double value) : m_value(value) {}
    double uniform01() override { return m_value; }
    void set(double value) { m_value = value; }

private:
    double m_value;
};

struct RetryDecision
{
    bool retry = false;
    std::chrono::milliseconds delay{0};
    QString reason; // why not / why this delay (for logs)
};

// Exponential backoff with full jitter.
//
// Retry n (0 for the first retry) waits uniformly in [min(minDelay, ceiling(n)), ceiling(n)]
// where ceiling(n) = min(maxDelay, baseDelay * 2^n). With minDelay = 0 this is the classic
// "full jitter"; interactive calls use a small floor (100 ms) so the first retry lands in
// 100–300 ms. A rate-limited error with a known retryAfter waits exactly that long instead
// (if it is not longer than maxRetryAfter; otherwise the call fails and the caller sees the
// wait). Only retryable errors are retried, and at most maxAttempts attempts are made in all.
struct RetryPolicy
{
    int maxAttempts = 3; // including the first attempt; 1 = never retry
    std::chrono::milliseconds minDelay{0};
    std::chrono::milliseconds baseDelay{200};
    std::chrono::milliseconds maxDelay{3000};
    std::chrono::milliseconds maxRetryAfter{60000};

    // User-facing calls: 3 attempts, first retry in 100–300 ms, cap 3 s, honour 429 waits up to 10 s.
    static RetryPolicy interactive();
    // Background collectors/backfill: 6 attempts, first retry within 1 s, cap 60 s, 429 waits up to 15 min.
    static RetryPolicy collector();
    // Writes (campaign follows): 4 attempts, cap 30 s, 429 waits up to 1 h.
    static RetryPolicy write();
    static RetryPolicy none();

    // Upper bound of the delay before retry n (n >= 0): min(maxDelay, baseDelay * 2^n).
    std::chrono::milliseconds ceiling(int retryIndex) const;
    // Jittered delay before retry n, drawn from `random`.
    std::chrono::milliseconds backoff(int retryIndex, RandomSource &random) const;

    // Decides after attempt number `attempt` (1-based) failed with `error`.
    // `requestMaySideEffect`: the request was non-idempotent and may have reached the server;
    // such a request is only retried for errors that prove it was not processed (rate_limited).
    RetryDecision decide(int attempt, const Error &error, RandomSource &random,
                         bool requestMaySideEffect = false) const;
};

// Stateful backoff sequence for reconnect loops (WebSocket collectors): next() returns the
// jittered delay for the current streak and advances it; reset() after a healthy period.
class Backoff
{
public:
    Backoff(RetryPolicy policy, RandomSource &random) : m_policy(policy), m_random(&random) {}
    std::chrono::milliseconds next();
    void reset() { m_retry = 0; }
    int streak() const { return m_retry; }

private:
    RetryPolicy m_policy;
    RandomSource *m_random;
    int m_retry = 0;
};

} // namespace ge::reliability
