#include "core/ThreadPriority.h"

#include <QCoreApplication>
#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#endif

namespace ge {

bool lowerWorkerThreadPriority(int niceIncrement, QString *error)
{
#ifdef Q_OS_LINUX
    if (niceIncrement <= 0 || !QCoreApplication::instance()
        || QThread::currentThread() == QCoreApplication::instance()->thread())
        return true;
    // Once per thread, however often a worker is started on it.
    static thread_local bool lowered = false;
    if (lowered)
        return true;
    lowered = true;
    const auto tid = id_t(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int wanted = std::min(19, current + niceIncrement);
    if (wanted > current && ::setpriority(PRIO_PROCESS, tid, wanted) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
#else
    Q_UNUSED(niceIncrement);
    Q_UNUSED(error);
    return true;
#endif
}

} // namespace ge
