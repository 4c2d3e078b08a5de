#pragma once

#include <QString>

namespace ge {

// The nice increment background workers use (collectors, replays, the storage writer).
inline constexpr int kBackgroundNice = 5;

// Lowers the calling worker thread's CPU priority by `niceIncrement` (Linux: the nice value is per
// thread, and QThread::setPriority() has no effect under SCHED_OTHER). Background work (collectors,
// the storage writer, crawls) then yields a contended core to the GUI thread when it wakes up.
//
// Does nothing (and returns true) on the main thread, for an increment <= 0, on other systems, or
// when this thread was already lowered. Returns false with `error` set when the system refused.
bool lowerWorkerThreadPriority(int niceIncrement, QString *error = nullptr);

} // namespace ge
