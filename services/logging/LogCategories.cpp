#include "logging/LogCategories.h"

Q_LOGGING_CATEGORY(lcApp, "ge.app")
Q_LOGGING_CATEGORY(lcConfig, "ge.config")
Q_LOGGING_CATEGORY(lcMetrics, "ge.metrics")
Q_LOGGING_CATEGORY(lcStatus, "ge.status")
