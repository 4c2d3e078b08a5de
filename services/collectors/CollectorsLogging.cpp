#include "collectors/CollectorsLogging.h"

namespace ge::collectors {
Q_LOGGING_CATEGORY(lcCollectors, "ge.collectors")
}
