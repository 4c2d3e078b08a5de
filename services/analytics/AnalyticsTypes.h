#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// Plain value types returned by the dashboard's read queries. They cross from the reader
// thread to the GUI thread by value; no SQL handles or QObjects inside.
namespace ge::analytics {

struct TrackedAccount
{
    QString did;
    QString handle;
    bool own = true;
};

// One calendar day (local time of the requester) for one account, or summed over accounts.
struct DayStats
{
    QDate date;
    qint64 followed = 0;    // follow events whose subject is the account
    qint64 unfollowed = 0;  // attributed unfollow events
    qint64 followers = -1;  // followers at the end of the day (-1: unknown)
    qint64 likes = 0;
    qint64 reposts = 0;
    qint64 replies = 0;
    qint64 quotes = 0;

    qint64 net() const { return followed - unfollowed; }
    // engagement score = like + 2*repost + 3*reply + 2*quote (the original Growth Engine's weights)
    qint64 score() const { return likes + 2 * reposts + 3 * replies + 2 * quotes; }
};

// Day-by-day history of one account, contiguous from firstDate to lastDate (no gaps).
struct AccountHistory
{
    QString did;     // empty for "all accounts" (summed)
    QString handle;
    QList<DayStats> days;
};

struct AccountSummary
{
    QString did;     // empty for the "all accounts" row
    QString handle;
    qint64 followersNow = 0;
    bool followersKnown = false;
    qint64 changeToday = 0;
    qint64 change7d = 0;
    qint64 change30d = 0;
    qint64 new7d = 0;
    qint64 lost7d = 0;
    qint64 new30d = 0;
    qint64 lost30d = 0;
    qint64 mutuals = 0;
    bool mutualsKnown = false; // the first delivery of a summary leaves the (slower) mutuals count out
    qint64 engagementThisWeek = 0;
    qint64 engagementLastWeek = 0;
    QList<qint64> followersSparkline; // end-of-day followers, last 30 days, oldest first
    QList<qint64> engagementSparkline; // daily score, last 30 days
};

enum class AudienceKind {
    Followers,
    Following,
    Mutuals,
    NotFollowedBack,   // they follow the account, the account does not follow them
    NotFollowingBack,  // the account follows them, they do not follow back
    RecentUnfollowers,
    DayChanges,        // who followed / unfollowed within [fromUs, toUs)
};
QString toString(AudienceKind kind);

struct AudienceEntry
{
    QString did;
    QString handle;
    QString displayName;
    qint64 followersCount = -1;
    qint64 postsCount = -1;
    qint64 firstSeenUs = 0;  // when the relation was first seen (or the event time)
    qint64 lastActiveUs = 0; // last time the collectors saw this relation or account
    qint64 sortTimeUs = 0;   // keyset paging key (descending)
    qint64 sortRowId = 0;
    QString change;          // "follow" / "unfollow" for DayChanges and RecentUnfollowers
    bool followsAccount = false;
    bool followedByAccount = false;
};

struct AudienceQuery
{
    QString accountDid;
    AudienceKind kind = AudienceKind::Followers;
    QString search;          // substring of handle or display name
    qint64 fromUs = 0;       // DayChanges window
    qint64 toUs = 0;
    int limit = 500;
    // keyset cursor: rows strictly after (afterTimeUs, afterRowId) in (time DESC, rowid DESC) order
    bool hasCursor = false;
    qint64 afterTimeUs = 0;
    qint64 afterRowId = 0;
};

struct AudiencePage
{
    AudienceQuery query;
    QList<AudienceEntry> rows;
    bool atEnd = true;
    qint64 total = -1;        // counted on the first page only (-1 on later pages)
};

} // namespace ge::analytics

Q_DECLARE_METATYPE(ge::analytics::TrackedAccount)
Q_DECLARE_METATYPE(ge::analytics::AccountHistory)
Q_DECLARE_METATYPE(ge::analytics::AccountSummary)
Q_DECLARE_METATYPE(ge::analytics::AudienceQuery)
Q_DECLARE_METATYPE(ge::analytics::AudiencePage)
