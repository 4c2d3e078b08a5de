// Points buckets: Bluesky budgets, server headers, 429 pauses, ETAs and persistence.
#include "core/Clock.h"
#include "reliability/BucketStore.h"
#include "reliability/RateLimiter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ge;
using namespace ge::reliability;
using namespace std::chrono_literals;

namespace {
const QString kDid = QStringLiteral("did:plc:abc123");
constexpr qint64 kHourUs = 3600LL * 1'000'000;

// A store whose saves fail (disk full): the limiter must keep the bucket dirty and report it.
class FailingStore final : public BucketStore
{
public:
    Result<std::optional<BucketState>> load(const QString &) override
    {
        return Error::storage(QStringLiteral("database is locked"), true);
    }
    Status save(const QString &, const BucketState &) override
    {
        ++saves;
        return Error::storage(QStringLiteral("disk full"));
    }
    int saves = 0;
};
} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void blueskyBudgetsWithHeadroom()
    {
        const QList<BucketConfig> w = RateLimiter::accountWriteBuckets(kDid, 0.2);
        QCOMPARE(w.size(), 2);
        QCOMPARE(w[0].name, RateLimiter::writesHourBucket(kDid));
        QCOMPARE(w[0].limit, 5000);
        QCOMPARE(w[0].budget(), 4000);
        QCOMPARE(w[0].window.count(), 3600);
        QCOMPARE(w[1].limit, 35000);
        QCOMPARE(w[1].budget(), 28000);
        QCOMPARE(w[1].window.count(), 86400);
        const QList<BucketConfig> g = RateLimiter::globalBuckets();
        QCOMPARE(g[0].limit, 3000);
        QCOMPARE(g[0].window.count(), 300);
        QCOMPARE(g[1].limit, 30);
        QCOMPARE(pointsFor(WriteOp::Create), 3);
        QCOMPARE(pointsFor(WriteOp::Update), 2);
        QCOMPARE(pointsFor(WriteOp::Delete), 1);
    }

    void createsStopAtTheHourlyBudget()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        for (const BucketConfig &c : RateLimiter::accountWriteBuckets(kDid, 0.0))
            QVERIFY(rl.addBucket(c));
        const QStringList buckets{RateLimiter::writesHourBucket(kDid), RateLimiter::writesDayBucket(kDid)};
        int follows = 0;
        while (rl.tryAcquire(buckets, pointsFor(WriteOp::Create))) {
            ++follows;
            clock.advanceMs(100);
        }
        QCOMPARE(follows, 1666); // 5000 / 3
        const Status denied = rl.tryAcquire(buckets, pointsFor(WriteOp::Create));
        QCOMPARE(toString(denied.error().category), toString(ErrorCategory::RateLimited));
        QVERIFY(denied.error().retryable);
        QVERIFY(denied.error().retryAfter.has_value());
        QVERIFY(denied.error().detail.contains(RateLimiter::writesHourBucket(kDid)));
        // A delete (1 point) still fits: 5000 - 4998 = 2.
        QVERIFY(rl.tryAcquire(buckets, pointsFor(WriteOp::Delete)));
        QCOMPARE(rl.snapshot(RateLimiter::writesDayBucket(kDid)).used, 4999);
    }

    void earliestAllowedGivesTheEta()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        QVERIFY(rl.addBucket({QStringLiteral("b"), 10, 60s, 0}));
        const qint64 t0 = clock.nowUs();
        QCOMPARE(*rl.earliestAllowedUs(QStringLiteral("b"), 3), t0);
        QVERIFY(rl.tryAcquire({QStringLiteral("b")}, 6));
        clock.advanceMs(20'000);
        QVERIFY(rl.tryAcquire({QStringLiteral("b")}, 4));
        // Full. 3 points are free when the first spend (6) leaves the window at t0 + 60 s.
        QCOMPARE(*rl.earliestAllowedUs(QStringLiteral("b"), 3), t0 + 60'000'000);
        // 7 points need both spends gone: t0 + 20 s + 60 s.
        QCOMPARE(*rl.earliestAllowedUs(QStringLiteral("b"), 7), t0 + 80'000'000);
        QVERIFY(!rl.earliestAllowedUs(QStringLiteral("b"), 11).has_value()); // never
        const Status denied = rl.tryAcquire({QStringLiteral("b")}, 3);
        QCOMPARE(denied.error().retryAfter->count(), 40'000);
        clock.advanceMs(40'000);
        QVERIFY(rl.tryAcquire({QStringLiteral("b")}, 3));
        // Too large for the budget: not retryable.
        const Status never = rl.tryAcquire({QStringLiteral("b")}, 11);
        QVERIFY(!never.error().retryable);
    }

    void allOrNothingAcrossBuckets()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        QVERIFY(rl.addBucket({QStringLiteral("small"), 5, 60s, 0}));
        QVERIFY(rl.addBucket({QStringLiteral("big"), 100, 60s, 0}));
        QVERIFY(rl.tryAcquire({QStringLiteral("small"), QStringLiteral("big")}, 5));
        QVERIFY(!rl.tryAcquire({QStringLiteral("small"), QStringLiteral("big")}, 1));
        QCOMPARE(rl.snapshot(QStringLiteral("big")).used, 5); // nothing spent on the failed call
        QVERIFY(rl.tryAcquire({QStringLiteral("big"), QStringLiteral("unknown")}, 1));
    }

    void serverHeadersCapTheBudget()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        const QString hour = RateLimiter::writesHourBucket(kDid);
        const QString day = RateLimiter::writesDayBucket(kDid);
        for (const BucketConfig &c : RateLimiter::accountWriteBuckets(kDid, 0.0))
            QVERIFY(rl.addBucket(c));
        // The person already used most of the hour in another client: the server says 5 left.
        RateLimitInfo info;
        info.limit = 5000;
        info.remaining = 5;
        info.resetAtUs = clock.nowUs() + 600'000'000;
        info.windowSeconds = 3600;
        rl.updateFromServer({hour, day}, info);
        QCOMPARE(rl.snapshot(hour).available, 5);
        QCOMPARE(rl.snapshot(day).available, 35000); // the policy window picked the hourly bucket
        QVERIFY(rl.tryAcquire({hour, day}, 3));
        QVERIFY(!rl.tryAcquire({hour, day}, 3));
        QCOMPARE(*rl.earliestAllowedUs({hour, day}, 3), *info.resetAtUs);
        clock.advanceMs(600'000);
        QVERIFY(rl.tryAcquire({hour, day}, 3)); // after the server's reset
    }

    void serverLimitIsAdopted()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        QVERIFY(rl.addBucket({RateLimiter::requestsBucket(), 3000, 300s, 0}));
        RateLimitInfo info;
        info.limit = 100;
        info.remaining = 100;
        info.resetAtUs = clock.nowUs() + 300'000'000;
        info.windowSeconds = 300;
        rl.updateFromServer({RateLimiter::requestsBucket()}, info);
        QCOMPARE(rl.snapshot(RateLimiter::requestsBucket()).limit, 100);
        QCOMPARE(rl.snapshot(RateLimiter::requestsBucket()).budget, 100);
    }

    void headroomAlsoAppliesToServerRemaining()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        QVERIFY(rl.addBucket({QStringLiteral("h"), 5000, 3600s, 1000}));
        RateLimitInfo info;
        info.remaining = 1002;
        info.resetAtUs = clock.nowUs() + kHourUs;
        rl.updateFromServer({QStringLiteral("h")}, info); // no policy: the first bucket
        QCOMPARE(rl.snapshot(QStringLiteral("h")).available, 2);
    }

    void a429PausesUntilReset()
    {
        ManualClock clock;
        RateLimiter rl(clock);
        QVERIFY(rl.addBucket({QStringLiteral("b"), 100, 300s, 0}));
        const qint64 until = clock.nowUs() + 42'000'000;
        rl.pauseUntil({QStringLiteral("b")}, until);
        const Status denied = rl.tryAcquire({QStringLiteral("b")}, 1);
        QVERIFY(!denied);
        QCOMPARE(denied.error().retryAfter->count(), 42'000);
        QCOMPARE(*rl.earliestAllowedUs(QStringLiteral("b"), 1), until);
        QCOMPARE(rl.snapshot(QStringLiteral("b")).pausedUntilUs, until);
        clock.advanceMs(42'000);
        QVERIFY(rl.tryAcquire({QStringLiteral("b")}, 1));
        QCOMPARE(rl.snapshot(QStringLiteral("b")).pausedUntilUs, 0);
    }

    void restartDoesNotRefillTheBudget()
    {
        ManualClock clock;
        InMemoryBucketStore store;
        {
            RateLimiter rl(clock, &store);
            QVERIFY(rl.addBucket({QStringLiteral("hour"), 5000, 3600s, 0}));
            QVERIFY(rl.tryAcquire({QStringLiteral("hour")}, 4000));
            rl.pauseUntil({QStringLiteral("hour")}, clock.nowUs() + 5'000'000);
            QVERIFY(rl.flush());
        }
        QCOMPARE(store.size(), 1);
        clock.advanceMs(1000);
        RateLimiter again(clock, &store);
        QVERIFY(again.addBucket({QStringLiteral("hour"), 5000, 3600s, 0}));
        const BucketSnapshot s = again.snapshot(QStringLiteral("hour"));
        QCOMPARE(s.used, 4000);
        QVERIFY(s.pausedUntilUs > 0); // still paused after the restart
        clock.advanceMs(5000);
        QVERIFY(!again.tryAcquire({QStringLiteral("hour")}, 1001));
        QVERIFY(again.tryAcquire({QStringLiteral("hour")}, 1000));
        // The restored spend expires one window after it was saved.
        clock.advanceMs(3600'000);
        QVERIFY(again.tryAcquire({QStringLiteral("hour")}, 4000));
    }

    void failingStoreIsReported()
    {
        ManualClock clock;
        FailingStore store;
        RateLimiter rl(clock, &store);
        const Status added = rl.addBucket({QStringLiteral("b"), 10, 60s, 0});
        QVERIFY(!added);
        QCOMPARE(toString(added.error().category), toString(ErrorCategory::Storage));
        QVERIFY(rl.hasBucket(QStringLiteral("b"))); // still usable, starts full
        QVERIFY(rl.tryAcquire({QStringLiteral("b")}, 1));
        QVERIFY(!rl.flush());
        QVERIFY(!rl.flush()); // stays dirty and is retried
        QCOMPARE(store.saves, 2);
    }

    void sqlStoreRoundTripsThroughTheMigrationTable()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString conn = QStringLiteral("tst_ratelimiter");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), conn);
            db.setDatabaseName(dir.filePath(QStringLiteral("t.sqlite")));
            QVERIFY(db.open());
            // Apply the real schema (migration 0001), statement by statement.
            QFile f(QStringLiteral(":/sql/0001_initial.sql"));
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString sql = QString::fromUtf8(f.readAll());
            sql.remove(QRegularExpression(QStringLiteral("--[^\\n]*")));
            for (const QString &stmt : sql.split(QLatin1Char(';'))) {
                if (stmt.trimmed().isEmpty())
                    continue;
                QSqlQuery q(db);
                QVERIFY2(q.exec(stmt), qPrintable(q.lastError().text() + QStringLiteral(": ") + stmt.left(80)));
            }
            ManualClock clock;
            SqlBucketStore store(conn);
            QVERIFY(!store.load(QStringLiteral("none"))->has_value());
            {
                RateLimiter rl(clock, &store);
                QVERIFY(rl.addBucket({QStringLiteral("writes.hour:did:plc:x"), 5000, 3600s, 0}));
                QVERIFY(rl.tryAcquire({QStringLiteral("writes.hour:did:plc:x")}, 300));
                QVERIFY(rl.flush());
                QVERIFY(rl.tryAcquire({QStringLiteral("writes.hour:did:plc:x")}, 30));
                QVERIFY(rl.flush()); // upsert
            }
            QSqlQuery count(db);
            QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*), MAX(tokens) FROM rate_limit_buckets")));
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 1);
            QCOMPARE(count.value(1).toDouble(), 4670.0);
            RateLimiter again(clock, &store);
            QVERIFY(again.addBucket({QStringLiteral("writes.hour:did:plc:x"), 5000, 3600s, 0}));
            QCOMPARE(again.snapshot(QStringLiteral("writes.hour:did:plc:x")).used, 330);

            // Through the writer: saves become tasks run on the writer's connection.
            QList<SubmittingBucketStore::SqlTask> queued;
            SubmittingBucketStore submitting(conn, [&queued](SubmittingBucketStore::SqlTask t) { queued.append(t); });
            {
                RateLimiter rl(clock, &submitting);
                QVERIFY(rl.addBucket({QStringLiteral("createSession.5min"), 30, 300s, 0}));
                QVERIFY(rl.tryAcquire({QStringLiteral("createSession.5min")}, 7));
                QVERIFY(rl.flush());
            }
            QCOMPARE(queued.size(), 1);
            QCOMPARE(SqlBucketStore(conn).load(QStringLiteral("createSession.5min"))->has_value(), false);
            QVERIFY(queued[0](db)); // the writer runs it
            RateLimiter restored(clock, &submitting);
            QVERIFY(restored.addBucket({QStringLiteral("createSession.5min"), 30, 300s, 0}));
            QCOMPARE(restored.snapshot(QStringLiteral("createSession.5min")).used, 7);
            db.close();
        }
        QSqlDatabase::removeDatabase(conn);
        // A closed connection is an error, not a crash.
        SqlBucketStore closed(conn);
        QVERIFY(!closed.load(QStringLiteral("x")));
        QVERIFY(!closed.save(QStringLiteral("x"), BucketState{}));
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
