#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// Compact value types that flow from the collectors (Jetstream, backfill, replay) through the
// bounded writer queue into storage. Times are Unix microseconds (Jetstream's time_us unit).
namespace ge {

enum class EventSource { Jetstream, Backfill, Campaign, Replay };
QString toString(EventSource source);

// A follow record created in follower's repo whose subject is a tracked account
// (or a follow created by a tracked account: both sides matter for mutuals).
struct FollowCreated
{
    QString followerDid;
    QString subjectDid;
    QString rkey;      // follow record key in the follower's repo ("" when unknown, e.g. AppView-only backfill)
    qint64 timeUs = 0; // event time (Jetstream time_us, or crawl time for backfill)
    EventSource source = EventSource::Jetstream;
};

// A follow record deleted. Jetstream deletes carry only the repo DID and rkey; storage
// attributes it to a subject through the rkey it stored at create time, or counts it as
// unattributed when that rkey was never seen.
struct FollowDeleted
{
    QString followerDid;
    QString rkey;
    QString subjectDid; // known only for backfill diffs; empty for Jetstream deletes
    qint64 timeUs = 0;
    EventSource source = EventSource::Jetstream;
};

enum class EngagementKind { Like, Repost, Reply, Quote };
QString toString(EngagementKind kind);
// engagement score = like + 2*repost + 3*reply + 2*quote
int engagementWeight(EngagementKind kind);

// An interaction with a tracked account's post.
struct EngagementEvent
{
    QString actorDid;      // who liked/reposted/replied/quoted
    QString collection;    // app.bsky.feed.like | repost | post
    QString rkey;          // record key in actor's repo (natural key with actorDid + collection)
    EngagementKind kind = EngagementKind::Like;
    QString subjectUri;    // at://<tracked did>/app.bsky.feed.post/<rkey>
    QString subjectDid;    // the tracked account
    qint64 timeUs = 0;
    bool deleted = false;  // a like/repost that was undone
};

// A post authored by a tracked account.
struct PostEvent
{
    QString authorDid;
    QString rkey;
    QString cid;
    QString text;
    qint64 createdAtUs = 0;
    qint64 timeUs = 0;
    bool deleted = false;
};

struct IdentityEvent
{
    QString did;
    QString handle;
    qint64 timeUs = 0;
};

struct AccountStatusEvent
{
    QString did;
    bool active = true;
    QString status; // takendown, suspended, deleted, deactivated...
    qint64 timeUs = 0;
};

struct ProfileInfo
{
    QString did;
    QString handle;
    QString displayName;
    QString description;
    QString avatarUrl;
    qint64 followersCount = -1;
    qint64 followsCount = -1;
    qint64 postsCount = -1;
    qint64 createdAtUs = 0;
    QString labelsJson; // JSON array of label values
    qint64 updatedAtUs = 0;
};

struct FollowerSnapshot
{
    QString accountDid;
    qint64 takenAtUs = 0;
    qint64 followersCount = 0;
    qint64 followsCount = 0;
    EventSource source = EventSource::Backfill;
};

struct CursorUpdate
{
    QString endpoint; // Jetstream endpoint URL (or "replay:<file>")
    qint64 cursorUs = 0;
};

// One writer transaction: everything in a batch commits together with its cursor, so a crash
// replays at most the uncommitted batch, and idempotent writes make that replay harmless.
struct WriteBatch
{
    QList<FollowCreated> followsCreated;
    QList<FollowDeleted> followsDeleted;
    QList<EngagementEvent> engagements;
    QList<PostEvent> posts;
    QList<IdentityEvent> identities;
    QList<AccountStatusEvent> accountStatuses;
    QList<ProfileInfo> profiles;
    QList<FollowerSnapshot> snapshots;
    std::optional<CursorUpdate> cursor;

    qsizetype size() const
    {
        return followsCreated.size() + followsDeleted.size() + engagements.size() + posts.size()
               + identities.size() + accountStatuses.size() + profiles.size() + snapshots.size();
    }
    bool isEmpty() const { return size() == 0 && !cursor; }
};

} // namespace ge

Q_DECLARE_METATYPE(ge::WriteBatch)
