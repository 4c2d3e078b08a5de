#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <functional>
#include <optional>

namespace ge::reliability {

// The server's view of a rate limit, parsed from response headers:
//   RateLimit-Limit: 3000, RateLimit-Remaining: 2999, RateLimit-Reset: <epoch seconds>,
//   RateLimit-Policy: "3000;w=300".
struct RateLimitInfo
{
    std::optional<qint64> limit;
    std::optional<qint64> remaining;
    std::optional<qint64> resetAtUs;     // absolute, microseconds since the epoch
    std::optional<qint64> windowSeconds; // from the policy's w=
    bool present() const { return limit || remaining || resetAtUs; }
};

using HeaderLookup = std::function<QByteArray(QByteArrayView name)>;

// Parses the RateLimit-* headers. RateLimit-Reset is epoch seconds (Bluesky); a small value
// (< 10^9) is taken as delta seconds (IETF draft) and made absolute with nowUs.
RateLimitInfo parseRateLimitHeaders(const HeaderLookup &header, qint64 nowUs);

// Parses "N;w=secs" (also "N;w=secs;comment=..." and lists "N, M;w=s": the first entry).
std::optional<std::pair<qint64, qint64>> parseRateLimitPolicy(QByteArrayView value);

// How long a 429 asks to wait: Retry-After (delta seconds or HTTP date) first, then
// RateLimit-Reset. std::nullopt when neither is usable. Never negative.
std::optional<qint64> retryAfterMs(const HeaderLookup &header, qint64 nowUs);

} // namespace ge::reliability
