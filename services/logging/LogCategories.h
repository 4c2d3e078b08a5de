#pragma once

#include <QLoggingCategory>

// One category per layer of the foundation; each area declares its own ("ge.<area>").
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcMetrics)
Q_DECLARE_LOGGING_CATEGORY(lcStatus)
