#include "storage/BatchApplier.h"

#include "storage/DbConnection.h"
#include "storage/StorageLog.h"

#include <initializer_list>

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

QVariant nullIfNegative(qint64 v)
{
    return v < 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

// rkeys may arrive as null QStrings ("unknown"); the columns store '' for that.
QString nonNull(const QString &s)
{
    return s.isNull() ? QString(QLatin1StringView("")) : s;
}

void bind(QSqlQuery &q, std::initializer_list<QVariant> values)
{
    int i = 0;
    for (const QVariant &v : values) {
        q.bindValue(i++, v);
    }
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

} // namespace

BatchApplier::BatchApplier(DbConnection &conn) : m_conn(conn) {}

BatchApplier::~BatchApplier() = default;

Status BatchApplier::prepare(QSqlQuery &q, const QString &sql)
{
    q = QSqlQuery(m_conn.db());
    if (!q.prepare(sql)) {
        return m_conn.lastError(q, sql);
    }
    return {};
}

Status BatchApplier::run(QSqlQuery &q)
{
    return m_conn.exec(q);
}


Status BatchApplier::apply(const WriteBatch &batch, ApplyCounters &c)
{
    if (!m_prepared) {
        struct P { QSqlQuery *q; QString sql; };
        const P all[] = {
            {&m_edgeGet, QStringLiteral("SELECT rkey, removed_at_us, last_seen_us FROM follow_edges WHERE follower_did = ? AND subject_did = ?")},
            {&m_edgeInsert, QStringLiteral("INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
                                           "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (follower_did, subject_did) DO NOTHING")},
            {&m_edgeReactivate, QStringLiteral("UPDATE follow_edges SET rkey = ?, last_seen_us = ?, removed_at_us = NULL, source = ? "
                                               "WHERE follower_did = ? AND subject_did = ?")},
            {&m_edgeTouch, QStringLiteral("UPDATE follow_edges SET last_seen_us = ?, rkey = CASE WHEN rkey = '' THEN ? ELSE rkey END "
                                          "WHERE follower_did = ? AND subject_did = ?")},
            {&m_edgeByRkey, QStringLiteral("SELECT subject_did, removed_at_us FROM follow_edges WHERE follower_did = ? AND rkey = ?")},
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
            {&m_accountHandle, QStringLiteral("UPDATE accounts SET handle = ? WHERE did = ?")},
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
                                                "ON CONFLICT (subject_did, day, subject_uri) DO UPDATE SET "
                                                "like_count = post_engagement_daily.like_count + excluded.like_count, "
                                                "repost_count = post_engagement_daily.repost_count + excluded.repost_count, "
                                                "reply_count = post_engagement_daily.reply_count + excluded.reply_count, "
                                                "quote_count = post_engagement_daily.quote_count + excluded.quote_count")},
            {&m_counter, QStringLiteral("INSERT INTO storage_counters (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                                        "SET value = storage_counters.value + excluded.value")},
        };
        for (const P &p : all) {
            if (Status s = prepare(*p.q, p.sql); !s) {
                return s;
            }
        }
        m_prepared = true;
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
            bind(m_postDelete, {p.timeUs, p.authorDid, p.rkey});
            if (Status s = run(m_postDelete); !s) {
                return s;
            }
        } else {
            bind(m_postUpsert, {p.authorDid, p.rkey, nullIfEmpty(p.cid), p.text, p.createdAtUs, p.timeUs});
            if (Status s = run(m_postUpsert); !s) {
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
        bind(m_identity, {i.did, nullIfEmpty(i.handle), i.timeUs});
        if (Status s = run(m_identity); !s) {
            return s;
        }
        if (!i.handle.isEmpty()) {
            bind(m_accountHandle, {i.handle, i.did});
            if (Status s = run(m_accountHandle); !s) {
                return s;
            }
        }
    }
    for (const AccountStatusEvent &a : batch.accountStatuses) {
        bind(m_status, {a.did, a.active ? 1 : 0, nullIfEmpty(a.status), a.timeUs});
        if (Status s = run(m_status); !s) {
            return s;
        }
    }
    for (const ProfileInfo &p : batch.profiles) {
        bind(m_profile, {p.did, nullIfEmpty(p.handle), nullIfEmpty(p.displayName), nullIfEmpty(p.description),
                         nullIfEmpty(p.avatarUrl), nullIfNegative(p.followersCount), nullIfNegative(p.followsCount),
                         nullIfNegative(p.postsCount), p.createdAtUs > 0 ? QVariant(p.createdAtUs) : nullIfNegative(-1),
                         nullIfEmpty(p.labelsJson), p.updatedAtUs});
        if (Status s = run(m_profile); !s) {
            return s;
        }
    }
    for (const FollowerSnapshot &s : batch.snapshots) {
        bind(m_snapshot, {s.accountDid, s.takenAtUs, s.followersCount, s.followsCount, toString(s.source)});
        if (Status st = run(m_snapshot); !st) {
            return st;
        }
    }
    if (batch.cursor) {
        bind(m_cursor, {batch.cursor->endpoint, batch.cursor->cursorUs, batch.cursor->cursorUs});
        if (Status s = run(m_cursor); !s) {
            return s;
        }
    }
    return {};
}

Status BatchApplier::followCreated(const FollowCreated &f, ApplyCounters &c)
{
    // Fast path (the common case while ingesting): a new edge inserts and records the follow.
    const QString source = toString(f.source);
    bind(m_edgeInsert, {f.followerDid, f.subjectDid, nonNull(f.rkey), f.timeUs, f.timeUs, source});
    if (Status s = run(m_edgeInsert); !s) {
        return s;
    }
    if (m_edgeInsert.numRowsAffected() == 1) {
        return recordFollowEvent(f.followerDid, f.subjectDid, true, f.rkey, f.timeUs, f.source, c);
    }
    // The edge exists: re-follow, replay, or a backfill rediscovering it.
    bind(m_edgeGet, {f.followerDid, f.subjectDid});
    if (Status s = run(m_edgeGet); !s) {
        return s;
    }
    if (!m_edgeGet.next()) {
        m_edgeGet.finish();
        return {};
    }
    const QString storedRkey = m_edgeGet.value(0).toString();
    const bool removed = !m_edgeGet.value(1).isNull();
    const qint64 removedAt = m_edgeGet.value(1).toLongLong();
    const qint64 lastSeen = m_edgeGet.value(2).toLongLong();
    m_edgeGet.finish();

    if (removed) {
        // A replay of the follow that was later deleted is stale; only a newer follow re-follows.
        const bool stale = f.timeUs <= removedAt || (!f.rkey.isEmpty() && f.rkey == storedRkey);
        if (stale) {
            ++c.duplicates;
            return {};
        }
        bind(m_edgeReactivate, {nonNull(f.rkey), f.timeUs, source, f.followerDid, f.subjectDid});
        if (Status s = run(m_edgeReactivate); !s) {
            return s;
        }
        return recordFollowEvent(f.followerDid, f.subjectDid, true, f.rkey, f.timeUs, f.source, c);
    }
    // Already following: refresh last_seen, learn the rkey if we did not know it.
    const bool learnRkey = storedRkey.isEmpty() && !f.rkey.isEmpty();
    if (f.timeUs > lastSeen || learnRkey) {
        bind(m_edgeTouch, {std::max(f.timeUs, lastSeen), nonNull(f.rkey), f.followerDid, f.subjectDid});
        if (Status s = run(m_edgeTouch); !s) {
            return s;
        }
    }
    ++c.duplicates;
    return {};
}

Status BatchApplier::recordFollowEvent(const QString &follower, const QString &subject, bool follow,
                                       const QString &rkey, qint64 timeUs, EventSource source, ApplyCounters &c)
{
    bind(m_eventInsert, {follower, subject, follow ? QStringLiteral("follow") : QStringLiteral("unfollow"), nonNull(rkey), timeUs,
                         toString(source)});
    if (Status s = run(m_eventInsert); !s) {
        return s;
    }
    if (m_eventInsert.numRowsAffected() != 1) {
        ++c.duplicates;
        return {};
    }
    FollowDay &d = m_followDays[Key(subject, dayOf(timeUs))];
    if (follow) {
        ++d.added;
        ++c.newFollows;
    } else {
        ++d.lost;
        ++c.unfollows;
    }
    return {};
}

Status BatchApplier::followDeleted(const FollowDeleted &f, ApplyCounters &c)
{
    if (!f.subjectDid.isEmpty()) {
        // Backfill diff: the subject is known, the rkey may not be.
        bind(m_edgeGet, {f.followerDid, f.subjectDid});
        if (Status s = run(m_edgeGet); !s) {
            return s;
        }
        if (!m_edgeGet.next() || !m_edgeGet.value(1).isNull()) {
            m_edgeGet.finish();
            ++c.ignoredDeletes;
            ++m_pendingIgnored;
            return {};
        }
        const QString rkey = m_edgeGet.value(0).toString();
        m_edgeGet.finish();
        bind(m_edgeRemove, {f.timeUs, f.followerDid, f.subjectDid});
        if (Status s = run(m_edgeRemove); !s) {
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
    bind(m_edgeByRkey, {f.followerDid, nonNull(f.rkey)});
    if (Status s = run(m_edgeByRkey); !s) {
        return s;
    }
    if (m_edgeByRkey.next()) {
        const QString subject = m_edgeByRkey.value(0).toString();
        const bool alreadyRemoved = !m_edgeByRkey.value(1).isNull();
        m_edgeByRkey.finish();
        if (alreadyRemoved) {
            ++c.duplicates;
            return {};
        }
        bind(m_edgeRemove, {f.timeUs, f.followerDid, subject});
        if (Status s = run(m_edgeRemove); !s) {
            return s;
        }
        return recordFollowEvent(f.followerDid, subject, false, f.rkey, f.timeUs, f.source, c);
    }
    m_edgeByRkey.finish();

    // An rkey we recorded in an event before (the edge has since moved on to another rkey):
    // a replay or a duplicate follow record being cleaned up — not an unfollow.
    bind(m_eventByRkey, {f.followerDid, nonNull(f.rkey)});
    if (Status s = run(m_eventByRkey); !s) {
        return s;
    }
    const bool seenBefore = m_eventByRkey.next();
    m_eventByRkey.finish();
    if (seenBefore) {
        ++c.duplicates;
        return {};
    }

    bind(m_knownFollower, {f.followerDid});
    if (Status s = run(m_knownFollower); !s) {
        return s;
    }
    const bool known = m_knownFollower.next();
    m_knownFollower.finish();
    if (known) {
        bind(m_unattributed, {f.followerDid, nonNull(f.rkey), f.timeUs});
        if (Status s = run(m_unattributed); !s) {
            return s;
        }
        if (m_unattributed.numRowsAffected() == 1) {
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
        bind(m_engUndo, {e.timeUs, e.actorDid, e.collection, e.rkey});
        if (Status s = run(m_engUndo); !s) {
            return s;
        }
        if (!m_engUndo.next()) {
            m_engUndo.finish();
            ++c.duplicates;
            return {};
        }
        const QString subjectDid = m_engUndo.value(0).toString();
        const QString subjectUri = m_engUndo.value(1).toString();
        const QString kind = m_engUndo.value(2).toString();
        const qint64 timeUs = m_engUndo.value(3).toLongLong();
        m_engUndo.finish();
        addEngagementDelta(subjectDid, subjectUri, kind, timeUs, -1);
        ++c.engagementUndos;
        return {};
    }
    const QString kind = toString(e.kind);
    bind(m_engInsert, {e.actorDid, e.collection, e.rkey, kind, e.subjectUri, e.subjectDid, e.timeUs});
    if (Status s = run(m_engInsert); !s) {
        return s;
    }
    if (m_engInsert.numRowsAffected() != 1) {
        ++c.duplicates;
        return {};
    }
    addEngagementDelta(e.subjectDid, e.subjectUri, kind, e.timeUs, +1);
    ++c.engagements;
    return {};
}

void BatchApplier::addEngagementDelta(const QString &subjectDid, const QString &subjectUri, const QString &kind,
                                      qint64 timeUs, int delta)
{
    auto add = [&](EngageDelta &d) {
        if (kind == QLatin1StringView("like")) {
            d.like += delta;
        } else if (kind == QLatin1StringView("repost")) {
            d.repost += delta;
        } else if (kind == QLatin1StringView("reply")) {
            d.reply += delta;
        } else {
            d.quote += delta;
        }
    };
    add(m_engageDays[Key(subjectDid, dayOf(timeUs))]);
    add(m_postEngageDays[qMakePair(Key(subjectDid, dayOf(timeUs)), subjectUri)]); // reports (migration 0003)
    const QPair<QString, QString> post = postOf(subjectUri);
    if (!post.first.isEmpty()) {
        add(m_postDeltas[PostKey(post.first, post.second)]);
    }
}

Status BatchApplier::finish(ApplyCounters &counters)
{
    Q_UNUSED(counters);
    for (auto it = m_followDays.cbegin(); it != m_followDays.cend(); ++it) {
        bind(m_followDaily, {it.key().first, it.key().second, it->added, it->lost});
        if (Status s = run(m_followDaily); !s) {
            return s;
        }
    }
    for (auto it = m_engageDays.cbegin(); it != m_engageDays.cend(); ++it) {
        bind(m_engageDaily, {it.key().first, it.key().second, it->like, it->repost, it->reply, it->quote});
        if (Status s = run(m_engageDaily); !s) {
            return s;
        }
    }
    for (auto it = m_postDeltas.cbegin(); it != m_postDeltas.cend(); ++it) {
        bind(m_postCounters, {it.key().first, it.key().second, qint64(0), it->like, it->repost, it->reply, it->quote});
        if (Status s = run(m_postCounters); !s) {
            return s;
        }
    }
    // Reports: engagement per post and UTC day (migration 0003).
    for (auto it = m_postEngageDays.cbegin(); it != m_postEngageDays.cend(); ++it) {
        bind(m_postEngageDaily, {it.key().first.first, it.key().first.second, it.key().second, it->like, it->repost,
                                 it->reply, it->quote});
        if (Status s = run(m_postEngageDaily); !s) {
            return s;
        }
    }
    if (m_pendingIgnored > 0) {
        bind(m_counter, {QStringLiteral("ignored_follow_deletes"), m_pendingIgnored});
        if (Status s = run(m_counter); !s) {
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
