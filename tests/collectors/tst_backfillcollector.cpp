// BackfillCollector against a loopback XRPC server (real HTTP, the product's XrpcClient) and the
// real storage writer: pages with cursors, follower diff (gone → unfollow bounded by the crawls,
// merged with existing edges without double counting), snapshot, resumable after a failed page.
#include "../atproto/FakeXrpcServer.h"
#include "CollectorTestDb.h"
#include "atproto/XrpcClient.h"
#include "collectors/BackfillCollector.h"
#include "net/HttpClient.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ge;
using namespace ge::collectors;
using ge::test::CollectorTestDb;
using ge::test::FakeXrpcServer;

namespace {

const QString kAccount = QStringLiteral("did:plc:account0000000000000001");

QJsonObject profile(const QString &did)
{
    return QJsonObject{{QStringLiteral("did"), did}, {QStringLiteral("handle"), QString(did.mid(8) + QStringLiteral(".test"))}};
}

QJsonObject page(const QStringList &dids, const QString &cursor, const char *listKey)
{
    QJsonArray arr;
    for (const QString &d : dids)
        arr.append(profile(d));
    QJsonObject o{{QStringLiteral("subject"), profile(kAccount)}, {QString::fromLatin1(listKey), arr}};
    if (!cursor.isEmpty())
        o.insert(QStringLiteral("cursor"), cursor);
    return o;
}

} // namespace

class TestBackfillCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<BackfillProgress>(); }
    void crawlsDiffsAndSnapshots();
    void scheduleCrawlsNeverCrawledAccountsFirst();
};

