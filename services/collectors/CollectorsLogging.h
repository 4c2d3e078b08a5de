#pragma once

#include <QLoggingCategory>

namespace ge::collectors {
Q_DECLARE_LOGGING_CATEGORY(lcCollectors)
}
