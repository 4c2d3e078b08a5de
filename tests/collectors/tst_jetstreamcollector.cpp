// JetstreamCollector against a loopback Jetstream server (real WebSocket wire format, zstd) and the
// real storage writer on a real SQLite file: cursor, wantedCollections, compression, options_update,
// endpoint rotation, replay-window detection, backpressure, and faults (drop, stall, garbage,
// duplicates) — asserting no gap and no duplicate in the database.
#include "CollectorTestDb.h"
#include "JetstreamTestServer.h"
#include "collectors/EventFilter.h"
#include "collectors/IngestPipeline.h"
#include "collectors/JetstreamCollector.h"
#include "collectors/TrackedAccounts.h"
#include "reliability/RetryPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QThread>
#include <QUrlQuery>

using namespace ge;
using namespace ge::collectors;
using ge::test::CollectorTestDb;
using ge::test::JetstreamTestServer;

namespace {

const QString kTracked = QStringLiteral("did:plc:tracked00000000000001");

struct Corpus
{
    QList<QByteArray> events;
    qint64 follows = 0, unfollows = 0, likes = 0, lastTimeUs = 0;
};

QByteArray commit(const QString &did, qint64 t, const char *op, const char *collection, const QString &rkey,
                  const QByteArray &record = {})
{
    QByteArray out = "{\"did\":\"" + did.toUtf8() + "\",\"time_us\":" + QByteArray::number(t)
                     + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3l3qo2vutsw2b\",\"operation\":\"" + op
                     + "\",\"collection\":\"" + collection + "\",\"rkey\":\"" + rkey.toUtf8() + "\"";
    if (!record.isEmpty())
        out += ",\"record\":" + record + ",\"cid\":\"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi\"";
    return out + "}}";
}

Corpus makeCorpus(int n, qint64 baseUs)
{
    Corpus c;
    const QByteArray tracked = kTracked.toUtf8();
    for (int i = 0; i < n; ++i) {
        const qint64 t = baseUs + qint64(i) * 1000;
        const QString id = QString::number(i);
        switch (i % 10) {
        case 0:
            c.events.append(commit(QStringLiteral("did:plc:fan") + id, t, "create", "app.bsky.graph.follow",
                                   QStringLiteral("f") + id,
                                   "{\"$type\":\"app.bsky.graph.follow\",\"subject\":\"" + tracked
                                       + "\",\"createdAt\":\"2026-11-21T10:00:00.000Z\"}"));
            ++c.follows;
            break;
        case 1:
            c.events.append(commit(QStringLiteral("did:plc:liker") + id, t, "create", "app.bsky.feed.like",
                                   QStringLiteral("l") + id,
                                   "{\"$type\":\"app.bsky.feed.like\",\"subject\":{\"cid\":\"bafy\",\"uri\":\"at://" + tracked
                                       + "/app.bsky.feed.post/3post\"},\"createdAt\":\"2026-11-21T10:00:00.000Z\"}"));
            ++c.likes;
            break;
        case 2:
            c.events.append(commit(QStringLiteral("did:plc:liker") + id, t, "create", "app.bsky.feed.like",
                                   QStringLiteral("l") + id,
                                   "{\"subject\":{\"cid\":\"bafy\",\"uri\":\"at://did:plc:someone/app.bsky.feed.post/x\"}}"));
            break;
        case 3:
            c.events.append(commit(QStringLiteral("did:plc:x") + id, t, "create", "app.bsky.graph.follow",
                                   QStringLiteral("f") + id, "{\"subject\":\"did:plc:notrack\"}"));
            break;
        case 4:
            c.events.append(commit(QStringLiteral("did:plc:p") + id, t, "create", "app.bsky.feed.post",
                                   QStringLiteral("p") + id, "{\"text\":\"hello\",\"createdAt\":\"2026-11-21T10:00:00.000Z\"}"));
            break;
        case 5:
            if (i >= 15 && i % 20 == 5) {
                const QString fan = QString::number(i - 5);
                c.events.append(commit(QStringLiteral("did:plc:fan") + fan, t, "delete", "app.bsky.graph.follow",
                                       QStringLiteral("f") + fan));
                ++c.unfollows;
                break;
            }
            [[fallthrough]];
        default:
            c.events.append("{\"did\":\"did:plc:id" + id.toUtf8() + "\",\"time_us\":" + QByteArray::number(t)
                            + ",\"kind\":\"identity\",\"identity\":{\"did\":\"did:plc:id" + id.toUtf8()
                            + "\",\"handle\":\"h" + id.toUtf8() + ".test\",\"seq\":1,\"time\":\"x\"}}");
            break;
        }
        c.lastTimeUs = t;
    }
    return c;
}

reliability::RetryPolicy fastReconnect()
{
    reliability::RetryPolicy p = reliability::RetryPolicy::collector();
    p.minDelay = std::chrono::milliseconds(10);
    p.baseDelay = std::chrono::milliseconds(30);
    p.maxDelay = std::chrono::milliseconds(200);
    p.maxAttempts = 1000;
    return p;
}

// A sink that reports "queue full" for the first `refusals` pushes, then forwards.
class StubbornSink : public BatchSink
{
public:
    StubbornSink(BatchSink &inner, int refusals) : m_inner(inner), m_refusals(refusals) {}
    bool push(WriteBatch &batch, std::chrono::milliseconds wait) override
    {
        if (m_refusals.fetch_sub(1) > 0) {
            QThread::msleep(quint64(std::min<qint64>(wait.count(), 5)));
            return false;
        }
        return m_inner.push(batch, wait);
    }
    qsizetype queueDepth() const override { return m_inner.queueDepth(); }
    qsizetype queueCapacity() const override { return m_inner.queueCapacity(); }
    std::optional<qint64> committedCursorUs(const QString &s) const override { return m_inner.committedCursorUs(s); }

private:
    BatchSink &m_inner;
    std::atomic<int> m_refusals;
};

// Runs a collector on its own named thread for the duration of a test.
struct Runner
{
    QThread thread;
    JetstreamCollector *collector = nullptr;
    CollectorStats last;

