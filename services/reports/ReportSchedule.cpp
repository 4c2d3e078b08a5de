#include "reports/ReportSchedule.h"

using namespace Qt::StringLiterals;

namespace ge::reports {

QString toString(ScheduleFrequency f)
{
    switch (f) {
    case ScheduleFrequency::Weekly: return u"weekly"_s;
    case ScheduleFrequency::Monthly: return u"monthly"_s;
    case ScheduleFrequency::Off: break;
    }
    return u"off"_s;
}

ScheduleFrequency scheduleFrequencyFromString(const QString &s)
{
    if (s == u"weekly"_s)
        return ScheduleFrequency::Weekly;
    if (s == u"monthly"_s)
        return ScheduleFrequency::Monthly;
    return ScheduleFrequency::Off;
}

ReportPeriod ReportSchedule::latestPeriod(QDate today) const
{
    if (frequency == ScheduleFrequency::Monthly) {
        const QDate firstOfThisMonth(today.year(), today.month(), 1);
        const QDate lastMonthStart = firstOfThisMonth.addMonths(-1);
        return {lastMonthStart, firstOfThisMonth.addDays(-1)};
    }
    // Weekly: the last full ISO week (Monday to Sunday) that ended before today.
    const QDate thisMonday = today.addDays(1 - today.dayOfWeek());
    return {thisMonday.addDays(-7), thisMonday.addDays(-1)};
}

bool ReportSchedule::isDue(QDate today) const
{
    if (!isEnabled() || !today.isValid())
        return false;
    const ReportPeriod p = latestPeriod(today);
    return !lastPeriodEnd.isValid() || lastPeriodEnd < p.to;
}

QString ReportSchedule::fileName(const ReportPeriod &period) const
{
    const QString ext = format == u"csv"_s ? u"zip"_s : format;
    return u"growth-report_%1_%2.%3"_s.arg(period.from.toString(Qt::ISODate), period.to.toString(Qt::ISODate), ext);
}

} // namespace ge::reports
