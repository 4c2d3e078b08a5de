// The headless commands: `replay FILE.jsonl [--track …]` over every real capture, exit codes, and
// crash safety of `collect` (kill -9 mid-ingest, restart: the database equals a never-killed run),
// plus a clean stop on SIGTERM with everything committed, and the backfill crawl that `collect`
// runs beside Jetstream (accounts never crawled at start; a crawled account is not crawled again).
#include "../atproto/FakeXrpcServer.h"
#include "JetstreamTestServer.h"
#include "TestSupport.h"

#include <QDir>
#include <QJsonArray>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <csignal>

using namespace ge;
using ge::test::JetstreamTestServer;

namespace {

const QString kTracked = QStringLiteral("did:plc:tracked00000000000001");

QStringList envFor(const QString &dir)
{
    return {QStringLiteral("GROWTH_ENGINE_DATA_DIR=") + dir, QStringLiteral("XDG_CONFIG_HOME=") + dir + QStringLiteral("/config"),
            QStringLiteral("XDG_DATA_HOME=") + dir + QStringLiteral("/share"), QStringLiteral("QT_QPA_PLATFORM=offscreen")};
}

QString dbPath(const QString &dir)
{
    return dir + QStringLiteral("/growth-engine.sqlite");
}

QStringList rows(const QString &path, const QString &sql)
{
    QStringList out;
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next()) {
                    QStringList cols;
                    for (int i = 0; i < q.record().count(); ++i)
                        cols.append(q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
                    out.append(cols.join(u'|'));
                }
            } else {
                out.append(QStringLiteral("ERROR ") + sql);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// Everything the product derives from the stream, without wall-clock columns.
QStringList dump(const QString &path)
{
    QStringList out;
    const QStringList queries = {
        QStringLiteral("SELECT follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source FROM follow_edges ORDER BY 1, 2"),
        QStringLiteral("SELECT follower_did, subject_did, kind, rkey, time_us, source FROM follow_events ORDER BY 1, 2, 3, 4"),
        QStringLiteral("SELECT actor_did, collection, rkey, kind, subject_uri, subject_did, time_us, deleted_at_us FROM engagement_events ORDER BY 1, 2, 3"),
        QStringLiteral("SELECT follower_did, rkey, time_us FROM unattributed_unfollows ORDER BY 1, 2"),
        QStringLiteral("SELECT author_did, rkey, cid, text, time_us, deleted_at_us, like_count, reply_count FROM posts ORDER BY 1, 2"),
        QStringLiteral("SELECT did, handle FROM profiles ORDER BY 1"),
        QStringLiteral("SELECT endpoint, cursor_us FROM jetstream_cursors ORDER BY 1"),
    };
    for (const QString &q : queries) {
        out.append(QStringLiteral("## ") + q);
        out += rows(path, q);
    }
    return out;
}

qint64 cursorIn(const QString &path, const QString &stream)
{
    const QStringList r = rows(path, QStringLiteral("SELECT cursor_us FROM jetstream_cursors WHERE endpoint = '%1'").arg(stream));
    return r.isEmpty() || r.constFirst().startsWith(u"ERROR") ? 0 : r.constFirst().toLongLong();
}

// ~N events derived from the real corpus: time_us and rkey rewritten (like the benchmark peer),
// with follows of / likes of the tracked account and unfollows mixed in.
QList<QByteArray> corpusEvents(int n, qint64 baseUs)
{
    QFile f(ge::test::testDataDir() + QStringLiteral("/jetstream/bluesky-jetstream_corpus_expected_v1.jsonl"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> templates;
    for (const QByteArray &l : f.readAll().split('\n'))
        if (!l.trimmed().isEmpty())
            templates.append(l);
    QList<QByteArray> out;
    const QByteArray tracked = kTracked.toUtf8();
    for (int i = 0; i < n; ++i) {
        const qint64 t = baseUs + i;
        const QByteArray rk = "3m" + QByteArray::number(i, 32).rightJustified(11, 'a');
        QByteArray ev;
        if (i % 50 == 0) {
            ev = "{\"did\":\"did:plc:fan" + QByteArray::number(i) + "\",\"time_us\":" + QByteArray::number(t)
                 + ",\"kind\":\"commit\",\"commit\":{\"operation\":\"create\",\"collection\":\"app.bsky.graph.follow\",\"rkey\":\"f"
                 + QByteArray::number(i) + "\",\"record\":{\"subject\":\"" + tracked + "\"},\"cid\":\"c\"}}";
        } else if (i % 50 == 25 && i > 50) {
            ev = "{\"did\":\"did:plc:fan" + QByteArray::number(i - 75) + "\",\"time_us\":" + QByteArray::number(t)
                 + ",\"kind\":\"commit\",\"commit\":{\"operation\":\"delete\",\"collection\":\"app.bsky.graph.follow\",\"rkey\":\"f"
                 + QByteArray::number(i - 75) + "\"}}";
        } else if (i % 50 == 10) {
            ev = "{\"did\":\"did:plc:liker" + QByteArray::number(i) + "\",\"time_us\":" + QByteArray::number(t)
                 + ",\"kind\":\"commit\",\"commit\":{\"operation\":\"create\",\"collection\":\"app.bsky.feed.like\",\"rkey\":\""
                 + rk + "\",\"record\":{\"subject\":{\"cid\":\"c\",\"uri\":\"at://" + tracked + "/app.bsky.feed.post/3p\"}},\"cid\":\"c\"}}";
        } else {
            ev = templates.at(i % templates.size());
            // rewrite time_us and rkey
            const int tp = ev.indexOf("\"time_us\":");
            const int te = ev.indexOf(',', tp);
            ev.replace(tp, te - tp, QByteArray("\"time_us\":" + QByteArray::number(t)));
            const int rp = ev.indexOf("\"rkey\":\"");
            if (rp >= 0) {
                const int re = ev.indexOf('"', rp + 8);
                ev.replace(rp + 8, re - rp - 8, rk);
            }
        }
        out.append(ev);
    }
    return out;
}

bool writeLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    for (const QByteArray &l : lines) {
        f.write(l);
        f.write("\n");
    }
    return true;
}

struct App
{
    QProcess process;
    void start(const QString &dir, const QStringList &args)
    {
        auto env = QProcessEnvironment::systemEnvironment();
        for (const QString &kv : envFor(dir))
            env.insert(kv.section(u'=', 0, 0), kv.section(u'=', 1));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.start(ge::test::appBinary(), args);
    }
};

} // namespace

class TestCollectCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void replayEveryRealCapture();
    void replayCountsUnreadableLines();
    void replayStoresWhatTrackedAccountsCareAbout();
    void replayUsageErrors();
    void collectStopsCleanlyOnSigterm();
    void collectSurvivesKill9();
    void collectBackfillsNeverCrawledAccounts();
};

void TestCollectCli::replayEveryRealCapture()
{
    const QDir dir(ge::test::testDataDir() + QStringLiteral("/jetstream"));
    const QStringList files = dir.entryList({QStringLiteral("*.jsonl")}, QDir::Files);
    QVERIFY(files.size() >= 6);
    QTemporaryDir tmp;
    for (const QString &name : files) {
        const auto r = ge::test::runApp({QStringLiteral("replay"), dir.filePath(name), QStringLiteral("--track"),
                                         QStringLiteral("did:plc:wa7b35aakoll7hugkrjtf3xf")},
                                        {}, envFor(tmp.path()));
        QVERIFY2(r.exitCode == 0 && !r.crashed, qPrintable(name + QStringLiteral(": ") + QString::fromUtf8(r.out + r.err)));
        QVERIFY2(r.out.contains("unreadable=0"), r.out.constData());
    }
    // The README like of did:plc:wa7b35… was stored as engagement.
    QVERIFY(!rows(dbPath(tmp.path()), QStringLiteral("SELECT actor_did FROM engagement_events WHERE subject_did = 'did:plc:wa7b35aakoll7hugkrjtf3xf'")).isEmpty());
}

void TestCollectCli::replayCountsUnreadableLines()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("mixed.jsonl"));
    QList<QByteArray> lines = corpusEvents(20, 1'780'000'000'000'000);
    lines.insert(3, "{not json");
    lines.insert(7, "{\"did\":\"did:plc:abcd\",\"time_us\":\"soon\",\"kind\":\"commit\"}");
    QVERIFY(writeLines(file, lines));
    const auto r = ge::test::runApp({QStringLiteral("replay"), file}, {}, envFor(tmp.path()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.contains("lines=22") && r.out.contains("unreadable=2"), r.out.constData());
    QVERIFY(r.out.contains("malformed.bad_json=1") && r.out.contains("malformed.wrong_type=1"));
    // The readable lines were still stored up to the end (the cursor covers the last line).
    QCOMPARE(cursorIn(dbPath(tmp.path()), QStringLiteral("replay:mixed.jsonl")), 1'780'000'000'000'019LL);
}

void TestCollectCli::replayStoresWhatTrackedAccountsCareAbout()
{
    QTemporaryDir tmp;
    const QString file = tmp.filePath(QStringLiteral("capture.jsonl"));
    QVERIFY(writeLines(file, corpusEvents(1000, 1'780'000'000'000'000)));
    const auto r = ge::test::runApp({QStringLiteral("replay"), file, QStringLiteral("--track"), kTracked}, {}, envFor(tmp.path()));
    QVERIFY2(r.exitCode == 0, r.out.constData());
    // 20 follows (i % 50 == 0), unfollows at i = 75, 125, …, 975 (19), 20 likes.
    QCOMPARE(rows(dbPath(tmp.path()), QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), QStringList{QStringLiteral("20")});
    QCOMPARE(rows(dbPath(tmp.path()), QStringLiteral("SELECT COUNT(*) FROM follow_events WHERE kind = 'unfollow'")), QStringList{QStringLiteral("19")});
    QCOMPARE(rows(dbPath(tmp.path()), QStringLiteral("SELECT COUNT(*) FROM engagement_events")), QStringList{QStringLiteral("20")});
    // Replaying the same capture again changes nothing (idempotent writes).
    const QStringList before = dump(dbPath(tmp.path()));
    const auto again = ge::test::runApp({QStringLiteral("replay"), file, QStringLiteral("--track"), kTracked}, {}, envFor(tmp.path()));
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(dump(dbPath(tmp.path())), before);
}

void TestCollectCli::replayUsageErrors()
{
    QTemporaryDir tmp;
    QCOMPARE(ge::test::runApp({QStringLiteral("replay")}, {}, envFor(tmp.path())).exitCode, 2);
    QCOMPARE(ge::test::runApp({QStringLiteral("replay"), tmp.filePath(QStringLiteral("missing.jsonl"))}, {}, envFor(tmp.path())).exitCode, 7);
    const QString file = tmp.filePath(QStringLiteral("c.jsonl"));
    QVERIFY(writeLines(file, corpusEvents(5, 1'780'000'000'000'000)));
    // A handle that cannot be resolved offline is a usage error, never a guess.
    QCOMPARE(ge::test::runApp({QStringLiteral("replay"), file, QStringLiteral("--track"), QStringLiteral("nobody.example")}, {}, envFor(tmp.path())).exitCode, 2);
}

void TestCollectCli::collectStopsCleanlyOnSigterm()
{
    const QList<QByteArray> events = corpusEvents(3000, QDateTime::currentMSecsSinceEpoch() * 1000 - 600'000'000);
    const qint64 last = JetstreamTestServer::timeUsOf(events.constLast());
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(events);
    QTemporaryDir tmp;
    App app;
    app.start(tmp.path(), {QStringLiteral("collect"), QStringLiteral("--jetstream"), server.url().toString(),
                           QStringLiteral("--track"), kTracked});
    QVERIFY(app.process.waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(cursorIn(dbPath(tmp.path()), QStringLiteral("jetstream")), last, 60000);
    ::kill(pid_t(app.process.processId()), SIGTERM);
    QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
    QCOMPARE(app.process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(app.process.exitCode(), 0);
    const QByteArray out = app.process.readAllStandardOutput();
    // The server honours wantedCollections: only the product's four collections (+ identity/account) arrive.
    const QStringList wanted = {QStringLiteral("app.bsky.graph.follow"), QStringLiteral("app.bsky.feed.like"),
                                QStringLiteral("app.bsky.feed.repost"), QStringLiteral("app.bsky.feed.post")};
    qsizetype expected = 0;
    for (const QByteArray &e : events) {
        const QString col = JetstreamTestServer::collectionOf(e);
        expected += col.isEmpty() || wanted.contains(col);
    }
    QVERIFY(expected < events.size());
    QVERIFY2(out.contains("collected:") && out.contains(QByteArray("events=" + QByteArray::number(expected) + ' ')), out.constData());
    QCOMPARE(rows(dbPath(tmp.path()), QStringLiteral("SELECT COUNT(*) FROM follow_changes WHERE kind = 'follow'")), QStringList{QStringLiteral("60")});
}

void TestCollectCli::collectSurvivesKill9()
{
    const QList<QByteArray> events = corpusEvents(30000, QDateTime::currentMSecsSinceEpoch() * 1000 - 600'000'000);
    const qint64 last = JetstreamTestServer::timeUsOf(events.constLast());
    const QStringList args = {QStringLiteral("collect"), QStringLiteral("--track"), kTracked};

    // Reference: a run that is never killed.
    QTemporaryDir refDir;
    {
        JetstreamTestServer server;
        QVERIFY(server.listen());
        server.setEvents(events);
        App app;
        app.start(refDir.path(), args + QStringList{QStringLiteral("--jetstream"), server.url().toString()});
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(cursorIn(dbPath(refDir.path()), QStringLiteral("jetstream")), last, 120000);
        ::kill(pid_t(app.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(app.process.exitCode(), 0);
    }

    // Killed with SIGKILL mid-ingest, then restarted: it resumes from the committed cursor.
    QTemporaryDir dir;
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(events);
    server.setChunk(20); // slow enough that the kill lands mid-stream
    {
        App app;
        app.start(dir.path(), args + QStringList{QStringLiteral("--jetstream"), server.url().toString()});
        QVERIFY(app.process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(cursorIn(dbPath(dir.path()), QStringLiteral("jetstream")) > 0, 60000);
        const qint64 atKill = cursorIn(dbPath(dir.path()), QStringLiteral("jetstream"));
        ::kill(pid_t(app.process.processId()), SIGKILL);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QVERIFY2(atKill < last, "the kill must land before the end of the stream");
    }
    {
        App app;
        app.start(dir.path(), args + QStringList{QStringLiteral("--jetstream"), server.url().toString()});
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(cursorIn(dbPath(dir.path()), QStringLiteral("jetstream")), last, 120000);
        ::kill(pid_t(app.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(app.process.exitCode(), 0);
    }
    QVERIFY(server.connections() >= 2);
    const QUrlQuery resumed(server.requestUrls().at(1));
    QVERIFY(resumed.queryItemValue(QStringLiteral("cursor")).toLongLong() > 0);
    const QStringList ref = dump(dbPath(refDir.path()));
    const QStringList got = dump(dbPath(dir.path()));
    QCOMPARE(got.size(), ref.size());
    QCOMPARE(got, ref);
}

void TestCollectCli::collectBackfillsNeverCrawledAccounts()
{
    const QString other = QStringLiteral("did:plc:tracked00000000000002");
    ge::test::FakeXrpcServer appView;
    QVERIFY(appView.port() != 0);
    auto actorOf = [](const QHttpServerRequest &req) { return req.query().queryItemValue(QStringLiteral("actor")); };
    appView.on(QStringLiteral("app.bsky.actor.getProfile"), [actorOf](const QHttpServerRequest &req) {
        return ge::test::FakeXrpcServer::json(QJsonObject{{QStringLiteral("did"), actorOf(req)},
                                                          {QStringLiteral("handle"), QStringLiteral("acct.test")},
                                                          {QStringLiteral("followersCount"), 2}});
    });
    auto page = [actorOf](const QHttpServerRequest &req, const char *key, const QString &prefix) {
        const QString actor = actorOf(req);
        QJsonArray arr;
        for (int i = 0; i < 2; ++i) {
            const QString did = prefix + actor.right(2) + QString::number(i);
            arr.append(QJsonObject{{QStringLiteral("did"), did}, {QStringLiteral("handle"), QString(did.mid(8) + QStringLiteral(".test"))}});
        }
        return ge::test::FakeXrpcServer::json(QJsonObject{
            {QStringLiteral("subject"), QJsonObject{{QStringLiteral("did"), actor}, {QStringLiteral("handle"), QStringLiteral("acct.test")}}},
            {QString::fromLatin1(key), arr}});
    };
    appView.on(QStringLiteral("app.bsky.graph.getFollowers"),
               [page](const QHttpServerRequest &req) { return page(req, "followers", QStringLiteral("did:plc:bffan")); });
    appView.on(QStringLiteral("app.bsky.graph.getFollows"),
               [page](const QHttpServerRequest &req) { return page(req, "follows", QStringLiteral("did:plc:bfidol")); });
    auto followersRequests = [&appView](const QString &actor) {
        return int(std::count_if(appView.seen.cbegin(), appView.seen.cend(), [&actor](const ge::test::SeenRequest &r) {
            return r.nsid == u"app.bsky.graph.getFollowers" && r.query.queryItemValue(QStringLiteral("actor")) == actor;
        }));
    };
    auto completed = [](const QString &db, const QString &did) {
        return rows(db, QStringLiteral("SELECT COUNT(*) FROM backfill_state WHERE account_did = '%1' AND kind = 'follows' "
                                       "AND completed_at_us IS NOT NULL").arg(did));
    };
    const QStringList one{QStringLiteral("1")};

    const QList<QByteArray> events = corpusEvents(200, QDateTime::currentMSecsSinceEpoch() * 1000 - 600'000'000);
    JetstreamTestServer server;
    QVERIFY(server.listen());
    server.setEvents(events);
    QTemporaryDir tmp;
    const QString db = dbPath(tmp.path());
    const QStringList common{QStringLiteral("collect"), QStringLiteral("--jetstream"), server.url().toString(),
                             QStringLiteral("--appview"), appView.url().toString(), QStringLiteral("--track"), kTracked};

    // First run: the tracked account was never crawled → crawled at start, beside the live stream.
    {
        App app;
        app.start(tmp.path(), common);
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(completed(db, kTracked), one, 60000);
        QTRY_COMPARE_WITH_TIMEOUT(cursorIn(db, QStringLiteral("jetstream")), JetstreamTestServer::timeUsOf(events.constLast()), 60000);
        ::kill(pid_t(app.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(app.process.exitCode(), 0);
        const QByteArray out = app.process.readAllStandardOutput();
        const QByteArray line = QByteArray("backfilled ") + kTracked.toUtf8() + QByteArray(": followers=2 follows=2");
        QVERIFY2(out.contains(line), out.constData());
    }
    QCOMPARE(followersRequests(kTracked), 1);
    QCOMPARE(rows(db, QStringLiteral("SELECT COUNT(*) FROM follow_edges WHERE subject_did = '%1' AND follower_did LIKE 'did:plc:bffan%'").arg(kTracked)),
             QStringList{QStringLiteral("2")});
    QCOMPARE(rows(db, QStringLiteral("SELECT COUNT(*) FROM follower_snapshots WHERE account_did = '%1'").arg(kTracked)), one);

    // Second run with a second account: only the new one is crawled at start (the schedule does the rest).
    {
        App app;
        app.start(tmp.path(), common + QStringList{QStringLiteral("--track"), other});
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(completed(db, other), one, 60000);
        ::kill(pid_t(app.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(app.process.exitCode(), 0);
    }
    QCOMPARE(followersRequests(other), 1);
    QCOMPARE(followersRequests(kTracked), 1);

    // --no-backfill: Jetstream only.
    const int before = int(appView.seen.size());
    {
        App app;
        QTemporaryDir fresh;
        app.start(fresh.path(), common + QStringList{QStringLiteral("--no-backfill")});
        QVERIFY(app.process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(cursorIn(dbPath(fresh.path()), QStringLiteral("jetstream")), JetstreamTestServer::timeUsOf(events.constLast()), 60000);
        ::kill(pid_t(app.process.processId()), SIGTERM);
        QTRY_VERIFY_WITH_TIMEOUT(app.process.state() == QProcess::NotRunning, 30000);
        QCOMPARE(app.process.exitCode(), 0);
    }
    QCOMPARE(int(appView.seen.size()), before);
}

QTEST_GUILESS_MAIN(TestCollectCli)
#include "tst_collectcli.moc"