    Runner(JetstreamOptions options, const TrackedAccounts &tracked, BatchSink &sink,
           reliability::RandomSource &random)
    {
        thread.setObjectName(QStringLiteral("ge-jetstream-test"));
        collector = new JetstreamCollector(std::move(options), tracked, sink, SystemClock::instance(), random);
        collector->moveToThread(&thread);
        QObject::connect(&thread, &QThread::finished, collector, &QObject::deleteLater);
        QObject::connect(collector, &JetstreamCollector::statsChanged, &thread,
                         [this](const CollectorStats &s) { last = s; });
    }
    void start()
    {
        thread.start();
        QMetaObject::invokeMethod(collector, &JetstreamCollector::start, Qt::QueuedConnection);
    }
    bool stop()
    {
        QSignalSpy stopped(collector, &JetstreamCollector::stopped);
        collector->requestStop();
        QMetaObject::invokeMethod(collector, &JetstreamCollector::stop, Qt::QueuedConnection);
        const bool ok = stopped.wait(10000) || stopped.count() > 0;
        thread.quit();
        thread.wait();
        return ok;
    }
    ~Runner()
    {
        if (thread.isRunning()) {
            thread.quit();
            thread.wait();
        }
    }
};

JetstreamOptions testOptions(const QUrl &url, bool compress)
{
    JetstreamOptions o;
    o.endpoints = {url};
    o.compress = compress;
    o.reconnect = fastReconnect();
    o.flushIntervalMs = 50;
    o.statsIntervalMs = 50;
    o.heartbeatIntervalMs = 500;
    o.silenceTimeoutMs = 5000;
    return o;
}

} // namespace

