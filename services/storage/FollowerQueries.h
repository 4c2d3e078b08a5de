#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace ge::storage {

class DbConnection;

struct DailyFollowCount
{
    qint64 day = 0; // days since the Unix epoch, UTC
    qint64 newCount = 0;
    qint64 lostCount = 0;
};

struct DailyEngagement
{
    qint64 day = 0;
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    qint64 quotes = 0;
};

struct FollowChange
{
    QString did;
    QString handle;      // from profiles, may be empty
    QString displayName;
    qint64 timeUs = 0;
};

struct WindowCounts
{
    int days = 0;
    qint64 gained = 0;
    qint64 lost = 0;
};

// What the Overview page shows for one account.
struct AccountOverview
{
    QString accountDid;
    qint64 followers = 0;          // active follow edges
    QList<WindowCounts> windows;   // 1, 7, 30, 90, 365 days
    QList<FollowChange> latestNew;  // newest 20 current followers (follow_edges)
    QList<FollowChange> latestLost; // latest 20 unfollowers (follow_edges.removed_at_us)
    qint64 engagement30d = 0;      // weighted score over 30 days
};

// Read-only queries for pages, reports and collectors. Run them on a ReadPool connection.
// All use the indexes of migrations 0001/0002; day = floor(time_us / 86400e6).
namespace queries {

Result<QList<DailyFollowCount>> dailyFollowCounts(DbConnection &conn, const QString &accountDid, qint64 fromDay,
                                                  qint64 toDay);
Result<QList<DailyEngagement>> dailyEngagement(DbConnection &conn, const QString &accountDid, qint64 fromDay,
                                               qint64 toDay);
Result<qint64> followerCount(DbConnection &conn, const QString &accountDid);
// Follows ('follow') or unfollows ('unfollow') in [fromUs, toUs), newest first (view follow_changes).
Result<QList<FollowChange>> followChanges(DbConnection &conn, const QString &accountDid, bool follows, qint64 fromUs,
                                          qint64 toUs, int limit);
// Current followers, newest first (follow_edges; uses the (subject, removed_at, first_seen) index).
Result<QList<FollowChange>> recentFollowers(DbConnection &conn, const QString &accountDid, int limit);
// Latest unfollowers, newest removal first.
Result<QList<FollowChange>> recentUnfollowers(DbConnection &conn, const QString &accountDid, int limit);
Result<AccountOverview> overview(DbConnection &conn, const QString &accountDid, qint64 nowUs);
// Last committed Jetstream cursor for an endpoint.
Result<std::optional<qint64>> cursor(DbConnection &conn, const QString &endpoint);
// Tracked accounts (not removed): DIDs.
Result<QStringList> trackedAccounts(DbConnection &conn);

} // namespace queries
} // namespace ge::storage
