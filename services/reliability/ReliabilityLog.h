#pragma once

#include <QLoggingCategory>

namespace ge::reliability {
Q_DECLARE_LOGGING_CATEGORY(lcReliability)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
} // namespace ge::reliability
