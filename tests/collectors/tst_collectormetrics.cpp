// CollectorMetrics: a real JetstreamCollector on its own thread against the loopback Jetstream
// server (garbage frames and a dropped connection injected) and a real BackfillCollector against
// a loopback XRPC server feed the MetricsRegistry through queued signals; the figures are read
// back from the registry and from /metrics of a real StatusServer. A restarted collector (its
// cumulative counts start from zero again) keeps the exported counters monotonic.
#include "../atproto/FakeXrpcServer.h"
#include "CollectorTestDb.h"
#include "JetstreamTestServer.h"
#include "atproto/XrpcClient.h"
#include "collectors/BackfillCollector.h"
#include "collectors/CollectorMetrics.h"
#include "collectors/JetstreamCollector.h"
#include "collectors/TrackedAccounts.h"
#include "metrics/MetricsRegistry.h"
#include "net/HttpClient.h"
#include "reliability/RetryPolicy.h"
#include "status/StatusServer.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

using namespace ge;
using namespace ge::collectors;
using ge::test::CollectorTestDb;
using ge::test::FakeXrpcServer;
using ge::test::JetstreamTestServer;

namespace {

const QString kTracked = QStringLiteral("did:plc:tracked00000000000001");

QList<QByteArray> followCorpus(int n, qint64 baseUs)
{
    QList<QByteArray> out;
    for (int i = 0; i < n; ++i) {
        const QByteArray id = QByteArray::number(i);
        const QByteArray subject = (i % 2 == 0) ? kTracked.toUtf8() : QByteArray("did:plc:someoneelse0000000001");
        out.append("{\"did\":\"did:plc:fan" + id + "\",\"time_us\":" + QByteArray::number(baseUs + qint64(i) * 1000)
                   + ",\"kind\":\"commit\",\"commit\":{\"rev\":\"3l3qo2vutsw2b\",\"operation\":\"create\","
                     "\"collection\":\"app.bsky.graph.follow\",\"rkey\":\"f" + id + "\",\"record\":{\"$type\":"
                     "\"app.bsky.graph.follow\",\"subject\":\"" + subject
                   + "\",\"createdAt\":\"2026-11-21T10:00:00.000Z\"},\"cid\":"
                     "\"bafyreidwaivazkwu67xztlmuobx35hs2lnfh3kolmgfmucldvhd3sgzcqi\"}}");
    }
    return out;
}

double sampleValue(const metrics::MetricsRegistry &registry, const QString &name, const metrics::Labels &labels)
{
    const QString key = metrics::MetricsRegistry::labelsKey(labels);
    for (const metrics::MetricSample &s : registry.snapshot())
        if (s.name == name && metrics::MetricsRegistry::labelsKey(s.labels) == key)
            return s.value;
    return -1; // not registered
}

QByteArray httpGet(quint16 port, const QByteArray &path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return {};
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    QByteArray response;
    while (socket.waitForReadyRead(5000))
        response += socket.readAll();
    return response + socket.readAll();
}

const metrics::Labels kJetstream{{QStringLiteral("collector"), QStringLiteral("jetstream")}};

} // namespace

class TestCollectorMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<CollectorStats>();
        qRegisterMetaType<BackfillProgress>();
    }
    void liveCollectorIsExported();
    void restartedCollectorKeepsCountersMonotonic();
    void backfillPagesAndFailuresAreExported();
};

