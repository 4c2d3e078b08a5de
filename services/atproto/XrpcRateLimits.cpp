#include "atproto/XrpcClient.h"
#include "reliability/RateLimiter.h"

using namespace Qt::StringLiterals;

namespace ge::atproto {

void applyRateLimitBuckets(net::HttpPolicy &policy, const XrpcCallInfo &call)
{
    if (call.write && !call.repo.isEmpty()) {
        policy.rateBuckets = {reliability::RateLimiter::writesHourBucket(call.repo),
                              reliability::RateLimiter::writesDayBucket(call.repo)};
        policy.points = call.points;
        return;
    }
    if (call.nsid == u"com.atproto.server.createSession") {
        policy.rateBuckets = {reliability::RateLimiter::createSessionBucket()};
        policy.points = 1;
    }
}

} // namespace ge::atproto
