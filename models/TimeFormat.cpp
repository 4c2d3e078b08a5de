#include "TimeFormat.h"

#include <QCoreApplication>
#include <QDateTime>

using namespace Qt::StringLiterals;

namespace ge::models {

QString relativeTime(qint64 thenUs, qint64 nowUs)
{
    if (thenUs <= 0)
        return {};
    const qint64 s = std::max<qint64>(0, (nowUs - thenUs) / 1'000'000);
    if (s < 60)
        return QCoreApplication::translate("Time", "%1 s ago").arg(s);
    if (s < 3600)
        return QCoreApplication::translate("Time", "%1 min ago").arg(s / 60);
    if (s < 86400)
        return QCoreApplication::translate("Time", "%1 h ago").arg(s / 3600);
    return QCoreApplication::translate("Time", "%1 d ago").arg(s / 86400);
}

QString absoluteTime(qint64 us)
{
    if (us <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(us / 1000).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString duration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return QCoreApplication::translate("Time", "%1 s").arg(seconds);
    if (seconds < 3600)
        return QCoreApplication::translate("Time", "%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("Time", "%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace ge::models
