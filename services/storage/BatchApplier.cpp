#include "storage/BatchApplier.h"

#include "storage/DbConnection.h"
#include "storage/StorageLog.h"

#include <algorithm>
#include <optional>

namespace ge::storage {

ApplyCounters &ApplyCounters::operator+=(const ApplyCounters &o)
{
    rows += o.rows;
    newFollows += o.newFollows;
    unfollows += o.unfollows;
    unattributedUnfollows += o.unattributedUnfollows;
    ignoredDeletes += o.ignoredDeletes;
    duplicates += o.duplicates;
    engagements += o.engagements;
    engagementUndos += o.engagementUndos;
    return *this;
}

namespace {

std::optional<qint64> nullIfNegative(qint64 v)
{
    return v < 0 ? std::nullopt : std::optional<qint64>(v);
}

std::optional<QString> nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? std::nullopt : std::optional<QString>(s);
}

// rkeys may arrive as null QStrings ("unknown"); the columns store '' for that.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1StringView("")) : s;
}

EngagementKind kindFromText(const QString &kind)
{
    if (kind == QLatin1StringView("repost")) {
        return EngagementKind::Repost;
    }
    if (kind == QLatin1StringView("reply")) {
        return EngagementKind::Reply;
    }
    if (kind == QLatin1StringView("quote")) {
        return EngagementKind::Quote;
    }
    return EngagementKind::Like;
}

// at://did/app.bsky.feed.post/rkey → (did, rkey); empty when the URI is not a post.
QPair<QString, QString> postOf(const QString &uri)
{
    static const QLatin1StringView prefix("at://");
    static const QLatin1StringView collection("/app.bsky.feed.post/");
    if (!uri.startsWith(prefix)) {
        return {};
    }
    const qsizetype mid = uri.indexOf(collection, prefix.size());
    if (mid < 0 || uri.indexOf(QLatin1Char('/'), mid + collection.size()) >= 0 || mid + collection.size() >= uri.size()) {
        return {};
    }
    return {uri.mid(prefix.size(), mid - prefix.size()), uri.mid(mid + collection.size())};
}

// Follow create: a new edge is inserted. On a conflict the DO UPDATE is a no-op (it rewrites
// last_seen_us with itself) whose WHERE holds only when the stored edge needs a change — a re-follow
// of a removed edge (not a stale replay) or an active edge seen later / learning its rkey. So a replay
// that changes nothing (the common duplicate) is this one statement, changing no row, and when the
// edge needs a change its stored values are still the old ones afterwards. With `returning` the
// statement also hands back (rkey, removed_at_us, last_seen_us) of the inserted or selected row.
QString edgeUpsertSql(bool returning)
{
    QString sql = QStringLiteral(
        "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
        "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (follower_did, subject_did) DO UPDATE "
        "SET last_seen_us = follow_edges.last_seen_us WHERE "
        "(follow_edges.removed_at_us IS NOT NULL AND excluded.last_seen_us > follow_edges.removed_at_us "
        "AND NOT (excluded.rkey <> '' AND excluded.rkey = follow_edges.rkey)) "
        "OR (follow_edges.removed_at_us IS NULL AND (excluded.last_seen_us > follow_edges.last_seen_us "
        "OR (follow_edges.rkey = '' AND excluded.rkey <> '')))");
    if (returning) {
        sql += QStringLiteral(" RETURNING rkey, removed_at_us, last_seen_us");
    }
    return sql;
}

} // namespace

BatchApplier::BatchApplier(DbConnection &conn) : m_conn(conn) {}

BatchApplier::~BatchApplier() = default;