class TestJetstreamCollector : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CollectorStats>(); }
    void streamsIntoDatabase_data();
    void streamsIntoDatabase();
    void sendsOptionsUpdateWhenTrackedChange();
    void rotatesEndpointsOnRepeatedFailure();
    void outageLongerThanReplayWindowAsksForBackfill();
    void backpressureWaitsInsteadOfDropping();
    void unfollowAttribution();
};

void TestJetstreamCollector::streamsIntoDatabase_data()
{
    QTest::addColumn<bool>("compress");
    QTest::addColumn<int>("dropAfter");
    QTest::addColumn<int>("stallAfter");
    QTest::addColumn<int>("garbageEvery");
    QTest::addColumn<int>("duplicateEvery");
    QTest::newRow("clean zstd") << true << -1 << -1 << 0 << 0;
    QTest::newRow("clean text") << false << -1 << -1 << 0 << 0;
    QTest::newRow("drop mid-stream zstd") << true << 1700 << -1 << 0 << 0;
    QTest::newRow("drop mid-stream text") << false << 900 << -1 << 0 << 0;
    QTest::newRow("stall") << true << -1 << 1200 << 0 << 0;
    QTest::newRow("garbage + duplicates zstd") << true << -1 << -1 << 97 << 7;
    QTest::newRow("garbage + duplicates text") << false << -1 << -1 << 89 << 5;
    QTest::newRow("all faults") << true << 2100 << -1 << 101 << 11;
}

void TestJetstreamCollector::streamsIntoDatabase()
{
    QFETCH(bool, compress);
    QFETCH(int, dropAfter);
    QFETCH(int, stallAfter);
    QFETCH(int, garbageEvery);
    QFETCH(int, duplicateEvery);

    const Corpus corpus = makeCorpus(4000, SystemClock::instance().nowUs() - 600'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(corpus.events);
    server.setFaults({dropAfter, stallAfter, garbageEvery, duplicateEvery});

    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    reliability::SystemRandomSource random;
    JetstreamOptions options = testOptions(server.url(), compress);
    if (stallAfter >= 0)
        options.silenceTimeoutMs = 700;
    Runner runner(options, tracked, *db.sink, random);
    runner.start();

    QTRY_COMPARE_WITH_TIMEOUT(db.sink->committedCursorUs(options.stream).value_or(0), corpus.lastTimeUs, 60000);
    QVERIFY(runner.stop());

    // Wire contract: collections, compression and (on reconnect) a rewound cursor.
    const QList<QUrl> requests = server.requestUrls();
    QVERIFY(!requests.isEmpty());
    const QUrlQuery first(requests.constFirst());
    QCOMPARE(first.allQueryItemValues(QStringLiteral("wantedCollections")), JetstreamOptions::defaultCollections());
    QCOMPARE(first.queryItemValue(QStringLiteral("compress")) == u"true", compress);
    QVERIFY(!first.hasQueryItem(QStringLiteral("cursor")));
    if (dropAfter >= 0 || stallAfter >= 0) {
        QVERIFY(requests.size() >= 2);
        const qint64 cursor = QUrlQuery(requests.at(1)).queryItemValue(QStringLiteral("cursor")).toLongLong();
        QVERIFY(cursor > JetstreamTestServer::timeUsOf(corpus.events.constFirst()) - 5'000'001);
        QVERIFY(cursor < corpus.lastTimeUs);
        QVERIFY(runner.last.reconnects >= 1);
    }

    // No gap, no duplicate.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), corpus.follows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), corpus.unfollows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE removed_at_us IS NULL")),
             corpus.follows - corpus.unfollows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM engagement_events")), corpus.likes);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM unattributed_unfollows")), 0);
    QCOMPARE(db.scalar(QStringLiteral("SELECT cursor_us FROM jetstream_cursors WHERE endpoint = 'jetstream'")),
             corpus.lastTimeUs);

    const IngestCounters &c = runner.last.counters;
    if (garbageEvery > 0)
        QVERIFY(c.malformedTotal() > 0);
    else
        QCOMPARE(c.malformedTotal(), 0u);
    if (compress) {
        QVERIFY(runner.last.compressionRatio > 1.0);
    }
    QVERIFY(c.matched >= quint64(corpus.follows + corpus.likes));
}