void TestBackfillCollector::crawlsDiffsAndSnapshots()
{
    FakeXrpcServer server;
    QVERIFY(server.port() != 0);
    bool failSecondPage = true;
    server.on(QStringLiteral("app.bsky.actor.getProfile"), [](const QHttpServerRequest &) {
        QJsonObject p = profile(kAccount);
        p.insert(QStringLiteral("followersCount"), 3);
        p.insert(QStringLiteral("followsCount"), 1);
        return FakeXrpcServer::json(p);
    });
    server.on(QStringLiteral("app.bsky.graph.getFollowers"), [&failSecondPage](const QHttpServerRequest &req) {
        const QString cursor = req.query().queryItemValue(QStringLiteral("cursor"));
        if (cursor.isEmpty())
            return FakeXrpcServer::json(page({QStringLiteral("did:plc:f1"), QStringLiteral("did:plc:f2")}, QStringLiteral("c1"), "followers"));
        if (failSecondPage)
            return FakeXrpcServer::error(400, "InvalidRequest", "temporarily refused");
        return FakeXrpcServer::json(page({QStringLiteral("did:plc:f3")}, QString(), "followers"));
    });
    server.on(QStringLiteral("app.bsky.graph.getFollows"), [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(page({QStringLiteral("did:plc:x1")}, QString(), "follows"));
    });

    CollectorTestDb db;
    QVERIFY(db.open({kAccount}));
    // Known before the crawl: f1 (still following) and "gone" (unfollowed while we were not looking).
    const qint64 before = SystemClock::instance().nowUs() - 3'600'000'000LL;
    WriteBatch known;
    known.followsCreated.append({QStringLiteral("did:plc:f1"), kAccount, QStringLiteral("rk1"), before, EventSource::Jetstream});
    known.followsCreated.append({QStringLiteral("did:plc:gone"), kAccount, QStringLiteral("rkg"), before, EventSource::Jetstream});
    QVERIFY(db.sink->push(known, std::chrono::milliseconds(5000)));
    QVERIFY(db.writer->flush(10000));

    net::HttpClient http(net::HttpClient::Deps{});
    atproto::XrpcClient::Options xo;
    xo.readRetry = reliability::RetryPolicy::none();
    atproto::XrpcClient xrpc(&http, xo);
    BackfillOptions options;
    options.appView = atproto::XrpcTarget::appView(server.url());
    options.intervalMs = 0;
    BackfillCollector backfill(xrpc, *db.writer, *db.sink, db.config, SystemClock::instance(), options);
    backfill.setAccounts({BackfillAccount{kAccount, {}}});
    QSignalSpy finished(&backfill, &BackfillCollector::finished);
    QSignalSpy failed(&backfill, &BackfillCollector::failed);
    QSignalSpy completed(&backfill, &BackfillCollector::accountCompleted);
    QSignalSpy progress(&backfill, &BackfillCollector::progress);

    // 1st run: page 2 fails → stops, the cursor of page 2 is kept.
    backfill.runNow();
    QVERIFY(finished.wait(15000));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(completed.count(), 0);
    QVERIFY(db.writer->flush(10000));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM backfill_state WHERE kind = 'followers' AND cursor = 'c1' AND completed_at_us IS NULL")), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), 0); // no diff on a partial crawl

    // 2nd run resumes at c1 (page 1 is not fetched again) and completes.
    failSecondPage = false;
    const int firstPageRequests = int(std::count_if(server.seen.cbegin(), server.seen.cend(), [](const auto &r) {
        return r.nsid == u"app.bsky.graph.getFollowers" && !r.query.hasQueryItem(QStringLiteral("cursor"));
    }));
    backfill.runNow();
    QVERIFY(finished.wait(15000));
    QCOMPARE(completed.count(), 1);
    const int firstPageRequestsAfter = int(std::count_if(server.seen.cbegin(), server.seen.cend(), [](const auto &r) {
        return r.nsid == u"app.bsky.graph.getFollowers" && !r.query.hasQueryItem(QStringLiteral("cursor"));
    }));
    QCOMPARE(firstPageRequestsAfter, firstPageRequests);
    QCOMPARE(completed.constFirst().at(1).toLongLong(), 3); // pages/items persisted with the cursor: the whole crawl counts
    QCOMPARE(completed.constFirst().at(3).toLongLong(), 1); // "gone"
    QVERIFY(progress.count() >= 2);

    // f1 was known (no new follow event), f2 and f3 are new, "gone" became an unfollow.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow' AND subject_did = '%1'").arg(kAccount)), 4);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE subject_did = '%1' AND removed_at_us IS NULL").arg(kAccount)), 3);
    const qint64 removedAt = db.scalar(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = 'did:plc:gone'"));
    QVERIFY(removedAt > before);
    QVERIFY(removedAt <= SystemClock::instance().nowUs());
    // The account's follows and the snapshot.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE follower_did = '%1' AND subject_did = 'did:plc:x1'").arg(kAccount)), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE account_did = '%1'").arg(kAccount)), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT follows_count FROM follower_snapshots WHERE account_did = '%1'").arg(kAccount)), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT followers_count FROM follower_snapshots WHERE account_did = '%1'").arg(kAccount)), 3);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM backfill_state WHERE completed_at_us IS NOT NULL")), 2);
    // Profiles came with the pages.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM profiles WHERE did IN ('did:plc:f2', 'did:plc:f3', 'did:plc:x1')")), 3);
}

void TestBackfillCollector::scheduleCrawlsNeverCrawledAccountsFirst()
{
    const QString crawled = QStringLiteral("did:plc:crawled000000000000001");
    const QString fresh = QStringLiteral("did:plc:fresh00000000000000001");
    FakeXrpcServer server;
    QVERIFY(server.port() != 0);
    server.on(QStringLiteral("app.bsky.actor.getProfile"), [](const QHttpServerRequest &req) {
        return FakeXrpcServer::json(profile(req.query().queryItemValue(QStringLiteral("actor"))));
    });
    server.on(QStringLiteral("app.bsky.graph.getFollowers"), [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(page({QStringLiteral("did:plc:f1")}, QString(), "followers"));
    });
    server.on(QStringLiteral("app.bsky.graph.getFollows"), [](const QHttpServerRequest &) {
        return FakeXrpcServer::json(page({}, QString(), "follows"));
    });

    CollectorTestDb db;
    QVERIFY(db.open({crawled, fresh}));
    // `crawled` completed a crawl earlier; `fresh` never did.
    (void)db.writer->submitTask([crawled](storage::DbConnection &conn) -> Status {
                    auto r = conn.select(QStringLiteral("INSERT INTO backfill_state (account_did, kind, cursor, pages, items, "
                                                        "started_at_us, completed_at_us) VALUES (?, 'followers', NULL, 1, 1, 1, 2)"),
                                         {crawled});
                    return r ? Status() : Status(r.error());
                });
    QVERIFY(db.writer->flush(10000));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM backfill_state WHERE completed_at_us IS NOT NULL")), 1);

    net::HttpClient http(net::HttpClient::Deps{});
    atproto::XrpcClient::Options xo;
    xo.readRetry = reliability::RetryPolicy::none();
    atproto::XrpcClient xrpc(&http, xo);
    BackfillOptions options;
    options.appView = atproto::XrpcTarget::appView(server.url());
    options.intervalMs = 300; // the scheduled crawl (daily in production)
    BackfillCollector backfill(xrpc, *db.writer, *db.sink, db.config, SystemClock::instance(), options);
    backfill.setAccounts({BackfillAccount{crawled, {}}, BackfillAccount{fresh, {}}});
    const auto pending = backfill.neverCrawled();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.constFirst().did, fresh);

    QSignalSpy finished(&backfill, &BackfillCollector::finished);
    QSignalSpy completed(&backfill, &BackfillCollector::accountCompleted);
    backfill.startSchedule();
    QVERIFY(finished.wait(15000));
    QCOMPARE(completed.count(), 1); // only the account never crawled
    QCOMPARE(completed.at(0).at(0).toString(), fresh);
    QVERIFY(backfill.neverCrawled().isEmpty());

    // Then the schedule crawls every account.
    QVERIFY(finished.wait(15000));
    backfill.stop();
    QCOMPARE(completed.count(), 3);
    QStringList second{completed.at(1).at(0).toString(), completed.at(2).at(0).toString()};
    second.sort();
    QCOMPARE(second, (QStringList{crawled, fresh}));

    // Stopped: no further crawl.
    QVERIFY(!finished.wait(700));
}

QTEST_GUILESS_MAIN(TestBackfillCollector)
#include "tst_backfillcollector.moc"
