#pragma once

#include "analytics/AnalyticsTypes.h"
#include "core/Result.h"

#include <QSqlDatabase>
#include <QStringList>

namespace ge::analytics {

// The dashboard's read queries against schema v1 (services/storage/migrations). Runs on a
// reader thread with that thread's own connection; never call it on the GUI thread.
//
// Days are cut at utcOffsetSec. With offset 0 (the service's default) days are UTC days and the
// day series come from storage's daily aggregates (follow_daily, engagement_daily), which
// survive the raw-event retention; any other offset cuts the raw events instead.
class AnalyticsQueries
{
public:
    AnalyticsQueries(QSqlDatabase db, qint64 nowUs, int utcOffsetSec);

    Result<QList<TrackedAccount>> accounts() const;

    // Followers right now: the latest follower-count snapshot plus the follow/unfollow events
    // seen after it; without a snapshot, the number of active follow edges we hold.
    Result<qint64> followersNow(const QString &did, bool *known = nullptr) const;
    Result<qint64> mutualsCount(const QString &did) const;

    // Contiguous day-by-day history [from, to] (inclusive). Followers at the end of each day
    // are reconstructed backwards from followersNow(): a day's snapshot (if any) wins,
    // otherwise F(d-1) = F(d) - net(d).
    Result<AccountHistory> history(const QString &did, QDate from, QDate to) const;
    // Element-wise sum of several accounts' histories over the same range.
    static AccountHistory sum(const QList<AccountHistory> &parts);

    // One summary per did plus, when dids has more than one entry, a leading "all accounts" row.
    // Without mutuals the summaries come back in a fraction of the time (mutualsKnown false).
    Result<QList<AccountSummary>> summaries(const QStringList &dids, bool withMutuals = true) const;
    // Fills in mutuals (and the "all accounts" sum) of summaries made without them.
    Status addMutuals(QList<AccountSummary> &summaries) const;

    Result<AudiencePage> audience(const AudienceQuery &query) const;

    // Local day helpers (shared with tests).
    QDate today() const;
    qint64 dayStartUs(QDate date) const;
    QDate dateOf(qint64 us) const;

    // Storage's daily aggregates (schema v2) hold new/lost and engagement per UTC day.
    bool hasDailyAggregates() const;

private:
    QString dayExpr(const QString &column) const;
    // storage::followChangesRelation(): the view follow_changes (schema v5) or follow_events.
    const QString &followChanges() const;

    QSqlDatabase m_db;
    qint64 m_nowUs;
    int m_offset;
    mutable int m_aggregates = -1;
    mutable QString m_followChanges;
};

} // namespace ge::analytics
