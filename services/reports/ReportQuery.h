#pragma once

#include "core/Result.h"
#include "reports/ReportTypes.h"

#include <QSqlDatabase>
#include <QStringList>

#include <atomic>
#include <functional>

namespace ge::reports {

struct AccountRef
{
    QString did;
    QString handle;
    QString displayName;
    QString kind; // "own" or "watched"
};

// Assembles report data from the database with read-only SQL on the connection it is given
// (a worker's own connection; never the writer's). All days are UTC days.
// Definitions (the tests hold the report to these):
//  - the daily series (new / lost followers, followers at the end of each day, engagement per
//    kind) is the dashboard's: analytics::AnalyticsQueries::history() with UTC days — follows and
//    unfollows (storage::followChangesRelation()), engagement_events not deleted, followers anchored on the latest
//    follower-count snapshot (or the active follow edges when there is none);
//  - followers at the start = followers at the end of the day before the period;
//  - score = like + 2·repost + 3·reply + 2·quote;
//  - mutuals: follow edges active at the end of the period in both directions.
class ReportQuery
{
public:
    using Progress = std::function<void(int percent)>;

    // nowUs: the present (the follower history is anchored on the latest snapshot before it).
    ReportQuery(QSqlDatabase db, qint64 nowUs, ReportOptions options = {});

    // Tracked accounts (not removed), ordered by handle.
    Result<QList<AccountRef>> listAccounts() const;
    // Finds a tracked account by DID, handle or "@handle" (case-insensitive handle match).
    // NotFound error when there is none.
    Result<AccountRef> resolveAccount(const QString &handleOrDid) const;

    Result<AccountReport> buildAccount(const AccountRef &account, const ReportPeriod &period) const;
    // Builds the report for several accounts. `cancel` (optional) is polled between steps.
    Result<Report> build(const QList<AccountRef> &accounts, const ReportPeriod &period,
                         const QDateTime &generatedAt, const Progress &progress = {},
                         const std::atomic<bool> *cancel = nullptr) const;

private:
    QSqlDatabase m_db;
    qint64 m_nowUs = 0;
    ReportOptions m_options;
    QString m_followChanges; // storage::followChangesRelation(m_db)
};

// Checks that the connection holds a Growth Engine database (the tables reports read).
Status checkReportSchema(const QSqlDatabase &db);

// Parses "YYYY-MM-DD" strictly. Invalid QDate when the text is not such a date.
QDate parseReportDate(const QString &text);

} // namespace ge::reports
