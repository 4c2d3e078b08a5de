// Migrations: every migration from an empty file and from each earlier version (with data),
// refusal of a newer database, rollback of a failed migration, dialect DDL translation.
#include "StorageTestSupport.h"

#include "storage/BackgroundMigration.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/SqlDialect.h"

#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QTest>

using namespace ge;
using namespace ge::storage;

class TestStorageMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    DatabaseConfig fresh() { return DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("m%1.sqlite").arg(++m_serial))); }

    static QStringList schemaObjects(DbConnection &conn)
    {
        QStringList out;
        auto q = conn.select(QStringLiteral("SELECT type || ':' || name || ':' || COALESCE(sql, '') FROM sqlite_master "
                                            "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
        while (q.ok() && q->next()) {
            out << q->value(0).toString();
        }
        return out;
    }

    // The steps of SQLite's plan for sql on a freshly migrated database. EXPLAIN cannot take unbound
    // parameters: text literals for the keys, a number for LIMIT.
    Result<QStringList> queryPlan(const QString &sql)
    {
        auto conn = DbConnection::open(fresh(), QStringLiteral("plan"));
        if (!conn) {
            return conn.error();
        }
        if (auto v = Migrator().migrate(**conn); !v) {
            return v.error();
        }
        QString literal = sql;
        literal.replace(QLatin1StringView("LIMIT ?"), QLatin1StringView("LIMIT 10")).replace(QLatin1Char('?'), QLatin1StringView("'x'"));
        auto q = (*conn)->select(QStringLiteral("EXPLAIN QUERY PLAN ") + literal);
        if (!q) {
            return q.error();
        }
        QStringList plan;
        while (q->next()) {
            plan << q->value(3).toString();
        }
        return plan;
    }

private Q_SLOTS:
    void builtinMigrationsAreNumberedAndEmbedded()
    {
        const QList<Migration> all = Migrator::builtin();
        QVERIFY(all.size() >= 2);
        for (int i = 0; i < all.size(); ++i) {
            QCOMPARE(all.at(i).version, i + 1);
            QVERIFY(!all.at(i).sql.isEmpty());
        }
        QCOMPARE(Migrator::latestVersion(), all.constLast().version);
    }

    void appliesEverythingFromEmpty()
    {
        const DatabaseConfig cfg = fresh();
        auto conn = DbConnection::open(cfg, QStringLiteral("m"));
        QVERIFY(conn.ok());
        Migrator m;
        QCOMPARE(*m.currentVersion(**conn), 0);
        auto v = m.migrate(**conn);
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(*v, Migrator::latestVersion());
        QCOMPARE(*m.currentVersion(**conn), Migrator::latestVersion());
        const QStringList tables = (*conn)->db().tables();
        for (const char *t : {"accounts", "profiles", "follow_edges", "follow_events", "unattributed_unfollows",
                              "follower_snapshots", "posts", "engagement_events", "jetstream_cursors", "campaigns",
                              "campaign_items", "audit_log", "health_checks", "breaker_transitions", "schema_version",
                              "follow_daily", "engagement_daily", "storage_counters"}) {
            QVERIFY2(tables.contains(QString::fromLatin1(t)), t);
        }
        QCOMPARE((*conn)->scalar(QStringLiteral("SELECT COUNT(*) FROM schema_version"))->toInt(), Migrator::latestVersion());
        // Running again is a no-op.
        QCOMPARE(*m.migrate(**conn), Migrator::latestVersion());
        QCOMPARE((*conn)->scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*conn)->scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE((*conn)->scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 1); // NORMAL
    }

    void upgradesFromEachEarlierVersionKeepingData()
    {
        // Reference schema: everything applied at once.
        QStringList reference;
        {
            auto conn = DbConnection::open(fresh(), QStringLiteral("ref"));
            QVERIFY(Migrator().migrate(**conn).ok());
            reference = schemaObjects(**conn);
        }
        for (int from = 1; from < Migrator::latestVersion(); ++from) {
            const DatabaseConfig cfg = fresh();
            auto conn = DbConnection::open(cfg, QStringLiteral("up"));
            QCOMPARE(*Migrator().migrate(**conn, from), from);
            // Data written by the older version.
            QVERIFY((*conn)->select(QStringLiteral("INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
                                                   "VALUES ('did:b', 'did:a', 'follow', 'r1', 86400000000, 'jetstream'), "
                                                   "('did:c', 'did:a', 'follow', 'r2', 86400000001, 'jetstream'), "
                                                   "('did:c', 'did:a', 'unfollow', 'r2', 172800000000, 'jetstream')")).ok());
            // ... and the edges of those follows (until v5 each first follow was stored twice).
            QVERIFY((*conn)->select(QStringLiteral("INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, "
                                                   "last_seen_us, removed_at_us, source) VALUES "
                                                   "('did:b', 'did:a', 'r1', 86400000000, 86400000000, NULL, 'jetstream'), "
                                                   "('did:c', 'did:a', 'r2', 86400000001, 86400000001, 172800000000, 'jetstream')")).ok());
            QVERIFY((*conn)->select(QStringLiteral("INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, "
                                                   "subject_did, time_us, deleted_at_us) VALUES "
                                                   "('did:b', 'app.bsky.feed.like', 'l1', 'like', 'at://did:a/app.bsky.feed.post/p', "
                                                   "'did:a', 86400000000, NULL), "
                                                   "('did:c', 'app.bsky.feed.repost', 'l2', 'repost', 'at://did:a/app.bsky.feed.post/p', "
                                                   "'did:a', 86400000001, 86400000002)")).ok());
            auto v = Migrator().migrate(**conn);
            QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
            QCOMPARE(*v, Migrator::latestVersion());
            QCOMPARE(schemaObjects(**conn), reference);
            // 0005 dropped the stored first follows (their edges hold them); the unfollow stays an event.
            QCOMPARE((*conn)->scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events"))->toInt(), 1);
            // 0004 rebuilt both event tables, 0005 reads first follows from the edges: every column
            // of every change is still there.
            QCOMPARE((*conn)->scalar(QStringLiteral("SELECT group_concat(follower_did || '/' || subject_did || '/' || kind || '/' || "
                                                    "rkey || '/' || time_us || '/' || source, ' ') FROM "
                                                    "(SELECT * FROM follow_changes ORDER BY time_us)"))->toString(),
                     QStringLiteral("did:b/did:a/follow/r1/86400000000/jetstream did:c/did:a/follow/r2/86400000001/jetstream "
                                    "did:c/did:a/unfollow/r2/172800000000/jetstream"));
            QCOMPARE((*conn)->scalar(QStringLiteral("SELECT group_concat(actor_did || '/' || collection || '/' || rkey || '/' || kind "
                                                    "|| '/' || subject_uri || '/' || subject_did || '/' || time_us || '/' || "
                                                    "COALESCE(deleted_at_us, 'null'), ' ') FROM (SELECT * FROM engagement_events "
                                                    "ORDER BY time_us)"))->toString(),
                     QStringLiteral("did:b/app.bsky.feed.like/l1/like/at://did:a/app.bsky.feed.post/p/did:a/86400000000/null "
                                    "did:c/app.bsky.feed.repost/l2/repost/at://did:a/app.bsky.feed.post/p/did:a/86400000001/"
                                    "86400000002"));
            // The natural keys still reject a second copy of a row.
            QVERIFY(!(*conn)->select(QStringLiteral("INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
                                                    "VALUES ('did:c', 'did:a', 'unfollow', 'r2', 1, 'backfill')")).ok());
            QVERIFY(!(*conn)->select(QStringLiteral("INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, "
                                                    "subject_did, time_us) VALUES ('did:b', 'app.bsky.feed.like', 'l1', 'like', "
                                                    "'at://x', 'did:a', 1)")).ok());
            if (from < 2) {
                // 0002 aggregates what v1 held.
                QCOMPARE((*conn)->scalar(QStringLiteral("SELECT new_count FROM follow_daily WHERE day = 1"))->toInt(), 2);
                QCOMPARE((*conn)->scalar(QStringLiteral("SELECT lost_count FROM follow_daily WHERE day = 2"))->toInt(), 1);
            }
        }
    }

    // The statements the writer, the campaigns and retention run for every event or batch find their
    // rows through an index: none of them may scan a table that grows with the history.
    void hotStatementsUseIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("follow event by rkey") << QStringLiteral("SELECT kind FROM follow_events WHERE follower_did = ? AND rkey = ?");
        QTest::newRow("follow event insert conflict")
            << QStringLiteral("SELECT 1 FROM follow_events WHERE follower_did = ? AND subject_did = ? AND kind = ? AND rkey = ?");
        QTest::newRow("edge by rkey") << QStringLiteral("SELECT subject_did, removed_at_us FROM follow_edges WHERE follower_did = ? AND rkey = ?");
        QTest::newRow("edge by pair") << QStringLiteral("SELECT rkey FROM follow_edges WHERE follower_did = ? AND subject_did = ?");
        QTest::newRow("replayed follow record (rkey known)") << QStringLiteral("SELECT 1 FROM follow_edges WHERE rkey = ? AND follower_did = ?");
        QTest::newRow("engagement undo")
            << QStringLiteral("UPDATE engagement_events SET deleted_at_us = ? WHERE actor_did = ? AND collection = ? AND rkey = ? "
                              "AND deleted_at_us IS NULL");
        QTest::newRow("unfollowed before (campaigns)")
            << QStringLiteral("SELECT subject_did FROM follow_events WHERE follower_did = ? AND kind = 'unfollow'");
        QTest::newRow("retention, follow events")
            << QStringLiteral("DELETE FROM follow_events WHERE (rkey, follower_did, subject_did, kind) IN (SELECT rkey, follower_did, "
                              "subject_did, kind FROM follow_events WHERE time_us < ? LIMIT ?)");
        QTest::newRow("retention, engagement events")
            << QStringLiteral("DELETE FROM engagement_events WHERE (rkey, actor_did, collection) IN (SELECT rkey, actor_did, collection "
                              "FROM engagement_events WHERE time_us < ? LIMIT ?)");
    }

    void hotStatementsUseIndexes()
    {
        QFETCH(QString, sql);
        const Result<QStringList> steps = queryPlan(sql);
        QVERIFY2(steps.ok(), qPrintable(steps.ok() ? QString() : steps.error().detail));
        const QStringList &plan = *steps;
        QVERIFY(!plan.isEmpty());
        // Retention's inner SELECT walks the table in insertion order and stops at LIMIT on purpose;
        // the outer DELETE must go through the key.
        const bool retention = sql.startsWith(QLatin1StringView("DELETE"));
        for (const QString &step : std::as_const(plan)) {
            if (step.startsWith(QLatin1StringView("SCAN "))) {
                QVERIFY2(retention && plan.indexOf(step) > 0, qPrintable(plan.join(QLatin1StringView(" | "))));
            }
        }
        QVERIFY2(plan.first().contains(QLatin1StringView("USING")), qPrintable(plan.join(QLatin1StringView(" | "))));
        if (sql.startsWith(QLatin1StringView("SELECT 1 FROM follow_edges"))) {
            // The replay probe of every Jetstream follow must not read the table row.
            QVERIFY2(plan.first().contains(QLatin1StringView("COVERING INDEX follow_edges_rkey")), qPrintable(plan.first()));
        }
    }

    // The pages' and reports' reads of follow_changes (a view over two tables) reach both tables
    // through their (account, time) indexes: the WHERE terms are pushed into each arm.
    void followChangesReadThroughIndexes_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("a day's new followers")
            << QStringLiteral("SELECT follower_did FROM follow_changes WHERE subject_did = ? AND time_us >= ? AND time_us < ? "
                              "AND kind = ? ORDER BY time_us DESC LIMIT 20");
        QTest::newRow("changes since a snapshot")
            << QStringLiteral("SELECT COALESCE(SUM(kind = 'follow'), 0), COALESCE(SUM(kind = 'unfollow'), 0) FROM follow_changes "
                              "WHERE subject_did = ? AND time_us > ?");
        QTest::newRow("top new followers (reports)")
            << QStringLiteral("SELECT follower_did, min(time_us) FROM follow_changes WHERE subject_did = ? AND kind = 'follow' "
                              "AND time_us >= ? AND time_us < ? GROUP BY follower_did");
    }

    void followChangesReadThroughIndexes()
    {
        QFETCH(QString, sql);
        const Result<QStringList> plan = queryPlan(sql);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().detail));
        const QString all = plan->join(QLatin1StringView(" | "));
        QVERIFY2(all.contains(QLatin1StringView("SEARCH follow_edges USING INDEX follow_edges_subject_first")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1StringView("SEARCH follow_events USING INDEX follow_events_subject_time")), qPrintable(all));
        QVERIFY2(!all.contains(QLatin1StringView("SCAN follow_edges")) && !all.contains(QLatin1StringView("SCAN follow_events")),
                 qPrintable(all));
    }

    // Start-up migrations run on a worker thread while the calling thread's event loop keeps
    // running (the app shows a progress dialog then); `started` comes first, on the calling thread,
    // and only when there is something to migrate. A failed migration is reported and rolled back.
    void migratesInBackgroundWhileTheEventLoopRuns()
    {
        const QList<Migration> slow = {
            {1, QStringLiteral("0001_t.sql"), QStringLiteral("CREATE TABLE t (i INTEGER PRIMARY KEY, v TEXT);")},
            {2, QStringLiteral("0002_fill.sql"),
             QStringLiteral("INSERT INTO t (v) WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 400000) "
                            "SELECT printf('%08d', i) FROM n;\nCREATE INDEX t_v ON t (v);")}};
        const DatabaseConfig cfg = fresh();
        int ticks = 0;
        QTimer timer;
        timer.setInterval(1);
        connect(&timer, &QTimer::timeout, this, [&ticks] { ++ticks; });
        timer.start();
        int started = 0;
        QThread *startedOn = nullptr;
        Result<int> v = migrateInBackground(cfg, [&] {
            ++started;
            startedOn = QThread::currentThread();
        }, Migrator(slow));
        QVERIFY2(v.ok(), qPrintable(v.ok() ? QString() : v.error().message));
        QCOMPARE(*v, 2);
        QCOMPARE(started, 1);
        QCOMPARE(startedOn, QThread::currentThread());
        QVERIFY2(ticks > 0, "the calling thread's event loop did not run during the migration");
        {
            auto conn = DbConnection::open(cfg, QStringLiteral("check"));
            QCOMPARE((*conn)->scalar(QStringLiteral("SELECT COUNT(*) FROM t"))->toInt(), 400001);
        }

        // Up to date: nothing to announce.
        started = 0;
        v = migrateInBackground(cfg, [&] { ++started; }, Migrator(slow));
        QVERIFY(v.ok());
        QCOMPARE(started, 0);

        // A failing migration: the error comes back and the database stays at version 2.
        QList<Migration> broken = slow;
        broken.append({3, QStringLiteral("0003_bad.sql"), QStringLiteral("ALTER TABLE t ADD COLUMN w TEXT;\nINSERT INTO nope VALUES (1);")});
        v = migrateInBackground(cfg, {}, Migrator(broken));
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QStringLiteral("0003_bad.sql")));
        auto conn = DbConnection::open(cfg, QStringLiteral("after"));
        QCOMPARE(*Migrator(broken).currentVersion(**conn), 2);
        QVERIFY(!(*conn)->select(QStringLiteral("SELECT w FROM t LIMIT 1")).ok()); // the column was rolled back

        // The same work on the calling thread starves its event loop: what the worker thread avoids.
        const DatabaseConfig other = fresh();
        ticks = 0;
        auto sync = DbConnection::open(other, QStringLiteral("sync"));
        QVERIFY(Migrator(slow).migrate(**sync).ok());
        QCOMPARE(ticks, 0);
    }

    void refusesNewerDatabase()
    {
        const DatabaseConfig cfg = fresh();
        auto conn = DbConnection::open(cfg, QStringLiteral("new"));
        QVERIFY(Migrator().migrate(**conn).ok());
        QVERIFY((*conn)->select(QStringLiteral("INSERT INTO schema_version (version, name, applied_at_us) VALUES (?, 'future', 0)"),
                                {Migrator::latestVersion() + 1}).ok());
        auto v = Migrator().migrate(**conn);
        QVERIFY(!v.ok());
        QVERIFY(v.error().category == ErrorCategory::Storage);
        QVERIFY(v.error().message.contains(QStringLiteral("newer version")));
        QCOMPARE(*Migrator().currentVersion(**conn), Migrator::latestVersion() + 1);
    }

    void failedMigrationLeavesDatabaseUnchanged()
    {
        const DatabaseConfig cfg = fresh();
        auto conn = DbConnection::open(cfg, QStringLiteral("fail"));
        QList<Migration> list = Migrator::builtin();
        QVERIFY(Migrator(list).migrate(**conn).ok());
        const QStringList before = schemaObjects(**conn);
        const int version = Migrator::latestVersion();
        list.append(Migration{version + 1, QStringLiteral("9999_broken.sql"),
                              QStringLiteral("CREATE TABLE half_done (x INTEGER);\n"
                                             "ALTER TABLE accounts ADD COLUMN extra TEXT;\n"
                                             "INSERT INTO no_such_table VALUES (1);\n")});
        auto v = Migrator(list).migrate(**conn);
        QVERIFY(!v.ok());
        QVERIFY(v.error().message.contains(QStringLiteral("9999_broken.sql")));
        QCOMPARE(schemaObjects(**conn), before);
        QCOMPARE(*Migrator().currentVersion(**conn), version);
    }

    void splitsStatementsAndTranslatesDdl()
    {
        const QStringList s = Migrator::splitStatements(QStringLiteral("-- c\nCREATE TABLE a (x INTEGER); -- t\n\nINSERT INTO a\n VALUES (1);\n"));
        QCOMPARE(s.size(), 2);
        QVERIFY(s.at(1).startsWith(QStringLiteral("INSERT INTO a")));
        const SqlDialect pg(Backend::Postgres);
        QCOMPARE(pg.translateDdl(QStringLiteral("id INTEGER PRIMARY KEY, t DOUBLE, u DOUBLE PRECISION")),
                 QStringLiteral("id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, t DOUBLE PRECISION, u DOUBLE PRECISION"));
        const SqlDialect lite(Backend::Sqlite);
        QCOMPARE(lite.translateDdl(QStringLiteral("id INTEGER PRIMARY KEY")), QStringLiteral("id INTEGER PRIMARY KEY"));
        // SQLite's clustered tables are plain tables with a key index on PostgreSQL.
        const QString clustered = QStringLiteral("CREATE TABLE t (a TEXT, PRIMARY KEY (a)\n) without  ROWID;\nSELECT 'WITHOUT ROWID';");
        QCOMPARE(pg.translateDdl(clustered), QStringLiteral("CREATE TABLE t (a TEXT, PRIMARY KEY (a)\n);\nSELECT 'WITHOUT ROWID';"));
        QCOMPARE(lite.translateDdl(clustered), clustered);
    }

    void configFromUrl()
    {
        auto d = DatabaseConfig::fromUrl(QString(), QStringLiteral("/data"));
        QVERIFY(d.ok());
        QCOMPARE(d->sqlitePath, QStringLiteral("/data/growth-engine.sqlite"));
        auto pg = DatabaseConfig::fromUrl(QStringLiteral("postgresql://ge@127.0.0.1:55433/growth"), QStringLiteral("/data"));
        QVERIFY(pg.ok());
        QVERIFY(pg->backend == Backend::Postgres);
        QCOMPARE(pg->pgPort, 55433);
        QCOMPARE(pg->pgDatabase, QStringLiteral("growth"));
        QCOMPARE(pg->describe(), QStringLiteral("postgresql://ge@127.0.0.1:55433/growth"));
        auto withPassword = DatabaseConfig::fromUrl(QStringLiteral("postgresql://ge:secret@h:1/db"), QString());
        QVERIFY(!withPassword->describe().contains(QStringLiteral("secret")));
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("mysql://x/y"), QString()).ok());
        QVERIFY(!DatabaseConfig::fromUrl(QStringLiteral("postgresql://h:1/"), QString()).ok());
    }
};

QTEST_GUILESS_MAIN(TestStorageMigrations)
#include "tst_storage_migrations.moc"
