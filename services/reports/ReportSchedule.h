#pragma once

#include "reports/ReportTypes.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ge::reports {

enum class ScheduleFrequency { Off, Weekly, Monthly };

QString toString(ScheduleFrequency f);
ScheduleFrequency scheduleFrequencyFromString(const QString &s);

// A report the app writes by itself while it runs: every week (the last full Monday–Sunday) or
// every month (the last full calendar month), into a folder, in one format.
struct ReportSchedule
{
    ScheduleFrequency frequency = ScheduleFrequency::Off;
    QString folder;
    QString format = QStringLiteral("pdf"); // pdf, csv (written as .zip), json, png
    QStringList accounts;                    // DIDs or handles; empty = every tracked account
    QDate lastPeriodEnd;                     // end of the last period written (persisted)

    bool isEnabled() const { return frequency != ScheduleFrequency::Off && !folder.isEmpty(); }

    // The most recent complete period as of `today` (UTC day).
    ReportPeriod latestPeriod(QDate today) const;
    // True when the latest complete period has not been written yet.
    bool isDue(QDate today) const;
    // File name for a period: growth-report_<from>_<to>.<ext> (".zip" for csv).
    QString fileName(const ReportPeriod &period) const;
};

} // namespace ge::reports
