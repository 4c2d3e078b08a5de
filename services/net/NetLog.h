#pragma once

#include <QLoggingCategory>

namespace ge::net {
Q_DECLARE_LOGGING_CATEGORY(lcNet)
} // namespace ge::net
