#include "ReportFixture.h"

#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ge::test {

namespace {

qint64 us(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}

// Small deterministic generator (no dependence on the platform's rand()).
struct Lcg
{
    quint64 s = 0x9E3779B97F4A7C15ull;
    quint32 next()
    {
        s = s * 6364136223846793005ull + 1442695040888963407ull;
        return quint32(s >> 33);
    }
    int below(int n) { return int(next() % quint32(n)); }
    // Uniform enough in [0, n) for n up to 2^62.
    qint64 range(qint64 n) { return qint64(((quint64(next()) << 31) ^ next()) % quint64(n)); }
};

bool run(QSqlQuery &q, QString *err)
{
    if (!q.exec()) {
        *err = q.lastError().text() + u" :: "_s + q.lastQuery();
        return false;
    }
    return true;
}

} // namespace

QStringList ReportFixture::nastyStrings()
{
    return {u"He said \"hi\", then left"_s,
            u"comma, separated, values"_s,
            u"line one\nline two\r\nline three"_s,
            u"🚀 Growth 👩‍💻 rocket"_s,
            u"مرحبا بالعالم"_s,
            u"שלום עולם, \"quoted\""_s,
            u"  leading and trailing spaces  "_s,
            u"plain"_s};
}

QString ReportFixture::create(const QString &path, int followers, int engagementEvents)
{
    const QString alice = QString::fromLatin1(kAliceDid);
    const QString quiet = QString::fromLatin1(kQuietDid);
    auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path), u"report-fixture"_s);
    if (!conn)
        return conn.error().message;
    auto migrated = storage::Migrator().migrate(**conn);
    if (!migrated)
        return migrated.error().message + u' ' + migrated.error().detail;
    QSqlDatabase db = (*conn)->db();
    QString err;
    db.transaction();
    QSqlQuery q(db);

    q.prepare(u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(alice);
    q.addBindValue(u"alice.test"_s);
    q.addBindValue(u"own"_s);
    q.addBindValue(us(2025, 12, 1));
    if (!run(q, &err))
        return err;
    q.prepare(u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(quiet);
    q.addBindValue(u"quiet.test"_s);
    q.addBindValue(u"watched"_s);
    q.addBindValue(us(2025, 12, 1));
    if (!run(q, &err))
        return err;
    q.prepare(u"INSERT INTO profiles (did, handle, display_name, followers_count, updated_at_us) VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(alice);
    q.addBindValue(u"alice.test"_s);
    q.addBindValue(u"Alice \"A.\" Example"_s);
    q.addBindValue(1500);
    q.addBindValue(us(2026, 1, 1));
    if (!run(q, &err))
        return err;

    // Snapshot: 1,000 followers before collection started.
    q.prepare(u"INSERT INTO follower_snapshots (account_did, taken_at_us, followers_count, follows_count, source) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(alice);
    q.addBindValue(us(2026, 1, 1));
    q.addBindValue(1000);
    q.addBindValue(200);
    q.addBindValue(u"backfill"_s);
    if (!run(q, &err))
        return err;

    const QStringList nasty = nastyStrings();
    Lcg rng;
    const qint64 start = us(2026, 1, 1);
    const qint64 span = us(2026, 4, 1) - start;
    QSqlQuery profile(db), edge(db), event(db), daily(db);
    profile.prepare(u"INSERT INTO profiles (did, handle, display_name, followers_count, updated_at_us) VALUES (?, ?, ?, ?, ?)"_s);
    edge.prepare(u"INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    event.prepare(u"INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const bool hasDaily = db.tables().contains(u"follow_daily"_s);
    if (hasDaily)
        daily.prepare(u"INSERT INTO follow_daily (subject_did, day, new_count, lost_count) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (subject_did, day) DO UPDATE SET new_count = new_count + excluded.new_count, "
                      "lost_count = lost_count + excluded.lost_count"_s);
    for (int i = 0; i < followers; ++i) {
        const QString did = u"did:plc:f%1"_s.arg(i, 24, 10, QLatin1Char('0'));
        profile.addBindValue(did);
        profile.addBindValue(u"follower%1.test"_s.arg(i));
        profile.addBindValue(QString(nasty.at(i % nasty.size()) + u" #"_s + QString::number(i)));
        profile.addBindValue(qint64(rng.below(100000)));
        profile.addBindValue(start);
        if (!run(profile, &err))
            return err;
        const qint64 firstSeen = start + rng.range(span);
        const bool removed = i % 7 == 3;
        const qint64 removedAt = removed ? firstSeen + (span - (firstSeen - start)) / 2 : 0;
        const QString rkey = u"3k%1"_s.arg(i, 11, 36, QLatin1Char('a'));
        edge.addBindValue(did);
        edge.addBindValue(alice);
        edge.addBindValue(rkey);
        edge.addBindValue(firstSeen);
        edge.addBindValue(removed ? removedAt : firstSeen);
        edge.addBindValue(removed ? QVariant(removedAt) : QVariant(QMetaType(QMetaType::LongLong)));
        edge.addBindValue(u"jetstream"_s);
        if (!run(edge, &err))
            return err;
        for (int k = 0; k < (removed ? 2 : 1); ++k) {
            const qint64 t = k == 0 ? firstSeen : removedAt;
            if (k == 1) { // the first follow is the edge itself (schema v5); the unfollow is an event
                event.addBindValue(did);
                event.addBindValue(alice);
                event.addBindValue(u"unfollow"_s);
                event.addBindValue(rkey);
                event.addBindValue(t);
                event.addBindValue(u"jetstream"_s);
                if (!run(event, &err))
                    return err;
            }
            if (hasDaily) {
                daily.addBindValue(alice);
                daily.addBindValue(t / 86'400'000'000LL);
                daily.addBindValue(k == 0 ? 1 : 0);
                daily.addBindValue(k == 0 ? 0 : 1);
                if (!run(daily, &err))
                    return err;
            }
        }
    }
    // Alice follows back every third follower: mutuals.
    for (int i = 0; i < followers; i += 3) {
        const QString did = u"did:plc:f%1"_s.arg(i, 24, 10, QLatin1Char('0'));
        edge.addBindValue(alice);
        edge.addBindValue(did);
        edge.addBindValue(u"3back%1"_s.arg(i));
        edge.addBindValue(start + 1000);
        edge.addBindValue(start + 1000);
        edge.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
        edge.addBindValue(u"campaign"_s);
        if (!run(edge, &err))
            return err;
    }

    // Posts and engagement.
    const int posts = 12;
    QSqlQuery post(db), eng(db);
    post.prepare(u"INSERT INTO posts (author_did, rkey, text, created_at_us, time_us) VALUES (?, ?, ?, ?, ?)"_s);
    for (int p = 0; p < posts; ++p) {
        post.addBindValue(alice);
        post.addBindValue(u"post%1"_s.arg(p));
        post.addBindValue(QString(nasty.at(p % nasty.size()) + u" (post "_s + QString::number(p) + u')'));
        post.addBindValue(start + qint64(p) * span / posts);
        post.addBindValue(start + qint64(p) * span / posts);
        if (!run(post, &err))
            return err;
    }
    eng.prepare(u"INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us, deleted_at_us) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const QStringList kinds{u"like"_s, u"like"_s, u"like"_s, u"repost"_s, u"reply"_s, u"quote"_s};
    const QStringList collections{u"app.bsky.feed.like"_s, u"app.bsky.feed.like"_s, u"app.bsky.feed.like"_s,
                                  u"app.bsky.feed.repost"_s, u"app.bsky.feed.post"_s, u"app.bsky.feed.post"_s};
    for (int e = 0; e < engagementEvents; ++e) {
        const int k = rng.below(int(kinds.size()));
        const int p = rng.below(posts) % (1 + rng.below(posts)); // skewed towards early posts
        eng.addBindValue(u"did:plc:actor%1"_s.arg(rng.below(5000)));
        eng.addBindValue(collections.at(k));
        eng.addBindValue(u"e%1"_s.arg(e));
        eng.addBindValue(kinds.at(k));
        eng.addBindValue(u"at://%1/app.bsky.feed.post/post%2"_s.arg(alice).arg(p));
        eng.addBindValue(alice);
        eng.addBindValue(start + rng.range(span));
        eng.addBindValue(e % 50 == 7 ? QVariant(start + span) : QVariant(QMetaType(QMetaType::LongLong)));
        if (!run(eng, &err))
            return err;
    }
    if (db.tables().contains(u"engagement_daily"_s)) {
        QSqlQuery agg(db);
        if (!agg.exec(u"INSERT INTO engagement_daily (subject_did, day, like_count, repost_count, reply_count, quote_count) "
                      "SELECT subject_did, time_us / 86400000000, "
                      "SUM(CASE WHEN kind = 'like' AND deleted_at_us IS NULL THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN kind = 'repost' AND deleted_at_us IS NULL THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN kind = 'reply' AND deleted_at_us IS NULL THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN kind = 'quote' AND deleted_at_us IS NULL THEN 1 ELSE 0 END) "
                      "FROM engagement_events GROUP BY subject_did, time_us / 86400000000"_s))
            return agg.lastError().text();
    }

    if (db.tables().contains(u"post_engagement_daily"_s)) {
        // As the writer keeps it (BatchApplier): per post and UTC day, undone events excluded.
        QSqlQuery agg(db);
        if (!agg.exec(u"INSERT INTO post_engagement_daily (subject_did, day, subject_uri, like_count, repost_count, "
                      "reply_count, quote_count) SELECT subject_did, time_us / 86400000000, subject_uri, "
                      "SUM(CASE WHEN kind = 'like' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'repost' THEN 1 ELSE 0 END), "
                      "SUM(CASE WHEN kind = 'reply' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'quote' THEN 1 ELSE 0 END) "
                      "FROM engagement_events WHERE deleted_at_us IS NULL "
                      "GROUP BY subject_did, time_us / 86400000000, subject_uri"_s))
            return agg.lastError().text();
    }

    // A campaign in February with items in several states.
    QSqlQuery c(db);
    c.prepare(u"INSERT INTO campaigns (id, account_did, kind, state, dry_run, created_at_us, started_at_us, finished_at_us) "
              "VALUES (1, ?, 'follow_back', 'completed', 0, ?, ?, ?)"_s);
    c.addBindValue(alice);
    c.addBindValue(us(2026, 2, 3, 9));
    c.addBindValue(us(2026, 2, 3, 9, 5));
    c.addBindValue(us(2026, 2, 4, 18));
    if (!run(c, &err))
        return err;
    QSqlQuery item(db);
    item.prepare(u"INSERT INTO campaign_items (campaign_id, target_did, state, updated_at_us) VALUES (1, ?, ?, ?)"_s);
    for (int i = 0; i < 30; ++i) {
        item.addBindValue(u"did:plc:target%1"_s.arg(i));
        item.addBindValue(i < 24 ? u"followed"_s : (i < 27 ? u"failed"_s : u"skipped"_s));
        item.addBindValue(us(2026, 2, 4));
        if (!run(item, &err))
            return err;
    }

    // Collector gap on Feb 10 (DOWN 02:00-05:30), a backfill on Feb 11, two unattributed unfollows.
    QSqlQuery h(db);
    h.prepare(u"INSERT INTO health_checks (component, status, latency_ms, checked_at_us) VALUES (?, ?, ?, ?)"_s);
    const QList<std::pair<qint64, QString>> checks{{us(2026, 2, 10, 1), u"UP"_s},   {us(2026, 2, 10, 2), u"DOWN"_s},
                                                  {us(2026, 2, 10, 3), u"DOWN"_s}, {us(2026, 2, 10, 5, 30), u"UP"_s},
                                                  {us(2026, 2, 10, 6), u"UP"_s}};
    for (const auto &[at, status] : checks) {
        h.addBindValue(u"jetstream"_s);
        h.addBindValue(status);
        h.addBindValue(12);
        h.addBindValue(at);
        if (!run(h, &err))
            return err;
    }
    QSqlQuery b(db);
    b.prepare(u"INSERT INTO backfill_state (account_did, kind, pages, items, started_at_us, completed_at_us) "
              "VALUES (?, 'followers', 5, 412, ?, ?)"_s);
    b.addBindValue(alice);
    b.addBindValue(us(2026, 2, 11, 8));
    b.addBindValue(us(2026, 2, 11, 8, 20));
    if (!run(b, &err))
        return err;
    QSqlQuery un(db);
    un.prepare(u"INSERT INTO unattributed_unfollows (follower_did, rkey, time_us) VALUES (?, ?, ?)"_s);
    for (int i = 0; i < 2; ++i) {
        un.addBindValue(u"did:plc:f%1"_s.arg(i * 5, 24, 10, QLatin1Char('0')));
        un.addBindValue(u"3unknown%1"_s.arg(i));
        un.addBindValue(us(2026, 2, 12 + i, 10));
        if (!run(un, &err))
            return err;
    }
    if (!db.commit())
        return db.lastError().text();
    return {};
}

} // namespace ge::test