void TestCollectorMetrics::liveCollectorIsExported()
{
    const QList<QByteArray> events = followCorpus(1200, SystemClock::instance().nowUs() - 120'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(events);
    JetstreamTestServer::Faults faults;
    faults.dropAfter = 500;  // one reconnect
    faults.garbageEvery = 100; // bad JSON frames
    server.setFaults(faults);

    CollectorTestDb db;
    QVERIFY(db.open({kTracked}));
    TrackedAccounts tracked;
    tracked.setDids({kTracked});

    JetstreamOptions options;
    options.endpoints = {server.url()};
    options.compress = true;
    options.reconnect = reliability::RetryPolicy::collector();
    options.reconnect.minDelay = std::chrono::milliseconds(10);
    options.reconnect.baseDelay = std::chrono::milliseconds(30);
    options.reconnect.maxDelay = std::chrono::milliseconds(200);
    options.flushIntervalMs = 50;
    options.statsIntervalMs = 50;

    metrics::MetricsRegistry registry;
    CollectorMetrics exporter(registry);
    reliability::SystemRandomSource random;
    QThread thread;
    thread.setObjectName(QStringLiteral("ge-jetstream-test"));
    auto *collector = new JetstreamCollector(options, tracked, *db.sink, SystemClock::instance(), random);
    collector->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, collector, &QObject::deleteLater);
    exporter.watch(collector);
    CollectorStats last;
    QObject::connect(collector, &JetstreamCollector::statsChanged, this, [&last](const CollectorStats &s) { last = s; });
    thread.start();
    QMetaObject::invokeMethod(collector, &JetstreamCollector::start, Qt::QueuedConnection);

    // Every event read (after the reconnect the server resends from the committed cursor) ends up in the registry.
    QTRY_VERIFY_WITH_TIMEOUT(db.sink->committedCursorUs(options.stream).value_or(0)
                                 == JetstreamTestServer::timeUsOf(events.constLast()),
                             60000);
    QTRY_VERIFY_WITH_TIMEOUT(last.counters.lastTimeUs == JetstreamTestServer::timeUsOf(events.constLast()), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(sampleValue(registry, QStringLiteral("ge_collector_events_total"), kJetstream),
                              double(last.counters.events()), 10000);
    QVERIFY(last.counters.events() >= quint64(events.size()));
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_matched_total"), kJetstream), double(last.counters.matched));
    QVERIFY(last.counters.matched >= 600);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_ignored_total"), kJetstream), double(last.counters.ignored));
    const metrics::Labels badJson{{QStringLiteral("collector"), QStringLiteral("jetstream")},
                                  {QStringLiteral("reason"), QStringLiteral("bad_json")}};
    QVERIFY(server.garbageSent() > 0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_malformed_total"), badJson),
             double(last.counters.malformed[size_t(MalformedReason::BadJson)]));
    QVERIFY(sampleValue(registry, QStringLiteral("ge_collector_malformed_total"), badJson) >= 1);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_reconnects_total"), kJetstream), double(last.reconnects));
    QVERIFY(last.reconnects >= 1);
    const metrics::Labels followCreate{{QStringLiteral("collector"), QStringLiteral("jetstream")},
                                       {QStringLiteral("collection"), QString::fromLatin1(toString(Collection::Follow))},
                                       {QStringLiteral("op"), QString::fromLatin1(toString(CommitOp::Create))}};
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_commits_total"), followCreate),
             double(last.counters.commits[size_t(Collection::Follow)][size_t(CommitOp::Create)]));
    QVERIFY(sampleValue(registry, QStringLiteral("ge_collector_lag_ms"), kJetstream) >= 0);
    QVERIFY(sampleValue(registry, QStringLiteral("ge_collector_queue_capacity"), kJetstream) > 0);
    QVERIFY(sampleValue(registry, QStringLiteral("ge_collector_queue_depth"), kJetstream) >= 0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_streaming"), kJetstream), 1.0);

    // The same figures on /metrics of the status server.
    StatusServer status;
    status.setHandler("/metrics", [&registry] {
        return StatusServer::Response{200, "text/plain; version=0.0.4; charset=utf-8", registry.prometheusText()};
    });
    const auto port = status.listen(0);
    QVERIFY(port.ok());
    QByteArray body;
    QThread client;
    // The blocking socket runs on its own thread while this one serves the request.
    QObject *worker = new QObject;
    worker->moveToThread(&client);
    QObject::connect(&client, &QThread::finished, worker, &QObject::deleteLater);
    client.start();
    bool fetched = false;
    QMetaObject::invokeMethod(worker, [&body, &fetched, p = *port] {
        body = httpGet(p, "/metrics");
        fetched = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(fetched, 15000);
    client.quit();
    client.wait();
    QVERIFY2(body.startsWith("HTTP/1.1 200"), body.left(200).constData());
    const QByteArray eventsLine = QByteArray("ge_collector_events_total{collector=\"jetstream\"} ")
                                  + QByteArray::number(last.counters.events());
    QVERIFY2(body.contains(eventsLine), body.constData());
    QVERIFY(body.contains("ge_collector_reconnects_total{collector=\"jetstream\"}"));
    QVERIFY(body.contains("ge_collector_malformed_total{collector=\"jetstream\",reason=\"bad_json\"}"));
    QVERIFY(body.contains("ge_collector_lag_ms{collector=\"jetstream\"}"));
    QVERIFY(body.contains("ge_collector_queue_depth{collector=\"jetstream\"}"));

    QSignalSpy stopped(collector, &JetstreamCollector::stopped);
    collector->requestStop();
    QMetaObject::invokeMethod(collector, &JetstreamCollector::stop, Qt::QueuedConnection);
    QVERIFY(stopped.wait(10000) || stopped.count() > 0);
    thread.quit();
    thread.wait();
}

void TestCollectorMetrics::restartedCollectorKeepsCountersMonotonic()
{
    metrics::MetricsRegistry registry;
    CollectorMetrics exporter(registry);
    CollectorStats s;
    s.name = QStringLiteral("jetstream");
    s.state = QStringLiteral("streaming");
    s.counters.commits[size_t(Collection::Like)][size_t(CommitOp::Create)] = 100;
    s.counters.matched = 10;
    s.reconnects = 2;
    exporter.onStats(s);
    s.counters.commits[size_t(Collection::Like)][size_t(CommitOp::Create)] = 150;
    s.counters.matched = 12;
    exporter.onStats(s);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_events_total"), kJetstream), 150.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_matched_total"), kJetstream), 12.0);

    // A new collector instance counts from zero again: its counts are added, never subtracted.
    CollectorStats restarted;
    restarted.name = QStringLiteral("jetstream");
    restarted.state = QStringLiteral("connecting");
    restarted.counters.commits[size_t(Collection::Like)][size_t(CommitOp::Create)] = 30;
    restarted.counters.matched = 1;
    exporter.onStats(restarted);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_events_total"), kJetstream), 180.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_matched_total"), kJetstream), 13.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_reconnects_total"), kJetstream), 2.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_streaming"), kJetstream), 0.0);

    // Replays are their own series.
    CollectorStats replay;
    replay.name = QStringLiteral("replay");
    replay.counters.identity = 7;
    exporter.onStats(replay);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_events_total"),
                         {{QStringLiteral("collector"), QStringLiteral("replay")}}),
             7.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_collector_events_total"), kJetstream), 180.0);
}

