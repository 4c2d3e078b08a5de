// The repository test suite, run against both backends (data-driven: "sqlite" and "postgresql").
// PostgreSQL is a real server started on loopback by PgTestServer; when it cannot start the
// postgresql rows SKIP with the reason, except in CI (CI=true) where they FAIL.
#include "PgTestServer.h"
#include "StorageTestSupport.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/BatchApplier.h"
#include "storage/DbConnection.h"
#include "storage/FollowerQueries.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/ReadPool.h"
#include "storage/Retention.h"
#include "storage/StorageWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ge;
using namespace ge::storage;
using ge::test::queryValue;

namespace {

const QString kA = QStringLiteral("did:plc:tracked-a");
const QString kB = QStringLiteral("did:plc:follower-b");
const QString kC = QStringLiteral("did:plc:follower-c");
const qint64 kDay = 86'400'000'000LL;
const qint64 kT0 = 1'750'000'000'000'000LL; // some UTC time in 2025

FollowCreated follow(const QString &follower, const QString &subject, const QString &rkey, qint64 t,
                     EventSource source = EventSource::Jetstream)
{
    return FollowCreated{follower, subject, rkey, t, source};
}

FollowDeleted unfollow(const QString &follower, const QString &rkey, qint64 t, const QString &subject = {})
{
    return FollowDeleted{follower, rkey, subject, t, subject.isEmpty() ? EventSource::Jetstream : EventSource::Backfill};
}

EngagementEvent engage(const QString &actor, EngagementKind kind, const QString &rkey, const QString &postRkey, qint64 t,
                       bool deleted = false)
{
    EngagementEvent e;
    e.actorDid = actor;
    e.kind = kind;
    e.collection = kind == EngagementKind::Like     ? QStringLiteral("app.bsky.feed.like")
                   : kind == EngagementKind::Repost ? QStringLiteral("app.bsky.feed.repost")
                                                    : QStringLiteral("app.bsky.feed.post");
    e.rkey = rkey;
    e.subjectDid = kA;
    e.subjectUri = QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(kA, postRkey);
    e.timeUs = t;
    e.deleted = deleted;
    return e;
}

} // namespace

class TestStorageRepository : public QObject
{
    Q_OBJECT

private:
    DatabaseConfig m_config;
    QTemporaryDir m_dir;
    ge::test::PgTestServer m_pg;
    bool m_pgTried = false;
    ManualClock m_clock{kT0};
    QueryStats m_stats;
    std::unique_ptr<StorageWriter> m_writer;
    int m_serial = 0;

