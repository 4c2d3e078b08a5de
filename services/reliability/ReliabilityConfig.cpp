#include "reliability/ReliabilityConfig.h"

#include <algorithm>

namespace ge::reliability {

using std::chrono::milliseconds;

BreakerConfig breakerConfigFrom(const AppConfig &c)
{
    BreakerConfig b;
    b.consecutiveFailureThreshold = std::max(1, c.breakerFailureThreshold);
    b.failureRateThreshold = std::clamp(c.breakerFailureRate * 100.0, 0.0, 100.0);
    b.windowType = SlidingWindowType::CountBased;
    b.windowSize = std::max(2, c.breakerWindowSize);
    b.minimumCalls = std::max(2, c.breakerWindowSize / 2);
    b.waitInOpen = std::chrono::seconds(std::max(1, c.breakerOpenSeconds));
    b.openBackoffMultiplier = 2.0;
    b.maxWaitInOpen = std::max<milliseconds>(b.waitInOpen, std::chrono::minutes(10));
    b.halfOpenPermittedCalls = std::max(1, c.breakerHalfOpenTrials);
    b.slowCallThreshold = milliseconds(std::max(1, c.httpTotalTimeoutMs) * 2 / 3);
    return b;
}

RetryPolicy interactiveRetryFrom(const AppConfig &c)
{
    RetryPolicy p = RetryPolicy::interactive();
    p.maxAttempts = std::max(1, c.retryMaxAttempts);
    p.baseDelay = milliseconds(std::max(1, c.retryBaseMs));
    p.minDelay = milliseconds(std::max(1, c.retryBaseMs) / 3);
    p.maxDelay = milliseconds(std::max(c.retryBaseMs, c.retryCapMs));
    return p;
}

RetryPolicy collectorRetryFrom(const AppConfig &c)
{
    RetryPolicy p = RetryPolicy::collector();
    p.maxAttempts = std::max(6, c.retryMaxAttempts);
    p.maxDelay = std::max(p.maxDelay, milliseconds(c.retryCapMs));
    return p;
}

net::HttpPolicy httpPolicyFrom(const AppConfig &c, const QString &dependency, const RetryPolicy &retry)
{
    net::HttpPolicy p;
    p.dependency = dependency;
    p.retry = retry;
    p.connectTimeout = milliseconds(std::max(1, c.httpConnectTimeoutMs));
    p.totalTimeout = milliseconds(std::max(1, c.httpTotalTimeoutMs));
    return p;
}

} // namespace ge::reliability