void TestCollectorMetrics::backfillPagesAndFailuresAreExported()
{
    const QString account = QStringLiteral("did:plc:account0000000000000001");
    FakeXrpcServer server;
    QVERIFY(server.port() != 0);
    bool failFollows = true;
    auto page = [&account](const QStringList &dids, const QString &cursor, const char *key) {
        QJsonArray arr;
        for (const QString &d : dids)
            arr.append(QJsonObject{{QStringLiteral("did"), d}, {QStringLiteral("handle"), QString(d.mid(8) + QStringLiteral(".test"))}});
        QJsonObject o{{QStringLiteral("subject"), QJsonObject{{QStringLiteral("did"), account}, {QStringLiteral("handle"), QStringLiteral("a.test")}}},
                      {QString::fromLatin1(key), arr}};
        if (!cursor.isEmpty())
            o.insert(QStringLiteral("cursor"), cursor);
        return o;
    };
    server.on(QStringLiteral("app.bsky.actor.getProfile"), [&account](const QHttpServerRequest &) {
        return FakeXrpcServer::json(QJsonObject{{QStringLiteral("did"), account}, {QStringLiteral("handle"), QStringLiteral("a.test")},
                                                {QStringLiteral("followersCount"), 3}});
    });
    server.on(QStringLiteral("app.bsky.graph.getFollowers"), [&page](const QHttpServerRequest &req) {
        if (req.query().queryItemValue(QStringLiteral("cursor")).isEmpty())
            return FakeXrpcServer::json(page({QStringLiteral("did:plc:f1"), QStringLiteral("did:plc:f2")}, QStringLiteral("c1"), "followers"));
        return FakeXrpcServer::json(page({QStringLiteral("did:plc:f3")}, QString(), "followers"));
    });
    server.on(QStringLiteral("app.bsky.graph.getFollows"), [&page, &failFollows](const QHttpServerRequest &) {
        if (failFollows)
            return FakeXrpcServer::error(400, "InvalidRequest", "refused");
        return FakeXrpcServer::json(page({QStringLiteral("did:plc:x1")}, QString(), "follows"));
    });

    CollectorTestDb db;
    QVERIFY(db.open({account}));
    net::HttpClient http(net::HttpClient::Deps{});
    atproto::XrpcClient::Options xo;
    xo.readRetry = reliability::RetryPolicy::none();
    atproto::XrpcClient xrpc(&http, xo);
    BackfillOptions options;
    options.appView = atproto::XrpcTarget::appView(server.url());
    options.intervalMs = 0;
    BackfillCollector backfill(xrpc, *db.writer, *db.sink, db.config, SystemClock::instance(), options);
    backfill.setAccounts({BackfillAccount{account, {}}});

    metrics::MetricsRegistry registry;
    CollectorMetrics exporter(registry);
    exporter.watch(&backfill);
    const metrics::Labels followers{{QStringLiteral("kind"), QStringLiteral("followers")}};
    const metrics::Labels follows{{QStringLiteral("kind"), QStringLiteral("follows")}};

    QSignalSpy finished(&backfill, &BackfillCollector::finished);
    backfill.runNow();
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE(sampleValue(registry, QStringLiteral("ge_backfill_runs_total"), {}), 1.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_pages_total"), followers), 2.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_pages_total"), follows), -1.0); // the follows page failed
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_failures_total"), {}), 1.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_running"), {}), 0.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_accounts_total"), {}), 1.0);

    failFollows = false;
    backfill.runNow();
    QVERIFY(finished.wait(15000));
    QTRY_COMPARE(sampleValue(registry, QStringLiteral("ge_backfill_runs_total"), {}), 2.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_pages_total"), follows), 1.0);
    QCOMPARE(sampleValue(registry, QStringLiteral("ge_backfill_failures_total"), {}), 1.0);
    QVERIFY(registry.prometheusText().contains("ge_backfill_pages_total{kind=\"followers\"}"));
}

QTEST_GUILESS_MAIN(TestCollectorMetrics)
#include "tst_collectormetrics.moc"
