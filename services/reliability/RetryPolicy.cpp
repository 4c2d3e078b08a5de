#include "reliability/RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace ge::reliability {

using std::chrono::milliseconds;

double SystemRandomSource::uniform01()
{
    return QRandomGenerator::global()->generateDouble();
}

RetryPolicy RetryPolicy::interactive()
{
    RetryPolicy p;
    p.maxAttempts = 3;
    p.minDelay = milliseconds(100);
    p.baseDelay = milliseconds(300);
    p.maxDelay = milliseconds(3000);
    p.maxRetryAfter = milliseconds(10000);
    return p;
}

RetryPolicy RetryPolicy::collector()
{
    RetryPolicy p;
    p.maxAttempts = 6;
    p.minDelay = milliseconds(250);
    p.baseDelay = milliseconds(1000);
    p.maxDelay = milliseconds(60000);
    p.maxRetryAfter = milliseconds(15 * 60 * 1000);
    return p;
}

RetryPolicy RetryPolicy::write()
{
    RetryPolicy p;
    p.maxAttempts = 4;
    p.minDelay = milliseconds(250);
    p.baseDelay = milliseconds(1000);
    p.maxDelay = milliseconds(30000);
    p.maxRetryAfter = milliseconds(60 * 60 * 1000);
    return p;
}

RetryPolicy RetryPolicy::none()
{
    RetryPolicy p;
    p.maxAttempts = 1;
    return p;
}

milliseconds RetryPolicy::ceiling(int retryIndex) const
{
    const qint64 cap = std::max<qint64>(0, maxDelay.count());
    const qint64 base = std::max<qint64>(0, baseDelay.count());
    if (base == 0)
        return milliseconds(0);
    const int n = std::clamp(retryIndex, 0, 62);
    // base * 2^n without overflow: stop doubling once past the cap.
    qint64 value = base;
    for (int i = 0; i < n && value < cap; ++i)
        value *= 2;
    return milliseconds(std::min(value, cap));
}

milliseconds RetryPolicy::backoff(int retryIndex, RandomSource &random) const
{
    const qint64 hi = ceiling(retryIndex).count();
    const qint64 lo = std::min<qint64>(std::max<qint64>(0, minDelay.count()), hi);
    double u = random.uniform01();
    if (!(u >= 0.0))
        u = 0.0;
    if (u >= 1.0)
        u = std::nextafter(1.0, 0.0);
    const qint64 span = hi - lo;
    const qint64 value = lo + static_cast<qint64>(std::floor(u * static_cast<double>(span + 1)));
    return milliseconds(std::clamp(value, lo, hi));
}

RetryDecision RetryPolicy::decide(int attempt, const Error &error, RandomSource &random,
                                  bool requestMaySideEffect) const
{
    RetryDecision d;
    if (error.category == ErrorCategory::Cancelled) {
        d.reason = QStringLiteral("cancelled");
        return d;
    }
    if (attempt >= maxAttempts) {
        d.reason = QStringLiteral("attempts exhausted (%1 of %2)").arg(attempt).arg(maxAttempts);
        return d;
    }
    if (!error.retryable) {
        d.reason = QStringLiteral("not retryable: %1").arg(toString(error.category));
        return d;
    }
    const bool rateLimited = error.category == ErrorCategory::RateLimited;
    if (requestMaySideEffect && !rateLimited) {
        d.reason = QStringLiteral("non-idempotent request may have been processed");
        return d;
    }
    if (rateLimited && error.retryAfter) {
        const milliseconds wait = std::max(milliseconds(0), *error.retryAfter);
        if (wait > maxRetryAfter) {
            d.reason = QStringLiteral("server asks to wait %1 ms, longer than %2 ms")
                           .arg(wait.count())
                           .arg(maxRetryAfter.count());
            return d;
        }
        d.retry = true;
        d.delay = wait;
        d.reason = QStringLiteral("rate limited; waiting for the server's reset");
        return d;
    }
    d.retry = true;
    d.delay = backoff(attempt - 1, random);
    d.reason = QStringLiteral("backoff");
    return d;
}

milliseconds Backoff::next()
{
    const milliseconds d = m_policy.backoff(m_retry, *m_random);
    if (m_retry < 62)
        ++m_retry;
    return d;
}

} // namespace ge::reliability
