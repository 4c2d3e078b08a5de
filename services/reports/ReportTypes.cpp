#include "reports/ReportTypes.h"

#include <QTimeZone>

namespace ge::reports {

qint64 ReportPeriod::startUs() const
{
    return QDateTime(from, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

qint64 ReportPeriod::endUs() const
{
    return QDateTime(to.addDays(1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

bool AccountReport::hasData() const
{
    // Something happened in the period, or the account was already being observed by then.
    return newFollowers > 0 || lostFollowers > 0 || engagement.total() > 0 || !campaigns.isEmpty()
        || reportedFollowersAtEnd.has_value() || observedBeforeEnd;
}

bool Report::hasData() const
{
    for (const AccountReport &a : accounts) {
        if (a.hasData())
            return true;
    }
    return false;
}

} // namespace ge::reports
