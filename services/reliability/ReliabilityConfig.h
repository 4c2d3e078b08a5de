#pragma once

#include "config/AppConfig.h"
#include "net/HttpTypes.h"
#include "reliability/BreakerTypes.h"
#include "reliability/RetryPolicy.h"

namespace ge::reliability {

// The configured defaults (breaker.*, retry.*, http.*) as reliability types, so every caller
// builds its policies the same way.
BreakerConfig breakerConfigFrom(const AppConfig &config);
// Interactive policy with the configured attempts/base/cap (first retry in [base/3, base]).
RetryPolicy interactiveRetryFrom(const AppConfig &config);
// Collector policy: the configured attempts at least 6, cap at least 60 s.
RetryPolicy collectorRetryFrom(const AppConfig &config);
net::HttpPolicy httpPolicyFrom(const AppConfig &config, const QString &dependency, const RetryPolicy &retry);

} // namespace ge::reliability
