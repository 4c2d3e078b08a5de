#include "net/NetLog.h"

namespace ge::net {
Q_LOGGING_CATEGORY(lcNet, "ge.net")
} // namespace ge::net