void TestJetstreamCollector::sendsOptionsUpdateWhenTrackedChange()
{
    const Corpus corpus = makeCorpus(200, SystemClock::instance().nowUs() - 60'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(corpus.events);
    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    reliability::SystemRandomSource random;
    Runner runner(testOptions(server.url(), true), tracked, *db.sink, random);
    QObject::connect(&tracked, &TrackedAccounts::changed, runner.collector, &JetstreamCollector::sendOptionsUpdate);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(db.sink->committedCursorUs(QStringLiteral("jetstream")).value_or(0), corpus.lastTimeUs, 30000);

    QSignalSpy frames(&server, &JetstreamTestServer::textFrameReceived);
    tracked.add(QStringLiteral("did:plc:another000000000000001"));
    QVERIFY(frames.wait(5000));
    const QJsonObject o = QJsonDocument::fromJson(frames.constFirst().constFirst().toByteArray()).object();
    QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("options_update"));
    QCOMPARE(o.value(QStringLiteral("payload")).toObject().value(QStringLiteral("wantedCollections")).toArray().size(), 4);
    QCOMPARE(server.connections(), 1); // updated without reconnecting
    QVERIFY(runner.stop());
}

void TestJetstreamCollector::rotatesEndpointsOnRepeatedFailure()
{
    // A port that refuses connections: bind, note the port, close.
    quint16 deadPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        deadPort = probe.serverPort();
    }
    const Corpus corpus = makeCorpus(100, SystemClock::instance().nowUs() - 60'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(corpus.events);
    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    reliability::SystemRandomSource random;
    JetstreamOptions options = testOptions(QUrl(QStringLiteral("ws://127.0.0.1:%1/subscribe").arg(deadPort)), true);
    options.endpoints.append(server.url());
    options.failuresBeforeRotate = 2;
    Runner runner(options, tracked, *db.sink, random);
    QSignalSpy connected(runner.collector, &JetstreamCollector::connected);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(db.sink->committedCursorUs(options.stream).value_or(0), corpus.lastTimeUs, 30000);
    QCOMPARE(connected.count(), 1);
    QCOMPARE(connected.constFirst().constFirst().toUrl(), server.url());
    QVERIFY(runner.last.reconnects >= 2);
    QCOMPARE(runner.last.endpoint, server.url().toDisplayString());
    QVERIFY(runner.stop());
}

void TestJetstreamCollector::outageLongerThanReplayWindowAsksForBackfill()
{
    const qint64 now = SystemClock::instance().nowUs();
    const Corpus corpus = makeCorpus(50, now - 10'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(corpus.events);
    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    db.sink->setInitialCursor(QStringLiteral("jetstream"), now - 25LL * 3600 * 1'000'000);
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    reliability::SystemRandomSource random;
    Runner runner(testOptions(server.url(), true), tracked, *db.sink, random);
    QSignalSpy exceeded(runner.collector, &JetstreamCollector::replayWindowExceeded);
    QSignalSpy backfill(runner.collector, &JetstreamCollector::backfillRequested);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(db.sink->committedCursorUs(QStringLiteral("jetstream")).value_or(0), corpus.lastTimeUs, 30000);
    QCOMPARE(exceeded.count(), 1);
    QCOMPARE(backfill.count(), 1);
    QCOMPARE(exceeded.constFirst().at(0).toLongLong(), now - 25LL * 3600 * 1'000'000);
    // Live from now on: the stale cursor is not sent (the server would clamp it silently).
    QVERIFY(!QUrlQuery(server.requestUrls().constFirst()).hasQueryItem(QStringLiteral("cursor")));
    QVERIFY(runner.stop());
}

void TestJetstreamCollector::backpressureWaitsInsteadOfDropping()
{
    const Corpus corpus = makeCorpus(3000, SystemClock::instance().nowUs() - 60'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(corpus.events);
    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    StubbornSink stubborn(*db.sink, 40);
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    reliability::SystemRandomSource random;
    JetstreamOptions options = testOptions(server.url(), false);
    options.pushWaitMs = 5;
    Runner runner(options, tracked, stubborn, random);
    runner.start();
    QTRY_COMPARE_WITH_TIMEOUT(db.sink->committedCursorUs(options.stream).value_or(0), corpus.lastTimeUs, 60000);
    QVERIFY(runner.stop());
    QVERIFY(runner.last.backpressureWaits >= 40);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), corpus.follows);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM engagement_events")), corpus.likes);
    QCOMPARE(server.connections(), 1); // waiting is not a stall
}

