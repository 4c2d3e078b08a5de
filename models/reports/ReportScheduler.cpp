#include "reports/ReportScheduler.h"

#include "core/Clock.h"

#include <QDir>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ge::reports {

ReportScheduler::ReportScheduler(const Clock &clock, storage::DatabaseConfig database, QObject *parent)
    : QObject(parent), m_clock(clock), m_database(std::move(database)), m_timer(this)
{
    registerReportMetaTypes();
    connect(&m_timer, &QTimer::timeout, this, &ReportScheduler::checkNow);
}

void ReportScheduler::setSchedule(const ReportSchedule &schedule)
{
    m_schedule = schedule;
}

void ReportScheduler::start(int intervalMs)
{
    m_timer.start(intervalMs);
}

void ReportScheduler::stop()
{
    m_timer.stop();
}

bool ReportScheduler::checkNow()
{
    const QDate today = m_clock.now().toUTC().date();
    if (m_running || !m_schedule.isDue(today))
        return false;
    if (!QDir().mkpath(m_schedule.folder)) {
        Q_EMIT reportFailed(tr("Cannot create the report folder %1").arg(m_schedule.folder));
        return false;
    }
    m_pending = m_schedule.latestPeriod(today);
    ReportRequest request;
    request.database = m_database;
    request.accounts = m_schedule.accounts;
    request.period = m_pending;
    request.format = m_schedule.format;
    request.outPath = QDir(m_schedule.folder).filePath(m_schedule.fileName(m_pending));
    request.nowUs = m_clock.nowUs();
    m_running = true;
    Q_EMIT runRequested(request);
    return true;
}

void ReportScheduler::onFinished(const ReportResult &result)
{
    if (!m_running)
        return;
    m_running = false;
    // A period without data is done too: there is nothing to write, and retrying every
    // minute would not change that.
    if (result.ok || result.noData) {
        m_schedule.lastPeriodEnd = m_pending.to;
        Q_EMIT scheduleChanged(m_schedule);
    }
    if (result.ok)
        Q_EMIT reportWritten(result.outPath);
    else
        Q_EMIT reportFailed(result.message);
}

} // namespace ge::reports
