#pragma once

#include <QString>

namespace ge::models {

// "12 s ago", "5 min ago", "3 h ago", "2 d ago"; empty for 0.
QString relativeTime(qint64 thenUs, qint64 nowUs);
// Local date and time, e.g. "2026-11-22 09:14:03"; empty for 0.
QString absoluteTime(qint64 us);
// "4 min 05 s", "1 h 02 min"; for countdowns and ETAs.
QString duration(qint64 seconds);

} // namespace ge::models