Status BatchApplier::prepareAll()
{
    {
        struct P { PreparedStatement *q; QString sql; };
        const P all[] = {
            {&m_edgeGet, QStringLiteral("SELECT rkey, removed_at_us, last_seen_us FROM follow_edges WHERE follower_did = ? AND subject_did = ?")},
            // One statement per follow create, see followCreated() and edgeUpsertSql().
            {&m_edgeUpsert, edgeUpsertSql(false)},
            {&m_edgeReactivate, QStringLiteral("UPDATE follow_edges SET rkey = ?, last_seen_us = ?, removed_at_us = NULL, source = ? "
                                               "WHERE follower_did = ? AND subject_did = ?")},
            {&m_edgeTouch, QStringLiteral("UPDATE follow_edges SET last_seen_us = ?, rkey = CASE WHEN rkey = '' THEN ? ELSE rkey END "
                                          "WHERE follower_did = ? AND subject_did = ?")},
            {&m_edgeByRkey, QStringLiteral("SELECT subject_did, removed_at_us FROM follow_edges WHERE follower_did = ? AND rkey = ?")},
            // Answered from the index follow_edges_rkey (rkey, follower_did) alone: no table row is read.
            {&m_edgeRkeyKnown, QStringLiteral("SELECT 1 FROM follow_edges WHERE rkey = ? AND follower_did = ?")},
            {&m_edgeRemove, QStringLiteral("UPDATE follow_edges SET removed_at_us = ? WHERE follower_did = ? AND subject_did = ?")},
            {&m_eventInsert, QStringLiteral("INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
                                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
            {&m_eventByRkey, QStringLiteral("SELECT kind FROM follow_events WHERE follower_did = ? AND rkey = ?")},
            {&m_knownFollower, QStringLiteral("SELECT 1 FROM follow_edges e JOIN accounts a ON a.did = e.subject_did "
                                              "WHERE e.follower_did = ? AND e.removed_at_us IS NULL AND a.removed_at_us IS NULL LIMIT 1")},
            {&m_unattributed, QStringLiteral("INSERT INTO unattributed_unfollows (follower_did, rkey, time_us) VALUES (?, ?, ?) "
                                             "ON CONFLICT DO NOTHING")},
            {&m_engInsert, QStringLiteral("INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")},
            {&m_engUndo, QStringLiteral("UPDATE engagement_events SET deleted_at_us = ? WHERE actor_did = ? AND collection = ? AND rkey = ? "
                                        "AND deleted_at_us IS NULL RETURNING subject_did, subject_uri, kind, time_us")},
            {&m_postUpsert, QStringLiteral("INSERT INTO posts (author_did, rkey, cid, text, created_at_us, time_us) VALUES (?, ?, ?, ?, ?, ?) "
                                           "ON CONFLICT (author_did, rkey) DO UPDATE SET cid = excluded.cid, text = excluded.text, "
                                           "created_at_us = excluded.created_at_us")},
            {&m_postDelete, QStringLiteral("UPDATE posts SET deleted_at_us = ? WHERE author_did = ? AND rkey = ? AND deleted_at_us IS NULL")},
            {&m_postCounters, QStringLiteral("INSERT INTO posts (author_did, rkey, time_us, like_count, repost_count, reply_count, quote_count) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (author_did, rkey) DO UPDATE SET "
                                             "like_count = posts.like_count + excluded.like_count, "
                                             "repost_count = posts.repost_count + excluded.repost_count, "
                                             "reply_count = posts.reply_count + excluded.reply_count, "
                                             "quote_count = posts.quote_count + excluded.quote_count")},
            {&m_identity, QStringLiteral("INSERT INTO profiles (did, handle, updated_at_us) VALUES (?, ?, ?) ON CONFLICT (did) DO UPDATE "
                                         "SET handle = excluded.handle, updated_at_us = excluded.updated_at_us "
                                         "WHERE profiles.updated_at_us <= excluded.updated_at_us")},
            // Only when the identity event was the newest news of this DID (a replayed older event
            // leaves the handle alone; the upsert above then left profiles.updated_at_us newer).
            {&m_accountHandle, QStringLiteral("UPDATE accounts SET handle = ? WHERE did = ? AND NOT EXISTS "
                                              "(SELECT 1 FROM profiles p WHERE p.did = accounts.did AND p.updated_at_us > ?)")},
            {&m_status, QStringLiteral("INSERT INTO profiles (did, active, status, updated_at_us) VALUES (?, ?, ?, ?) ON CONFLICT (did) DO UPDATE "
                                       "SET active = excluded.active, status = excluded.status, updated_at_us = excluded.updated_at_us "
                                       "WHERE profiles.updated_at_us <= excluded.updated_at_us")},
            {&m_profile, QStringLiteral("INSERT INTO profiles (did, handle, display_name, description, avatar_url, followers_count, "
                                        "follows_count, posts_count, created_at_us, labels_json, updated_at_us) "
                                        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (did) DO UPDATE SET "
                                        "handle = COALESCE(excluded.handle, profiles.handle), display_name = excluded.display_name, "
                                        "description = excluded.description, avatar_url = excluded.avatar_url, "
                                        "followers_count = COALESCE(excluded.followers_count, profiles.followers_count), "
                                        "follows_count = COALESCE(excluded.follows_count, profiles.follows_count), "
                                        "posts_count = COALESCE(excluded.posts_count, profiles.posts_count), "
                                        "created_at_us = COALESCE(excluded.created_at_us, profiles.created_at_us), "
                                        "labels_json = excluded.labels_json, updated_at_us = excluded.updated_at_us "
                                        "WHERE profiles.updated_at_us <= excluded.updated_at_us")},
            {&m_snapshot, QStringLiteral("INSERT INTO follower_snapshots (account_did, taken_at_us, followers_count, follows_count, source) "
                                         "VALUES (?, ?, ?, ?, ?) ON CONFLICT (account_did, taken_at_us) DO UPDATE SET "
                                         "followers_count = excluded.followers_count, follows_count = excluded.follows_count, "
                                         "source = excluded.source")},
            {&m_cursor, QStringLiteral("INSERT INTO jetstream_cursors (endpoint, cursor_us, updated_at_us) VALUES (?, ?, ?) "
                                       "ON CONFLICT (endpoint) DO UPDATE SET cursor_us = excluded.cursor_us, updated_at_us = excluded.updated_at_us")},
            {&m_followDaily, QStringLiteral("INSERT INTO follow_daily (subject_did, day, new_count, lost_count) VALUES (?, ?, ?, ?) "
                                            "ON CONFLICT (subject_did, day) DO UPDATE SET new_count = follow_daily.new_count + excluded.new_count, "
                                            "lost_count = follow_daily.lost_count + excluded.lost_count")},
            {&m_engageDaily, QStringLiteral("INSERT INTO engagement_daily (subject_did, day, like_count, repost_count, reply_count, quote_count) "
                                            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (subject_did, day) DO UPDATE SET "
                                            "like_count = engagement_daily.like_count + excluded.like_count, "
                                            "repost_count = engagement_daily.repost_count + excluded.repost_count, "
                                            "reply_count = engagement_daily.reply_count + excluded.reply_count, "
                                            "quote_count = engagement_daily.quote_count + excluded.quote_count")},
            // Reports: engagement per post and UTC day (migration 0003).
            {&m_postEngageDaily, QStringLiteral("INSERT INTO post_engagement_daily (subject_did, day, subject_uri, like_count, "
                                                "repost_count, reply_count, quote_count) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                                "ON CONFLICT (subject_did, subject_uri, day) DO UPDATE SET "
                                                "like_count = post_engagement_daily.like_count + excluded.like_count, "
                                                "repost_count = post_engagement_daily.repost_count + excluded.repost_count, "
                                                "reply_count = post_engagement_daily.reply_count + excluded.reply_count, "
                                                "quote_count = post_engagement_daily.quote_count + excluded.quote_count")},
            {&m_counter, QStringLiteral("INSERT INTO storage_counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                                        "SET value = storage_counters.value + excluded.value")},
        };
        for (const P &p : all) {
            if (Status s = p.q->prepare(m_conn, p.sql); !s) {
                return s;
            }
        }
    }
    if (!m_edgeUpsert.isRaw()) {
        // PostgreSQL (QSqlQuery): insert vs update is told from RETURNING instead of the SQLite rowid.
        if (Status s = m_edgeUpsert.prepare(m_conn, edgeUpsertSql(true)); !s) {
            return s;
        }
    }
    m_prepared = true;
    return {};
}

Status BatchApplier::apply(const WriteBatch &batch, ApplyCounters &c)
{
    if (!m_prepared) {
        if (Status s = prepareAll(); !s) {
            return s;
        }
    }

    c.rows += batch.size();
    for (const FollowCreated &f : batch.followsCreated) {
        if (Status s = followCreated(f, c); !s) {
            return s;
        }
    }
    for (const FollowDeleted &f : batch.followsDeleted) {
        if (Status s = followDeleted(f, c); !s) {
            return s;
        }
    }
    for (const PostEvent &p : batch.posts) {
        if (p.deleted) {
            m_postDelete.bindAll(p.timeUs, p.authorDid, p.rkey);
            if (Status s = m_postDelete.exec(); !s) {
                return s;
            }
        } else {
            m_postUpsert.bindAll(p.authorDid, p.rkey, nullIfEmpty(p.cid), p.text, p.createdAtUs, p.timeUs);
            if (Status s = m_postUpsert.exec(); !s) {
                return s;
            }
        }
    }
    for (const EngagementEvent &e : batch.engagements) {
        if (Status s = engagement(e, c); !s) {
            return s;
        }
    }
    for (const IdentityEvent &i : batch.identities) {
        m_identity.bindAll(i.did, nullIfEmpty(i.handle), i.timeUs);
        if (Status s = m_identity.exec(); !s) {
            return s;
        }
        if (!i.handle.isEmpty()) {
            m_accountHandle.bindAll(i.handle, i.did, i.timeUs);
            if (Status s = m_accountHandle.exec(); !s) {
                return s;
            }
        }
    }
    for (const AccountStatusEvent &a : batch.accountStatuses) {
        m_status.bindAll(a.did, a.active ? 1 : 0, nullIfEmpty(a.status), a.timeUs);
        if (Status s = m_status.exec(); !s) {
            return s;
        }
    }
    for (const ProfileInfo &p : batch.profiles) {
        m_profile.bindAll(p.did, nullIfEmpty(p.handle), nullIfEmpty(p.displayName), nullIfEmpty(p.description),
                         nullIfEmpty(p.avatarUrl), nullIfNegative(p.followersCount), nullIfNegative(p.followsCount),
                         nullIfNegative(p.postsCount), p.createdAtUs > 0 ? std::optional<qint64>(p.createdAtUs) : std::optional<qint64>(),
                         nullIfEmpty(p.labelsJson), p.updatedAtUs);
        if (Status s = m_profile.exec(); !s) {
            return s;
        }
    }
    for (const FollowerSnapshot &s : batch.snapshots) {
        m_snapshot.bindAll(s.accountDid, s.takenAtUs, s.followersCount, s.followsCount, toString(s.source));
        if (Status st = m_snapshot.exec(); !st) {
            return st;
        }
    }
    if (batch.cursor) {
        m_cursor.bindAll(batch.cursor->endpoint, batch.cursor->cursorUs, batch.cursor->cursorUs);
        if (Status s = m_cursor.exec(); !s) {
            return s;
        }
    }
    return {};
}

Status BatchApplier::followCreated(const FollowCreated &f, ApplyCounters &c)
{
    const QString source = toString(f.source);
    const QString rkey = nonNull(f.rkey);

    // A Jetstream follow record whose rkey an edge of this follower already holds has been applied:
    // it created or re-activated that edge, or taught it its rkey. A replay of it is not newer than
    // a later removal of the edge, and while the edge is active it changes nothing but last_seen_us.
    // So it stops at one probe of the (rkey, follower) index, which leads with the record's TID and
    // is hot where live records land; the edge upsert below would also read the stored edge (a
    // random page) to tell a replay from a change. Jetstream instances stamp the same commit with
    // slightly different times, and last_seen_us is not refreshed by such a replay; the backfill
    // crawl, which relies on last_seen_us, never takes this path. Without an rkey (a crawl of
    // followers) or from a crawl, the edge decides, as below.
    if (f.source == EventSource::Jetstream && !rkey.isEmpty()) {
        m_edgeRkeyKnown.bindAll(rkey, f.followerDid);
        if (Status s = m_edgeRkeyKnown.exec(); !s) {
            return s;
        }
        const bool known = m_edgeRkeyKnown.next();
        m_edgeRkeyKnown.finish();
        if (known) {
            ++c.duplicates;
            return {};
        }
    }
    // A new edge is its own first follow (follow_changes reads it from the edge): counted, no
    // event row. A re-follow of a removed edge is stored as a 'follow' event (see below).
    const auto created = [&]() -> Status {
        countFollowEvent(f.subjectDid, true, f.timeUs, c);
        return {};
    };
    // The edge needed no new follow (a replay, or a further record of an active follow).
    const auto unchanged = [&]() -> Status {
        ++c.duplicates;
        return {};
    };

    m_edgeUpsert.bindAll(f.followerDid, f.subjectDid, rkey, f.timeUs, f.timeUs, source);
    QString storedRkey;
    bool removed = false;
    qint64 lastSeen = 0;
    if (m_edgeUpsert.isRaw()) {
        bool inserted = false;
        if (Status s = m_edgeUpsert.execUpsert(inserted); !s) {
            return s;
        }
        if (inserted) {
            return created();
        }
        if (m_edgeUpsert.rowsAffected() == 0) {
            // The edge exists and this event changes nothing: a replay of an active follow that is
            // not newer and teaches no rkey, or a stale replay of a follow that was deleted since.
            return unchanged();
        }
        // The edge needs a change (rare): read its values, which the no-op update left as they were.
        m_edgeGet.bindAll(f.followerDid, f.subjectDid);
        if (Status s = m_edgeGet.exec(); !s) {
            return s;
        }
        if (!m_edgeGet.next()) {
            m_edgeGet.finish();
            return unchanged();
        }
        storedRkey = m_edgeGet.text(0);
        removed = !m_edgeGet.isNull(1);
        lastSeen = m_edgeGet.int64(2);
        m_edgeGet.finish();
    } else {
        if (Status s = m_edgeUpsert.exec(); !s) {
            return s;
        }
        if (!m_edgeUpsert.next()) {
            m_edgeUpsert.finish();
            return unchanged(); // see above: an existing edge that this event does not change
        }
        storedRkey = m_edgeUpsert.text(0);
        removed = !m_edgeUpsert.isNull(1);
        lastSeen = m_edgeUpsert.int64(2);
        m_edgeUpsert.finish();
        // A returned row is either the new edge (removed_at NULL, last_seen = this event's time, its
        // rkey) or the unchanged old values of an edge the WHERE selected: removed (re-follow) or
        // active with last_seen < this time or an empty rkey while this one has one — neither can
        // look new.
        if (!removed && lastSeen == f.timeUs && storedRkey == rkey) {
            return created();
        }
    }

    if (removed) {
        // A newer follow (the upsert's WHERE already ruled out a stale replay): re-follow. The edge
        // keeps its first_seen_us, so this follow is kept as an event.
        m_edgeReactivate.bindAll(rkey, f.timeUs, source, f.followerDid, f.subjectDid);
        if (Status s = m_edgeReactivate.exec(); !s) {
            return s;
        }
        return recordFollowEvent(f.followerDid, f.subjectDid, true, f.rkey, f.timeUs, f.source, c);
    }
    // Already following: refresh last_seen, learn the rkey if we did not know it.
    m_edgeTouch.bindAll(std::max(f.timeUs, lastSeen), rkey, f.followerDid, f.subjectDid);
    if (Status s = m_edgeTouch.exec(); !s) {
        return s;
    }
    return unchanged();
}

Status BatchApplier::recordFollowEvent(const QString &follower, const QString &subject, bool follow,
                                       const QString &rkey, qint64 timeUs, EventSource source, ApplyCounters &c)
{
    m_eventInsert.bindAll(follower, subject, follow ? QStringLiteral("follow") : QStringLiteral("unfollow"), nonNull(rkey), timeUs,
                         toString(source));
    if (Status s = m_eventInsert.exec(); !s) {
        return s;
    }
    if (m_eventInsert.rowsAffected() != 1) {
        ++c.duplicates;
        return {};
    }
    countFollowEvent(subject, follow, timeUs, c);
    return {};
}

void BatchApplier::countFollowEvent(const QString &subject, bool follow, qint64 timeUs, ApplyCounters &c)
{
    FollowDay &d = m_followDays[Key(subject, dayOf(timeUs))];
    if (follow) {
        ++d.added;
        ++c.newFollows;
    } else {
        ++d.lost;
        ++c.unfollows;
    }
}

Status BatchApplier::followDeleted(const FollowDeleted &f, ApplyCounters &c)
{
    if (!f.subjectDid.isEmpty()) {
        // Backfill diff: the subject is known, the rkey may not be.
        m_edgeGet.bindAll(f.followerDid, f.subjectDid);
        if (Status s = m_edgeGet.exec(); !s) {
            return s;
        }
        if (!m_edgeGet.next() || !m_edgeGet.isNull(1)) {
            m_edgeGet.finish();
            ++c.ignoredDeletes;
            ++m_pendingIgnored;
            return {};
        }
        const QString rkey = m_edgeGet.text(0);
        m_edgeGet.finish();
        m_edgeRemove.bindAll(f.timeUs, f.followerDid, f.subjectDid);
        if (Status s = m_edgeRemove.exec(); !s) {
            return s;
        }
        return recordFollowEvent(f.followerDid, f.subjectDid, false, rkey.isEmpty() ? f.rkey : rkey, f.timeUs,
                                 f.source, c);
    }

    if (f.rkey.isEmpty()) {
        // Without subject and rkey nothing can be attributed (and '' must not match edges whose rkey is unknown).
        ++c.ignoredDeletes;
        ++m_pendingIgnored;
        return {};
    }
    m_edgeByRkey.bindAll(f.followerDid, nonNull(f.rkey));
    if (Status s = m_edgeByRkey.exec(); !s) {
        return s;
    }
    if (m_edgeByRkey.next()) {
        const QString subject = m_edgeByRkey.text(0);
        const bool alreadyRemoved = !m_edgeByRkey.isNull(1);
        m_edgeByRkey.finish();
        if (alreadyRemoved) {
            ++c.duplicates;
            return {};
        }
        m_edgeRemove.bindAll(f.timeUs, f.followerDid, subject);
        if (Status s = m_edgeRemove.exec(); !s) {
            return s;
        }
        return recordFollowEvent(f.followerDid, subject, false, f.rkey, f.timeUs, f.source, c);
    }
    m_edgeByRkey.finish();

    // An rkey we recorded in an event before (the edge has since moved on to another rkey):
    // a replay or a duplicate follow record being cleaned up — not an unfollow.
    m_eventByRkey.bindAll(f.followerDid, nonNull(f.rkey));
    if (Status s = m_eventByRkey.exec(); !s) {
        return s;
    }
    const bool seenBefore = m_eventByRkey.next();
    m_eventByRkey.finish();
    if (seenBefore) {
        ++c.duplicates;
        return {};
    }

    m_knownFollower.bindAll(f.followerDid);
    if (Status s = m_knownFollower.exec(); !s) {
        return s;
    }
    const bool known = m_knownFollower.next();
    m_knownFollower.finish();
    if (known) {
        m_unattributed.bindAll(f.followerDid, nonNull(f.rkey), f.timeUs);
        if (Status s = m_unattributed.exec(); !s) {
            return s;
        }
        if (m_unattributed.rowsAffected() == 1) {
            ++c.unattributedUnfollows;
        } else {
            ++c.duplicates;
        }
        return {};
    }
    ++c.ignoredDeletes;
    ++m_pendingIgnored;
    return {};
}

Status BatchApplier::engagement(const EngagementEvent &e, ApplyCounters &c)
{
    if (e.deleted) {
        m_engUndo.bindAll(e.timeUs, e.actorDid, e.collection, e.rkey);
        if (Status s = m_engUndo.exec(); !s) {
            return s;
        }
        if (!m_engUndo.next()) {
            m_engUndo.finish();
            ++c.duplicates;
            return {};
        }
        const QString subjectDid = m_engUndo.text(0);
        const QString subjectUri = m_engUndo.text(1);
        const EngagementKind kind = kindFromText(m_engUndo.text(2));
        const qint64 timeUs = m_engUndo.int64(3);
        m_engUndo.finish();
        addEngagementDelta(subjectDid, subjectUri, kind, timeUs, -1);
        ++c.engagementUndos;
        return {};
    }
    m_engInsert.bindAll(e.actorDid, e.collection, e.rkey, toString(e.kind), e.subjectUri, e.subjectDid, e.timeUs);
    if (Status s = m_engInsert.exec(); !s) {
        return s;
    }
    if (m_engInsert.rowsAffected() != 1) {
        ++c.duplicates;
        return {};
    }
    addEngagementDelta(e.subjectDid, e.subjectUri, e.kind, e.timeUs, +1);
    ++c.engagements;
    return {};
}

void BatchApplier::addEngagementDelta(const QString &subjectDid, const QString &subjectUri, EngagementKind kind,
                                      qint64 timeUs, int delta)
{
    auto add = [&](EngageDelta &d) {
        switch (kind) {
        case EngagementKind::Like: d.like += delta; break;
        case EngagementKind::Repost: d.repost += delta; break;
        case EngagementKind::Reply: d.reply += delta; break;
        case EngagementKind::Quote: d.quote += delta; break;
        }
    };
    add(m_engageDays[Key(subjectDid, dayOf(timeUs))]);
    add(m_postEngageDays[qMakePair(Key(subjectDid, dayOf(timeUs)), subjectUri)]); // reports (migration 0003)
    // Keyed by the URI (shared, no copy); which URIs are posts is decided once per post in finish().
    add(m_postDeltas[subjectUri]);
}

Status BatchApplier::finish(ApplyCounters &counters)
{
    Q_UNUSED(counters);
    for (auto it = m_followDays.cbegin(); it != m_followDays.cend(); ++it) {
        m_followDaily.bindAll(it.key().first, it.key().second, it->added, it->lost);
        if (Status s = m_followDaily.exec(); !s) {
            return s;
        }
    }
    for (auto it = m_engageDays.cbegin(); it != m_engageDays.cend(); ++it) {
        m_engageDaily.bindAll(it.key().first, it.key().second, it->like, it->repost, it->reply, it->quote);
        if (Status s = m_engageDaily.exec(); !s) {
            return s;
        }
    }
    for (auto it = m_postDeltas.cbegin(); it != m_postDeltas.cend(); ++it) {
        const QPair<QString, QString> post = postOf(it.key());
        if (post.first.isEmpty()) {
            continue; // not a post URI (e.g. a like of a feed generator): no post counters
        }
        m_postCounters.bindAll(post.first, post.second, qint64(0), it->like, it->repost, it->reply, it->quote);
        if (Status s = m_postCounters.exec(); !s) {
            return s;
        }
    }
    // Reports: engagement per post and UTC day (migration 0003).
    for (auto it = m_postEngageDays.cbegin(); it != m_postEngageDays.cend(); ++it) {
        m_postEngageDaily.bindAll(it.key().first.first, it.key().first.second, it.key().second, it->like, it->repost,
                                  it->reply, it->quote);
        if (Status s = m_postEngageDaily.exec(); !s) {
            return s;
        }
    }
    if (m_pendingIgnored > 0) {
        m_counter.bindAll(QStringLiteral("ignored_follow_deletes"), m_pendingIgnored);
        if (Status s = m_counter.exec(); !s) {
            return s;
        }
    }
    discard();
    return {};
}

void BatchApplier::discard()
{
    m_followDays.clear();
    m_engageDays.clear();
    m_postDeltas.clear();
    m_postEngageDays.clear();
    m_pendingIgnored = 0;
}

} // namespace ge::storage