void TestJetstreamCollector::unfollowAttribution()
{
    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    TrackedAccounts tracked;
    tracked.setDids({kTracked});
    IngestPipeline p(tracked, QStringLiteral("jetstream"), EventSource::Jetstream);
    const QByteArray subject = "{\"subject\":\"" + kTracked.toUtf8() + "\"}";
    const qint64 t0 = 1'780'000'000'000'000;
    const QList<QByteArray> events = {
        commit(QStringLiteral("did:plc:fanA"), t0, "create", "app.bsky.graph.follow", QStringLiteral("rkA"), subject),
        commit(QStringLiteral("did:plc:fanB"), t0 + 1, "create", "app.bsky.graph.follow", QStringLiteral("rkB"), subject),
        // fanA unfollows 90 s later
        commit(QStringLiteral("did:plc:fanA"), t0 + 90'000'000, "delete", "app.bsky.graph.follow", QStringLiteral("rkA")),
        // fanB deletes a follow record we never saw (some other account, or a follow from before we watched)
        commit(QStringLiteral("did:plc:fanB"), t0 + 95'000'000, "delete", "app.bsky.graph.follow", QStringLiteral("rkUnknown")),
        // a stranger's delete is not even kept
        commit(QStringLiteral("did:plc:stranger"), t0 + 96'000'000, "delete", "app.bsky.graph.follow", QStringLiteral("rkS")),
    };
    for (const QByteArray &e : events)
        QVERIFY(p.ingest(std::string_view(e.constData(), std::size_t(e.size()))) != IngestPipeline::Outcome::Malformed);
    WriteBatch batch = p.takeBatch();
    QCOMPARE(batch.followsDeleted.size(), 2); // the stranger's delete was filtered out
    QVERIFY(db.sink->push(batch, std::chrono::milliseconds(5000)));
    QVERIFY(db.writer->flush(10000));

    QCOMPARE(db.scalar(QStringLiteral("SELECT time_us FROM follow_events WHERE kind = 'unfollow' AND follower_did = 'did:plc:fanA'")),
             t0 + 90'000'000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT removed_at_us FROM follow_edges WHERE follower_did = 'did:plc:fanA'")),
             t0 + 90'000'000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), 1);
    // Not guessed: fanB still follows, and the unknown delete is recorded as unattributed.
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE follower_did = 'did:plc:fanB' AND removed_at_us IS NULL")), 1);
    QCOMPARE(db.scalar(QStringLiteral("SELECT time_us FROM unattributed_unfollows WHERE follower_did = 'did:plc:fanB' AND rkey = 'rkUnknown'")),
             t0 + 95'000'000);
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(*) FROM unattributed_unfollows")), 1);
}

QTEST_GUILESS_MAIN(TestJetstreamCollector)
#include "tst_jetstreamcollector.moc"
