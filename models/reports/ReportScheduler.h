#pragma once

#include "reports/ReportRunner.h"
#include "reports/ReportSchedule.h"

#include <QObject>
#include <QTimer>

namespace ge {
class Clock;
}

namespace ge::reports {

// Writes scheduled reports while the app runs: checks the schedule on a timer (and on demand),
// and when the latest complete week or month has not been written yet, asks a ReportRunner
// (connect runRequested → ReportRunner::run and ReportRunner::finished → onFinished, queued).
class ReportScheduler : public QObject
{
    Q_OBJECT
public:
    ReportScheduler(const Clock &clock, storage::DatabaseConfig database, QObject *parent = nullptr);

    void setSchedule(const ReportSchedule &schedule);
    const ReportSchedule &schedule() const { return m_schedule; }
    bool isRunning() const { return m_running; }

    // Checks every intervalMs (default one minute).
    void start(int intervalMs = 60'000);
    void stop();

public Q_SLOTS:
    // Requests a run when one is due; returns whether it did.
    bool checkNow();
    void onFinished(const ge::reports::ReportResult &result);

Q_SIGNALS:
    void runRequested(const ge::reports::ReportRequest &request);
    // The schedule advanced (lastPeriodEnd moved): persist it.
    void scheduleChanged(const ge::reports::ReportSchedule &schedule);
    void reportWritten(const QString &path);
    void reportFailed(const QString &message);

private:
    const Clock &m_clock;
    storage::DatabaseConfig m_database;
    ReportSchedule m_schedule;
    QTimer m_timer;
    bool m_running = false;
    ReportPeriod m_pending;
};

} // namespace ge::reports