    void submit(const WriteBatch &b)
    {
        QVERIFY(m_writer->submit(b, 5000).ok());
        QVERIFY(m_writer->flush(10000));
    }
    qint64 count(const QString &sql, const QVariantList &v = {}) { return queryValue(m_config, sql, v).toLongLong(); }
    QVariant value(const QString &sql, const QVariantList &v = {}) { return queryValue(m_config, sql, v); }

private Q_SLOTS:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
    }

    void init()
    {
        QFETCH_GLOBAL(QString, backend);
        if (backend == QLatin1StringView("postgresql")) {
            if (!m_pgTried) {
                m_pgTried = true;
                m_pg.start();
            }
            if (!m_pg.isRunning()) {
                const QByteArray why = "PostgreSQL test server could not start: " + m_pg.error().toUtf8();
                if (ge::test::PgTestServer::inCi()) {
                    QFAIL(why.constData());
                }
                QSKIP(why.constData());
            }
            auto cfg = DatabaseConfig::fromUrl(m_pg.url(), m_dir.path());
            QVERIFY(cfg.ok());
            m_config = *cfg;
            // Fresh schema per test function.
            auto conn = DbConnection::open(m_config, QStringLiteral("reset"));
            QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
            QVERIFY((*conn)->exec(QStringLiteral("DROP SCHEMA public CASCADE")).ok());
            QVERIFY((*conn)->exec(QStringLiteral("CREATE SCHEMA public")).ok());
        } else {
            m_config = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("repo-%1.sqlite").arg(++m_serial)));
        }
        {
            auto conn = DbConnection::open(m_config, QStringLiteral("migrate"));
            QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().message));
            auto v = Migrator().migrate(**conn);
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message + v.error().detail));
            QCOMPARE(*v, Migrator::latestVersion());
            QVERIFY((*conn)->select(QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, 'own', ?)"),
                                    {kA, QStringLiteral("a.test"), kT0}).ok());
        }
        WriterOptions opts;
        opts.retryIntervalMs = 20;
        m_writer = std::make_unique<StorageWriter>(m_config, m_clock, &m_stats, opts);
        m_writer->start();
        QVERIFY(m_writer->waitUntilReady(10000));
    }

    void cleanup()
    {
        if (m_writer) {
            m_writer->stop();
            m_writer.reset();
        }
    }

    void cleanupTestCase() { m_pg.stop(); }

    void followCreateReplayUnfollowRefollow()
    {
        WriteBatch b;
        b.followsCreated = {follow(kB, kA, QStringLiteral("rk1"), kT0)};
        submit(b);
        submit(b); // at-least-once delivery: the same event again
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE subject_did = ? AND removed_at_us IS NULL"), {kA}), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events")), 0); // a first follow is its edge
        QCOMPARE(count(QStringLiteral("SELECT new_count FROM follow_daily WHERE subject_did = ?"), {kA}), 1);
        QCOMPARE(value(QStringLiteral("SELECT rkey FROM follow_edges WHERE follower_did = ?"), {kB}).toString(), QStringLiteral("rk1"));

        WriteBatch del;
        del.followsDeleted = {unfollow(kB, QStringLiteral("rk1"), kT0 + 1000)};
        submit(del);
        submit(del); // replayed delete
        QCOMPARE(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).toLongLong(), kT0 + 1000);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow' AND subject_did = ?"), {kA}), 1);
        QCOMPARE(count(QStringLiteral("SELECT lost_count FROM follow_daily WHERE subject_did = ?"), {kA}), 1);

        submit(b); // stale replay of the original follow after the unfollow: no re-follow
        QVERIFY(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).isValid());
        QVERIFY(!value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).isNull());

        WriteBatch again;
        again.followsCreated = {follow(kB, kA, QStringLiteral("rk2"), kT0 + kDay)};
        submit(again);
        QVERIFY(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).isNull());
        QCOMPARE(value(QStringLiteral("SELECT rkey FROM follow_edges WHERE follower_did = ?"), {kB}).toString(), QStringLiteral("rk2"));
        QCOMPARE(count(QStringLiteral("SELECT SUM(new_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), 2);
        // The re-follow is kept as an event: the edge still says when B first followed.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'follow' AND rkey = 'rk2' AND time_us = ?"),
                       {kT0 + kDay}),
                 1);
        QCOMPARE(value(QStringLiteral("SELECT time_us FROM follow_changes WHERE kind = 'follow' AND rkey = 'rk2' ORDER BY time_us")).toLongLong(),
                 kT0);

        // A delete of the old rkey (a replay) must not unfollow the re-followed edge.
        submit(del);
        QVERIFY(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).isNull());
        QVERIFY(m_writer->stats().applied.duplicates >= 3);
    }

    // Every outcome of a follow create, each checked on its own (the writer classifies them from one
    // upsert): new edge, replay, older replay, later sighting, rkey learned, stale replays after an
    // unfollow, re-follow.
    void followCreateOutcomes()
    {
        auto edge = [&](const QString &follower, const QString &column) {
            return value(QStringLiteral("SELECT %1 FROM follow_edges WHERE follower_did = ? AND subject_did = ?").arg(column),
                         {follower, kA});
        };
        auto followEvents = [&](const QString &follower) {
            return count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE follower_did = ? AND kind = 'follow'"), {follower});
        };
        auto one = [&](const FollowCreated &f) {
            WriteBatch b;
            b.followsCreated = {f};
            submit(b);
        };
        auto applied = [&] { return m_writer->stats().applied; };

        one(follow(kB, kA, QStringLiteral("rk1"), kT0)); // new edge
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(applied().duplicates, 0);
        QCOMPARE(edge(kB, QStringLiteral("rkey")).toString(), QStringLiteral("rk1"));
        QCOMPARE(edge(kB, QStringLiteral("first_seen_us")).toLongLong(), kT0);
        QCOMPARE(edge(kB, QStringLiteral("last_seen_us")).toLongLong(), kT0);
        QCOMPARE(edge(kB, QStringLiteral("source")).toString(), QStringLiteral("jetstream"));
        QVERIFY(edge(kB, QStringLiteral("removed_at_us")).isNull());

        one(follow(kB, kA, QStringLiteral("rk1"), kT0)); // exact replay
        one(follow(kB, kA, QStringLiteral("rk1"), kT0 - 5)); // older replay: last_seen stays
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(applied().duplicates, 2);
        QCOMPARE(edge(kB, QStringLiteral("last_seen_us")).toLongLong(), kT0);

        one(follow(kB, kA, QStringLiteral("rk1"), kT0 + 100, EventSource::Backfill)); // seen again later
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(applied().duplicates, 3);
        QCOMPARE(edge(kB, QStringLiteral("last_seen_us")).toLongLong(), kT0 + 100);
        QCOMPARE(edge(kB, QStringLiteral("first_seen_us")).toLongLong(), kT0);
        QCOMPARE(edge(kB, QStringLiteral("source")).toString(), QStringLiteral("jetstream"));
        QCOMPARE(followEvents(kB), 1);

        // A backfilled edge without rkey learns it from a create at the same time (the stored row then
        // looks like a fresh insert except for the rkey) and from an older one (last_seen stays).
        one(follow(kC, kA, QString(), kT0 + 50, EventSource::Backfill));
        QCOMPARE(applied().newFollows, 2);
        one(follow(kC, kA, QStringLiteral("rkC"), kT0 + 50));
        QCOMPARE(applied().newFollows, 2);
        QCOMPARE(applied().duplicates, 4);
        QCOMPARE(edge(kC, QStringLiteral("rkey")).toString(), QStringLiteral("rkC"));
        QCOMPARE(edge(kC, QStringLiteral("last_seen_us")).toLongLong(), kT0 + 50);
        QCOMPARE(edge(kC, QStringLiteral("source")).toString(), QStringLiteral("backfill"));
        QCOMPARE(followEvents(kC), 1);
        const QString kD = QStringLiteral("did:plc:follower-d");
        one(follow(kD, kA, QString(), kT0 + 60, EventSource::Backfill));
        one(follow(kD, kA, QStringLiteral("rkD"), kT0 + 10));
        QCOMPARE(applied().newFollows, 3);
        QCOMPARE(applied().duplicates, 5);
        QCOMPARE(edge(kD, QStringLiteral("rkey")).toString(), QStringLiteral("rkD"));
        QCOMPARE(edge(kD, QStringLiteral("last_seen_us")).toLongLong(), kT0 + 60);
        QCOMPARE(followEvents(kD), 1);

        WriteBatch del;
        del.followsDeleted = {unfollow(kB, QStringLiteral("rk1"), kT0 + 200)};
        submit(del);
        QCOMPARE(applied().unfollows, 1);
        one(follow(kB, kA, QStringLiteral("rk2"), kT0 + 150)); // older than the unfollow: stale
        one(follow(kB, kA, QStringLiteral("rk1"), kT0 + 300)); // the deleted record again: stale
        QCOMPARE(applied().newFollows, 3);
        QCOMPARE(applied().duplicates, 7);
        QCOMPARE(edge(kB, QStringLiteral("removed_at_us")).toLongLong(), kT0 + 200);
        QCOMPARE(edge(kB, QStringLiteral("rkey")).toString(), QStringLiteral("rk1"));
        QCOMPARE(edge(kB, QStringLiteral("last_seen_us")).toLongLong(), kT0 + 100);

        one(follow(kB, kA, QStringLiteral("rk2"), kT0 + 400, EventSource::Backfill)); // re-follow
        QCOMPARE(applied().newFollows, 4);
        QCOMPARE(applied().duplicates, 7);
        QVERIFY(edge(kB, QStringLiteral("removed_at_us")).isNull());
        QCOMPARE(edge(kB, QStringLiteral("rkey")).toString(), QStringLiteral("rk2"));
        QCOMPARE(edge(kB, QStringLiteral("last_seen_us")).toLongLong(), kT0 + 400);
        QCOMPARE(edge(kB, QStringLiteral("first_seen_us")).toLongLong(), kT0);
        QCOMPARE(edge(kB, QStringLiteral("source")).toString(), QStringLiteral("backfill"));
        QCOMPARE(followEvents(kB), 2);
        QCOMPARE(count(QStringLiteral("SELECT SUM(new_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 4);
        QCOMPARE(count(QStringLiteral("SELECT SUM(lost_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 1);
    }

    // A Jetstream create whose rkey an edge of the follower holds stops at the (rkey, follower) index:
    // another Jetstream instance's later stamp of the same commit changes nothing, and a replay of
    // the record after its unfollow does not re-follow. A second record of an active follow is told
    // from the edge and leaves no event; a re-follow is the one follow stored as an event.
    void followReplayStopsAtTheRkeyIndex()
    {
        auto one = [&](const FollowCreated &f) {
            WriteBatch b;
            b.followsCreated = {f};
            submit(b);
        };
        auto applied = [&] { return m_writer->stats().applied; };
        auto edge = [&](const QString &column) {
            return value(QStringLiteral("SELECT %1 FROM follow_edges WHERE follower_did = ? AND subject_did = ?").arg(column), {kB, kA});
        };
        auto events = [&] { return count(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE follower_did = ?"), {kB}); };
        auto changes = [&](const QString &kind) {
            return count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE follower_did = ? AND kind = ?"), {kB, kind});
        };

        one(follow(kB, kA, QStringLiteral("3kaaaaaaaaa22"), kT0));
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(events(), 0);
        QCOMPARE(changes(QStringLiteral("follow")), 1);
        one(follow(kB, kA, QStringLiteral("3kaaaaaaaaa22"), kT0 + 700)); // the same commit, another instance's time
        QCOMPARE(applied().duplicates, 1);
        QCOMPARE(edge(QStringLiteral("last_seen_us")).toLongLong(), kT0);

        one(follow(kB, kA, QStringLiteral("3kbbbbbbbbb22"), kT0 + 900)); // a second record of the active follow
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(applied().duplicates, 2);
        QCOMPARE(edge(QStringLiteral("last_seen_us")).toLongLong(), kT0 + 900);
        QCOMPARE(edge(QStringLiteral("rkey")).toString(), QStringLiteral("3kaaaaaaaaa22"));
        one(follow(kB, kA, QStringLiteral("3kbbbbbbbbb22"), kT0 + 900)); // and its replay
        QCOMPARE(applied().duplicates, 3);
        QCOMPARE(events(), 0);
        QCOMPARE(changes(QStringLiteral("follow")), 1);

        WriteBatch del;
        del.followsDeleted = {unfollow(kB, QStringLiteral("3kaaaaaaaaa22"), kT0 + 1000)};
        submit(del);
        QCOMPARE(applied().unfollows, 1);
        one(follow(kB, kA, QStringLiteral("3kaaaaaaaaa22"), kT0 + 1500)); // the deleted record, replayed later
        QCOMPARE(applied().newFollows, 1);
        QCOMPARE(applied().duplicates, 4);
        QCOMPARE(edge(QStringLiteral("removed_at_us")).toLongLong(), kT0 + 1000);

        one(follow(kB, kA, QStringLiteral("3kccccccccc22"), kT0 + 2000)); // re-follow
        QCOMPARE(applied().newFollows, 2);
        QVERIFY(edge(QStringLiteral("removed_at_us")).isNull());
        QCOMPARE(edge(QStringLiteral("first_seen_us")).toLongLong(), kT0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE follower_did = ? AND kind = 'follow' "
                                      "AND rkey = '3kccccccccc22' AND time_us = ?"),
                       {kB, kT0 + 2000}),
                 1);
        one(follow(kB, kA, QStringLiteral("3kccccccccc22"), kT0 + 2100)); // its replay
        QCOMPARE(applied().duplicates, 5);
        QCOMPARE(edge(QStringLiteral("last_seen_us")).toLongLong(), kT0 + 2000);
        QCOMPARE(changes(QStringLiteral("follow")), 2);
        QCOMPARE(changes(QStringLiteral("unfollow")), 1);
        QCOMPARE(events(), 2);
        QCOMPARE(count(QStringLiteral("SELECT SUM(new_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 2);
        QCOMPARE(count(QStringLiteral("SELECT SUM(lost_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 1);
    }

    void unattributedAndIgnoredDeletes()
    {
        WriteBatch b; // C is known to follow A from a backfill that had no rkey
        b.followsCreated = {follow(kC, kA, QString(), kT0, EventSource::Backfill)};
        submit(b);
        QCOMPARE(value(QStringLiteral("SELECT rkey FROM follow_edges WHERE follower_did = ?"), {kC}).toString(), QString());

        WriteBatch d;
        d.followsDeleted = {unfollow(kC, QStringLiteral("unknown-rkey"), kT0 + 5),
                            unfollow(QStringLiteral("did:plc:stranger"), QStringLiteral("x"), kT0 + 6),
                            unfollow(kC, QString(), kT0 + 7)};
        submit(d);
        submit(d);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM unattributed_unfollows WHERE follower_did = ?"), {kC}), 1);
        QVERIFY(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kC}).isNull());
        QCOMPARE(count(QStringLiteral("SELECT value FROM storage_counters WHERE name = 'ignored_follow_deletes'")), 4);
        QCOMPARE(m_writer->stats().applied.unattributedUnfollows, 1);
        QCOMPARE(m_writer->stats().applied.ignoredDeletes, 4);

        // A later Jetstream create teaches the rkey to the backfilled edge without a new follow event.
        WriteBatch learn;
        learn.followsCreated = {follow(kC, kA, QStringLiteral("rkC"), kT0 + 10)};
        submit(learn);
        QCOMPARE(value(QStringLiteral("SELECT rkey FROM follow_edges WHERE follower_did = ?"), {kC}).toString(), QStringLiteral("rkC"));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE follower_did = ?"), {kC}), 1);
    }

    void backfillDeleteCarriesSubject()
    {
        WriteBatch b;
        b.followsCreated = {follow(kB, kA, QString(), kT0, EventSource::Backfill)};
        submit(b);
        WriteBatch d;
        d.followsDeleted = {unfollow(kB, QString(), kT0 + kDay, kA)};
        submit(d);
        submit(d);
        QCOMPARE(value(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = ?"), {kB}).toLongLong(), kT0 + kDay);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT lost_count FROM follow_daily WHERE day = ?"), {BatchApplier::dayOf(kT0 + kDay)}), 1);
    }

    void engagementCountersSurviveReplay()
    {
        WriteBatch b;
        b.posts = {PostEvent{kA, QStringLiteral("p1"), QStringLiteral("cid1"), QStringLiteral("hello"), kT0, kT0, false}};
        b.engagements = {engage(kB, EngagementKind::Like, QStringLiteral("l1"), QStringLiteral("p1"), kT0 + 1),
                         engage(kC, EngagementKind::Like, QStringLiteral("l2"), QStringLiteral("p1"), kT0 + 2),
                         engage(kB, EngagementKind::Repost, QStringLiteral("r1"), QStringLiteral("p1"), kT0 + 3),
                         engage(kC, EngagementKind::Reply, QStringLiteral("y1"), QStringLiteral("p1"), kT0 + 4)};
        submit(b);
        submit(b); // replay must not double the counters
        QCOMPARE(count(QStringLiteral("SELECT like_count FROM posts WHERE author_did = ? AND rkey = 'p1'"), {kA}), 2);
        QCOMPARE(count(QStringLiteral("SELECT repost_count FROM posts WHERE author_did = ? AND rkey = 'p1'"), {kA}), 1);
        QCOMPARE(count(QStringLiteral("SELECT reply_count FROM posts WHERE author_did = ? AND rkey = 'p1'"), {kA}), 1);
        QCOMPARE(value(QStringLiteral("SELECT text FROM posts WHERE rkey = 'p1'")).toString(), QStringLiteral("hello"));
        QCOMPARE(count(QStringLiteral("SELECT like_count FROM engagement_daily WHERE subject_did = ?"), {kA}), 2);

        WriteBatch undo;
        undo.engagements = {engage(kB, EngagementKind::Like, QStringLiteral("l1"), QString(), kT0 + 100, true)};
        undo.engagements[0].subjectUri.clear(); // deletes carry only actor + collection + rkey
        submit(undo);
        submit(undo);
        QCOMPARE(count(QStringLiteral("SELECT like_count FROM posts WHERE rkey = 'p1'")), 1);
        QCOMPARE(count(QStringLiteral("SELECT like_count FROM engagement_daily WHERE subject_did = ?"), {kA}), 1);
        QCOMPARE(m_writer->stats().applied.engagementUndos, 1);

        // Post edits keep the counters.
        WriteBatch edit;
        edit.posts = {PostEvent{kA, QStringLiteral("p1"), QStringLiteral("cid2"), QStringLiteral("hello!"), kT0, kT0 + 9, false}};
        submit(edit);
        QCOMPARE(count(QStringLiteral("SELECT like_count FROM posts WHERE rkey = 'p1'")), 1);
        QCOMPARE(value(QStringLiteral("SELECT cid FROM posts WHERE rkey = 'p1'")).toString(), QStringLiteral("cid2"));
    }

    void identityProfileStatusSnapshot()
    {
        WriteBatch b;
        ProfileInfo p;
        p.did = kA;
        p.handle = QStringLiteral("a.test");
        p.displayName = QStringLiteral("A");
        p.followersCount = 10;
        p.followsCount = 5;
        p.updatedAtUs = kT0;
        b.profiles = {p};
        b.snapshots = {FollowerSnapshot{kA, kT0, 10, 5, EventSource::Backfill}};
        submit(b);

        WriteBatch id;
        id.identities = {IdentityEvent{kA, QStringLiteral("new.a.test"), kT0 + 10}};
        id.accountStatuses = {AccountStatusEvent{kB, false, QStringLiteral("deactivated"), kT0 + 10}};
        id.snapshots = {FollowerSnapshot{kA, kT0, 11, 5, EventSource::Backfill}};
        submit(id);
        QCOMPARE(value(QStringLiteral("SELECT handle FROM profiles WHERE did = ?"), {kA}).toString(), QStringLiteral("new.a.test"));
        QCOMPARE(value(QStringLiteral("SELECT handle FROM accounts WHERE did = ?"), {kA}).toString(), QStringLiteral("new.a.test"));
        QCOMPARE(count(QStringLiteral("SELECT active FROM profiles WHERE did = ?"), {kB}), 0);
        QCOMPARE(value(QStringLiteral("SELECT status FROM profiles WHERE did = ?"), {kB}).toString(), QStringLiteral("deactivated"));
        QCOMPARE(count(QStringLiteral("SELECT followers_count FROM follower_snapshots WHERE account_did = ?"), {kA}), 11);

        // An older profile fetch must not overwrite the newer handle; unknown counts keep old values.
        WriteBatch stale;
        p.handle = QStringLiteral("old.a.test");
        p.updatedAtUs = kT0 - 1;
        stale.profiles = {p};
        submit(stale);
        QCOMPARE(value(QStringLiteral("SELECT handle FROM profiles WHERE did = ?"), {kA}).toString(), QStringLiteral("new.a.test"));
        WriteBatch partial;
        ProfileInfo q;
        q.did = kA;
        q.displayName = QStringLiteral("A2");
        q.updatedAtUs = kT0 + 20;
        partial.profiles = {q};
        submit(partial);
        QCOMPARE(count(QStringLiteral("SELECT followers_count FROM profiles WHERE did = ?"), {kA}), 10);
        QCOMPARE(value(QStringLiteral("SELECT display_name FROM profiles WHERE did = ?"), {kA}).toString(), QStringLiteral("A2"));

        // A replayed older identity event (e.g. a rewind after reconnect) changes neither table.
        WriteBatch replayed;
        replayed.identities = {IdentityEvent{kA, QStringLiteral("older.a.test"), kT0 + 5}};
        submit(replayed);
        QCOMPARE(value(QStringLiteral("SELECT handle FROM profiles WHERE did = ?"), {kA}).toString(), QStringLiteral("new.a.test"));
        QCOMPARE(value(QStringLiteral("SELECT handle FROM accounts WHERE did = ?"), {kA}).toString(), QStringLiteral("new.a.test"));
        // A newer one changes both.
        WriteBatch newer;
        newer.identities = {IdentityEvent{kA, QStringLiteral("newest.a.test"), kT0 + 30}};
        submit(newer);
        QCOMPARE(value(QStringLiteral("SELECT handle FROM accounts WHERE did = ?"), {kA}).toString(), QStringLiteral("newest.a.test"));
    }

    void cursorCommitsWithRowsAndBadBatchIsIsolated()
    {
        QSignalSpy failed(m_writer.get(), &StorageWriter::batchFailed);
        WriteBatch good1;
        good1.followsCreated = {follow(kB, kA, QStringLiteral("g1"), kT0)};
        good1.cursor = CursorUpdate{QStringLiteral("wss://js.test"), kT0};
        WriteBatch bad; // a buggy producer: engagement without a subject URI violates NOT NULL
        EngagementEvent e = engage(kC, EngagementKind::Like, QStringLiteral("bad"), QStringLiteral("p"), kT0);
        e.subjectUri = QString();
        bad.engagements = {e};
        bad.cursor = CursorUpdate{QStringLiteral("wss://js.test"), kT0 + 1};
        WriteBatch good2;
        good2.followsCreated = {follow(kC, kA, QStringLiteral("g2"), kT0 + 2)};
        good2.cursor = CursorUpdate{QStringLiteral("wss://js.test"), kT0 + 2};
        QVERIFY(m_writer->submit(good1, 1000).ok());
        QVERIFY(m_writer->submit(bad, 1000).ok());
        QVERIFY(m_writer->submit(good2, 1000).ok());
        QVERIFY(m_writer->flush(10000));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_edges")), 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM engagement_events")), 0);
        QCOMPARE(value(QStringLiteral("SELECT cursor_us FROM jetstream_cursors WHERE endpoint = 'wss://js.test'")).toLongLong(), kT0 + 2);
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(m_writer->stats().failedBatches, 1);
    }

    void readPoolQueriesOffTheCallingThread()
    {
        WriteBatch b;
        for (int i = 0; i < 30; ++i) {
            b.followsCreated.append(follow(QStringLiteral("did:plc:f%1").arg(i), kA, QStringLiteral("r%1").arg(i), kT0 + i * kDay / 3));
        }
        b.followsDeleted = {unfollow(QStringLiteral("did:plc:f0"), QStringLiteral("r0"), kT0 + 9 * kDay)};
        ProfileInfo p;
        p.did = QStringLiteral("did:plc:f29");
        p.handle = QStringLiteral("f29.test");
        p.updatedAtUs = kT0;
        b.profiles = {p};
        submit(b);

        ReadPool pool(m_config, &m_stats, 2);
        const QString mainThread = QThread::currentThread()->objectName();
        auto threadName = pool.run<QString>([](DbConnection &) -> Result<QString> { return QThread::currentThread()->objectName(); });
        threadName.waitForFinished();
        QVERIFY(threadName.result().ok());
        QVERIFY(threadName.result()->startsWith(QStringLiteral("ge-storage-reader-")));

        const qint64 now = kT0 + 10 * kDay;
        auto ov = pool.run<AccountOverview>([now](DbConnection &c) { return queries::overview(c, kA, now); });
        ov.waitForFinished();
        QVERIFY2(ov.result().ok(), qPrintable(ov.result().ok() ? QString() : ov.result().error().detail));
        const AccountOverview o = *ov.result();
        QCOMPARE(o.followers, 29);
        QCOMPARE(o.windows.size(), 5);
        QCOMPARE(o.windows.at(4).gained, 30); // 365 days
        QCOMPARE(o.windows.at(4).lost, 1);
        QCOMPARE(o.latestNew.size(), 20);
        QCOMPARE(o.latestNew.first().did, QStringLiteral("did:plc:f29"));
        QCOMPARE(o.latestNew.first().handle, QStringLiteral("f29.test"));
        QCOMPARE(o.latestLost.size(), 1);

        auto days = pool.run<QList<DailyFollowCount>>([](DbConnection &c) {
            return queries::dailyFollowCounts(c, kA, BatchApplier::dayOf(kT0), BatchApplier::dayOf(kT0) + 365);
        });
        days.waitForFinished();
        qint64 total = 0;
        const Result<QList<DailyFollowCount>> dayRows = days.result();
        QVERIFY(dayRows.ok());
        for (const DailyFollowCount &d : *dayRows) {
            total += d.newCount;
        }
        QCOMPARE(total, 30);

        // A period's follows (first follows from the edges, re-follows from the events, newest
        // first, up to the limit, with profiles) and unfollows.
        WriteBatch back;
        back.followsCreated = {follow(QStringLiteral("did:plc:f0"), kA, QStringLiteral("r0b"), kT0 + 9 * kDay + 5)};
        submit(back);
        auto changes = [&](bool follows, qint64 from, qint64 to, int limit) {
            auto f = pool.run<QList<FollowChange>>(
                [=](DbConnection &c) { return queries::followChanges(c, kA, follows, from, to, limit); });
            f.waitForFinished();
            const Result<QList<FollowChange>> r = f.result();
            QStringList out;
            if (!r.ok()) {
                out << QStringLiteral("error: ") + r.error().detail;
                return out;
            }
            for (const FollowChange &ch : *r) {
                out << ch.did + QLatin1Char('@') + QString::number((ch.timeUs - kT0) / (kDay / 3)) + QLatin1Char('/') + ch.handle;
            }
            return out;
        };
        // Days 8–10: f24..f29 arrived as first follows (one every third of a day), f0 came back.
        QCOMPARE(changes(true, kT0 + 8 * kDay, kT0 + 10 * kDay, 3),
                 (QStringList{QStringLiteral("did:plc:f29@29/f29.test"), QStringLiteral("did:plc:f28@28/"),
                              QStringLiteral("did:plc:f0@27/")}));
        QCOMPARE(changes(true, kT0 + 8 * kDay, kT0 + 10 * kDay, 100).size(), 7);
        QCOMPARE(changes(true, kT0, kT0 + kDay, 100).size(), 3); // f0..f2 (f0's first follow)
        QCOMPARE(changes(false, kT0, kT0 + 10 * kDay, 100), QStringList{QStringLiteral("did:plc:f0@27/")});
        QCOMPARE(changes(false, kT0, kT0 + 9 * kDay, 100), QStringList());

        auto cur = pool.run<std::optional<qint64>>([](DbConnection &c) { return queries::cursor(c, QStringLiteral("none")); });
        cur.waitForFinished();
        QVERIFY(cur.result().ok());
        QVERIFY(!cur.result()->has_value());
        QVERIFY(m_stats.snapshot().queries > 0);
    }

    void auditChainDetectsTampering()
    {
        AuditLog audit(*m_writer, m_clock);
        for (int i = 0; i < 3; ++i) {
            auto f = audit.append(QStringLiteral("user"), kA, QStringLiteral("follow"), QStringLiteral("did:plc:t%1").arg(i),
                                  QStringLiteral("ok"), QStringLiteral("{\"n\":%1}").arg(i));
            f.waitForFinished();
            QVERIFY(f.result().ok());
            m_clock.advanceMs(1);
        }
        auto conn = DbConnection::open(m_config, QStringLiteral("verify"));
        QVERIFY(conn.ok());
        auto report = AuditLog::verify(**conn);
        QVERIFY(report.ok());
        QVERIFY(report->ok);
        QCOMPARE(report->rows, 3);

        QVERIFY((*conn)->exec(QStringLiteral("UPDATE audit_log SET result = 'error' WHERE seq = 2")).ok());
        report = AuditLog::verify(**conn);
        QVERIFY(!report->ok);
        QCOMPARE(report->firstBadSeq, 2);
        QVERIFY((*conn)->exec(QStringLiteral("UPDATE audit_log SET result = 'ok' WHERE seq = 2")).ok());
        QVERIFY(AuditLog::verify(**conn)->ok);

        QVERIFY((*conn)->exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 3")).ok());
        report = AuditLog::verify(**conn);
        QVERIFY(!report->ok);
        QVERIFY(report->problem.contains(QStringLiteral("deleted")));
    }

    void retentionPrunesRawEventsKeepsAggregates()
    {
        WriteBatch b;
        for (int i = 0; i < 50; ++i) {
            b.followsCreated.append(follow(QStringLiteral("did:plc:old%1").arg(i), kA, QStringLiteral("o%1").arg(i), kT0 + i));
            b.engagements.append(engage(QStringLiteral("did:plc:old%1").arg(i), EngagementKind::Like, QStringLiteral("l%1").arg(i),
                                        QStringLiteral("p"), kT0 + i));
        }
        b.followsCreated.append(follow(kB, kA, QStringLiteral("new"), kT0 + 200 * kDay));
        submit(b);
        WriteBatch gone; // 20 of the old followers leave: old unfollow events; one leaves recently
        for (int i = 0; i < 20; ++i) {
            gone.followsDeleted.append(unfollow(QStringLiteral("did:plc:old%1").arg(i), QStringLiteral("o%1").arg(i), kT0 + kDay + i));
        }
        gone.followsDeleted.append(unfollow(QStringLiteral("did:plc:old49"), QStringLiteral("o49"), kT0 + 150 * kDay));
        submit(gone);
        Retention retention(*m_writer);
        QSignalSpy done(&retention, &Retention::finished);
        retention.start(kT0 + 100 * kDay, 7); // small batches
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 20000);
        QCOMPARE(done.at(0).at(0).toLongLong(), 70); // 20 unfollow events + 50 likes
        QVERIFY(done.at(0).at(2).toBool());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_events")), 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM engagement_events")), 0);
        QCOMPARE(count(QStringLiteral("SELECT SUM(new_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 51);
        QCOMPARE(count(QStringLiteral("SELECT SUM(lost_count) FROM follow_daily WHERE subject_did = ?"), {kA}), 21);
        QCOMPARE(count(QStringLiteral("SELECT SUM(like_count) FROM engagement_daily")), 50);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE removed_at_us IS NULL")), 30);
        // First follows are edges, which retention keeps (the follow graph is state, not raw events).
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), 51);
    }
};

QTEST_GUILESS_MAIN(TestStorageRepository)
#include "tst_storage_repository.moc"
