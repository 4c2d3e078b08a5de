#pragma once

#include "core/Result.h"
#include "domain/Events.h"

#include <QHash>
#include "storage/PreparedStatement.h"

#include <memory>

namespace ge::storage {

class DbConnection;

// Counts of what a batch did beyond plain inserts (for stats and tests).
struct ApplyCounters
{
    qint64 rows = 0;                  // rows in the batches applied
    qint64 newFollows = 0;            // follow events recorded (first follow or re-follow)
    qint64 unfollows = 0;             // unfollow events recorded
    qint64 unattributedUnfollows = 0; // deletes by known followers with an unknown rkey
    qint64 ignoredDeletes = 0;        // deletes of follows we know nothing about
    qint64 duplicates = 0;            // replayed/duplicate events that changed nothing
    qint64 engagements = 0;           // engagement events recorded
    qint64 engagementUndos = 0;       // likes/reposts undone

    ApplyCounters &operator+=(const ApplyCounters &o);
};

// Applies WriteBatch contents inside a transaction the caller owns, with statements prepared once
// per connection. Lives on the writer thread. See StorageWriter.h for the semantics.
class BatchApplier
{
public:
    explicit BatchApplier(DbConnection &conn);
    ~BatchApplier();

    // Applies one batch (part of the caller's transaction). Daily aggregates and post counters are
    // accumulated in memory and written by finish(), which must run before COMMIT.
    Status apply(const WriteBatch &batch, ApplyCounters &counters);
    Status finish(ApplyCounters &counters);
    // Drops accumulated aggregates (after a rollback).
    void discard();

    static qint64 dayOf(qint64 timeUs) { return timeUs >= 0 ? timeUs / 86'400'000'000LL : (timeUs + 1) / 86'400'000'000LL - 1; }

private:
    struct FollowDay { qint64 added = 0; qint64 lost = 0; };
    struct EngageDelta { qint64 like = 0; qint64 repost = 0; qint64 reply = 0; qint64 quote = 0; };
    using Key = QPair<QString, qint64>;

    Status prepareAll();
    Status followCreated(const FollowCreated &f, ApplyCounters &c);
    Status followDeleted(const FollowDeleted &f, ApplyCounters &c);
    Status recordFollowEvent(const QString &follower, const QString &subject, bool follow, const QString &rkey,
                             qint64 timeUs, EventSource source, ApplyCounters &c);
    void countFollowEvent(const QString &subject, bool follow, qint64 timeUs, ApplyCounters &c);
    Status engagement(const EngagementEvent &e, ApplyCounters &c);
    void addEngagementDelta(const QString &subjectDid, const QString &subjectUri, EngagementKind kind, qint64 timeUs,
                            int delta);

    DbConnection &m_conn;
    bool m_prepared = false;
    // Prepared once per connection, reused for every batch (raw sqlite3 statements on SQLite).
    PreparedStatement m_edgeGet, m_edgeUpsert, m_edgeReactivate, m_edgeTouch, m_edgeByRkey, m_edgeRkeyKnown, m_edgeRemove;
    PreparedStatement m_eventInsert, m_eventByRkey, m_knownFollower, m_unattributed;
    PreparedStatement m_engInsert, m_engUndo, m_postUpsert, m_postDelete, m_postCounters;
    PreparedStatement m_identity, m_accountHandle, m_status, m_profile, m_snapshot, m_cursor;
    PreparedStatement m_followDaily, m_engageDaily, m_counter;
    // Reports: engagement per post and UTC day (post_engagement_daily, migration 0003).
    PreparedStatement m_postEngageDaily;
    QHash<QPair<Key, QString>, EngageDelta> m_postEngageDays;

    QHash<Key, FollowDay> m_followDays;
    QHash<Key, EngageDelta> m_engageDays;
    QHash<QString, EngageDelta> m_postDeltas; // by subject URI; split into (author, rkey) in finish()
    qint64 m_pendingIgnored = 0;
};

} // namespace ge::storage
