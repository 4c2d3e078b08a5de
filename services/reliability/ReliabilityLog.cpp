#include "reliability/ReliabilityLog.h"

namespace ge::reliability {
Q_LOGGING_CATEGORY(lcReliability, "ge.reliability")
Q_LOGGING_CATEGORY(lcHealth, "ge.health")
} // namespace ge::reliability
