// Storage benchmarks, one run, figures printed as a table:
//  1. Ingest: 1M rows (70% follow creates, 30% likes on tracked accounts' posts) through the real
//     StorageWriter (bounded queue, batches of 5000 rows as the Jetstream collector hands over under a
//     backlog, idempotent semantics, daily aggregates), then the
//     same with 20% duplicates (replays), against bare loops that insert the same rows (the follow
//     edges and like events the writer stores; a new follow is its edge, schema v5) with one
//     prepared statement per table in one transaction — through Qt Sql and through the sqlite3 C API.
//  2. Queries: one account with 200k followers and 5M follow events over 365 days: daily new/lost
//     (aggregates), the same computed from raw events, the Overview page's queries together, and a
//     day's list of new followers — p50/p95 over repeated runs on a read connection.
#include "analytics/AnalyticsQueries.h"
#include "core/Clock.h"
#include "domain/Events.h"
#include "storage/BatchApplier.h"
#include "storage/DbConnection.h"
#include "storage/FollowerQueries.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTextStream>
#include <QThread>

#ifdef GE_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#endif

#include <algorithm>
#include <cstdio>

using namespace ge;
using namespace ge::storage;

namespace {

constexpr qint64 kDayUs = 86'400'000'000LL;
constexpr qint64 kT0 = 1'735'689'600'000'000LL; // 2025-01-01
const int kAccounts = 10;

QString accountDid(int i) { return QStringLiteral("did:plc:tracked%1").arg(i, 4, 10, QLatin1Char('0')); }
QString userDid(quint32 i) { return QStringLiteral("did:plc:u%1xq7fz3kq2m").arg(i, 10, 10, QLatin1Char('0')); }
QString rkeyOf(quint64 i) { return QStringLiteral("3l%1").arg(i, 11, 36, QLatin1Char('a')); }

// A TID (atproto record key of follows, likes and reposts): 13 base32-sortable characters of
// (microseconds since 1970 << 10 | clock id). The PDS sets it when the record is created, shortly
// before Jetstream sees the commit, so TIDs arrive in nearly increasing order.
QString tidOf(qint64 createdUs, quint32 clockId)
{
    static const char alphabet[] = "234567abcdefghijklmnopqrstuvwxyz";
    quint64 v = (quint64(createdUs) << 10 | (clockId & 1023u)) & 0x7fffffffffffffffULL;
    char out[13];
    for (int i = 12; i >= 0; --i) {
        out[i] = alphabet[v & 31u];
        v >>= 5;
    }
    return QString::fromLatin1(out, 13);
}

struct Row
{
    bool like = false;
    FollowCreated follow;
    EngagementEvent engagement;
};

// followPercent: share of follow creates among the rows (the rest are likes); 70 by default.
// tidRkeys: record keys are TIDs as on the network; otherwise the base-36 counters of earlier
// revisions of this benchmark (--rkeys counter; mostly increasing too, without the TIDs' jitter).
QList<Row> makeRows(int n, double duplicateShare, quint32 seed, int followPercent, bool tidRkeys)
{
    QRandomGenerator rng(seed);
    QList<Row> rows;
    rows.reserve(n);
    for (int i = 0; i < n; ++i) {
        if (duplicateShare > 0 && i > 1000 && rng.generateDouble() < duplicateShare) {
            rows.append(rows.at(int(rng.bounded(quint32(i)))));
            continue;
        }
        Row r;
        const QString account = accountDid(int(rng.bounded(quint32(kAccounts))));
        const qint64 t = kT0 + qint64(i) * 30'000'000LL / 1000; // ~1000 rows per 30 s
        // The record was created 0-2 s before Jetstream's time (PDS clocks and relay delay vary).
        const QString tid = tidOf(t - qint64(rng.bounded(2'000'000u)), rng.bounded(1024u));
        if (int(rng.bounded(10u)) * 10 < followPercent) {
            r.follow = FollowCreated{userDid(rng.generate() % 50'000'000u), account,
                                     tidRkeys ? tid : rkeyOf(quint64(i) * 7919u), t, EventSource::Jetstream};
        } else {
            r.like = true;
            EngagementEvent &e = r.engagement;
            e.actorDid = userDid(rng.generate() % 50'000'000u);
            e.collection = QStringLiteral("app.bsky.feed.like");
            e.rkey = tidRkeys ? tid : rkeyOf(quint64(i) * 104729u);
            e.kind = EngagementKind::Like;
            e.subjectDid = account;
            e.subjectUri = QStringLiteral("at://%1/app.bsky.feed.post/%2").arg(account, rkeyOf(rng.bounded(2000u)));
            e.timeUs = t;
        }
        rows.append(r);
    }
    return rows;
}

QList<WriteBatch> toBatches(const QList<Row> &rows, int batchSize)
{
    QList<WriteBatch> out;
    WriteBatch b;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Row &r = rows.at(i);
        if (r.like) {
            b.engagements.append(r.engagement);
        } else {
            b.followsCreated.append(r.follow);
        }
        if (b.size() >= batchSize || i + 1 == rows.size()) {
            b.cursor = CursorUpdate{QStringLiteral("wss://bench"), r.like ? r.engagement.timeUs : r.follow.timeUs};
            out.append(b);
            b = WriteBatch();
        }
    }
    return out;
}

DatabaseConfig freshDb(const QString &dir, const QString &name)
{
    const QString path = QDir(dir).filePath(name);
    for (const QString &s : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + s);
    }
    DatabaseConfig cfg = DatabaseConfig::sqlite(path);
    auto conn = DbConnection::open(cfg, QStringLiteral("bench-prep"));
    if (!conn || !Migrator().migrate(**conn)) {
        qFatal("cannot prepare %s", qPrintable(path));
    }
    for (int i = 0; i < kAccounts; ++i) {
        (void)(*conn)->select(QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, 'watched', 0)"),
                              {accountDid(i), QStringLiteral("a%1.test").arg(i)});
    }
    return cfg;
}

double writerRun(const DatabaseConfig &cfg, const QList<WriteBatch> &batches, qint64 rows, WriterStats *statsOut,
                 const WriterOptions &options)
{
    QueryStats stats(1000);
    StorageWriter writer(cfg, SystemClock::instance(), &stats, options);
    writer.start();
    writer.waitUntilReady(10000);
    QElapsedTimer t;
    t.start();
    QThread *producer = QThread::create([&] {
        for (const WriteBatch &b : batches) {
            while (!writer.submit(b, 60000).ok()) {
            }
        }
    });
    producer->start();
    producer->wait();
    delete producer;
    writer.flush(600000);
    const double secs = double(t.nsecsElapsed()) / 1e9;
    *statsOut = writer.stats();
    writer.stop();
    return double(rows) / secs;
}

// The rows the writer ends up with (a follow edge per new follow, a like event per like), minus the
// small batched aggregates and the cursor.
double bareQtRun(const DatabaseConfig &cfg, const QList<Row> &rows)
{
    auto conn = DbConnection::open(cfg, QStringLiteral("bench-bare"));
    QSqlQuery edge((*conn)->db());
    edge.prepare(QStringLiteral("INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
                                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    QSqlQuery like((*conn)->db());
    like.prepare(QStringLiteral("INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
                                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
    const QString src = QStringLiteral("jetstream");
    const QString likeKind = QStringLiteral("like");
    QElapsedTimer t;
    t.start();
    (void)(*conn)->exec(QStringLiteral("BEGIN"));
    for (const Row &r : rows) {
        if (r.like) {
            const EngagementEvent &e = r.engagement;
            like.bindValue(0, e.actorDid);
            like.bindValue(1, e.collection);
            like.bindValue(2, e.rkey);
            like.bindValue(3, likeKind);
            like.bindValue(4, e.subjectUri);
            like.bindValue(5, e.subjectDid);
            like.bindValue(6, e.timeUs);
            like.exec();
        } else {
            const FollowCreated &f = r.follow;
            edge.bindValue(0, f.followerDid);
            edge.bindValue(1, f.subjectDid);
            edge.bindValue(2, f.rkey);
            edge.bindValue(3, f.timeUs);
            edge.bindValue(4, f.timeUs);
            edge.bindValue(5, src);
            edge.exec();
        }
    }
    (void)(*conn)->exec(QStringLiteral("COMMIT"));
    return double(rows.size()) / (double(t.nsecsElapsed()) / 1e9);
}

#ifdef GE_BENCH_HAVE_SQLITE3
double bareCRun(const DatabaseConfig &cfg, const QList<Row> &rows)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(QFile::encodeName(cfg.sqlitePath).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-32768;", nullptr, nullptr, nullptr);
    sqlite3_stmt *edge = nullptr;
    sqlite3_stmt *like = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
                           "VALUES (?, ?, ?, ?, ?, 'jetstream') ON CONFLICT DO NOTHING", -1, &edge, nullptr);
    sqlite3_prepare_v2(db, "INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
                           "VALUES (?, ?, ?, 'like', ?, ?, ?) ON CONFLICT DO NOTHING", -1, &like, nullptr);
    // Pre-encode (the C loop gets UTF-8 the way a simdjson parser would hand it over).
    struct Enc { QByteArray a, b, c, d, e; qint64 t; bool like; };
    std::vector<Enc> enc;
    enc.reserve(size_t(rows.size()));
    for (const Row &r : rows) {
        if (r.like) {
            enc.push_back({r.engagement.actorDid.toUtf8(), r.engagement.collection.toUtf8(), r.engagement.rkey.toUtf8(),
                           r.engagement.subjectUri.toUtf8(), r.engagement.subjectDid.toUtf8(), r.engagement.timeUs, true});
        } else {
            enc.push_back({r.follow.followerDid.toUtf8(), r.follow.subjectDid.toUtf8(), r.follow.rkey.toUtf8(), {}, {}, r.follow.timeUs, false});
        }
    }
    QElapsedTimer t;
    t.start();
    sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
    auto text = [](sqlite3_stmt *s, int i, const QByteArray &v) { sqlite3_bind_text(s, i, v.constData(), int(v.size()), SQLITE_STATIC); };
    for (const Enc &e : enc) {
        sqlite3_stmt *s = e.like ? like : edge;
        if (e.like) {
            text(s, 1, e.a); text(s, 2, e.b); text(s, 3, e.c); text(s, 4, e.d); text(s, 5, e.e);
            sqlite3_bind_int64(s, 6, e.t);
        } else {
            text(s, 1, e.a); text(s, 2, e.b); text(s, 3, e.c);
            sqlite3_bind_int64(s, 4, e.t); sqlite3_bind_int64(s, 5, e.t);
        }
        sqlite3_step(s);
        sqlite3_reset(s);
    }
    sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
    const double rate = double(rows.size()) / (double(t.nsecsElapsed()) / 1e9);
    sqlite3_finalize(edge);
    sqlite3_finalize(like);
    sqlite3_close(db);
    return rate;
}
#endif

struct Lat { double p50 = 0, p95 = 0, max = 0; int n = 0; };

template <typename F>
Lat measure(int n, F &&fn)
{
    QList<double> ms;
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        fn(i);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    Lat l;
    l.n = n;
    l.p50 = ms.at(ms.size() / 2);
    l.p95 = ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(double(ms.size()) * 0.95)));
    l.max = ms.last();
    return l;
}

// 200k active followers (their first follows spread over the 365 days: a first follow is its edge),
// `events` follow and unfollow events over 365 days for one account, generated in SQL so the file
// builds in seconds; reused when it already exists.
DatabaseConfig queryDb(const QString &dir, qint64 events, qint64 followers, bool *reused)
{
    const QString name = QStringLiteral("query-v5-%1-%2.sqlite").arg(events).arg(followers);
    const QString path = QDir(dir).filePath(name);
    *reused = QFile::exists(path) && !QFile::exists(path + QStringLiteral(".building"));
    if (*reused) {
        return DatabaseConfig::sqlite(path);
    }
    QFile marker(path + QStringLiteral(".building"));
    marker.open(QIODevice::WriteOnly);
    DatabaseConfig cfg = freshDb(dir, name);
    auto conn = DbConnection::open(cfg, QStringLiteral("bench-gen"));
    DbConnection &c = **conn;
    auto must = [&](const QString &sql) {
        if (Status s = c.exec(sql); !s) {
            qFatal("%s: %s", qPrintable(sql.left(80)), qPrintable(s.error().detail));
        }
    };
    const QString a = accountDid(0);
    // printf formats (%010d) and QString::arg placeholders clash, so tokens are replaced by name.
    auto sql = [&](QString text) {
        text.replace(QStringLiteral("{EVENTS}"), QString::number(events));
        text.replace(QStringLiteral("{IDS}"), QString::number(followers * 4));
        text.replace(QStringLiteral("{FOLLOWERS}"), QString::number(followers));
        text.replace(QStringLiteral("{LOST}"), QString::number(followers / 4));
        text.replace(QStringLiteral("{ACCOUNT}"), a);
        text.replace(QStringLiteral("{T0}"), QString::number(kT0));
        text.replace(QStringLiteral("{DAY}"), QString::number(kDayUs));
        text.replace(QStringLiteral("{STEP}"), QString::number(365 * kDayUs / events));
        text.replace(QStringLiteral("{LSTEP}"), QString::number(365 * kDayUs / 500000));
        text.replace(QStringLiteral("{FSTEP}"), QString::number(365 * kDayUs / followers));
        return text;
    };
    must(QStringLiteral("BEGIN"));
    // Events: follower ids cycle; every other cycle 20% of the events are unfollows, the rest are
    // re-follows (the events a v5 database keeps beside the edges); spread evenly over 365 days.
    must(sql(QStringLiteral(
        "INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {EVENTS} - 1) "
        "SELECT printf('did:plc:u%010dxq7fz3kq2m', i % {IDS}), '{ACCOUNT}', "
        "CASE WHEN (i / {IDS}) % 2 = 1 AND i % 5 = 0 THEN 'unfollow' ELSE 'follow' END, "
        "printf('3l%011d', i), {T0} + i * {STEP}, 'jetstream' FROM n")));
    must(sql(QStringLiteral(
        "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {FOLLOWERS} - 1) "
        "SELECT printf('did:plc:u%010dxq7fz3kq2m', i), '{ACCOUNT}', printf('3n%011d', i), {T0} + i * {FSTEP}, "
        "{T0} + i * {FSTEP}, 'jetstream' FROM n")));
    must(sql(QStringLiteral(
        "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {LOST} - 1) "
        "SELECT printf('did:plc:u%010dxq7fz3kq2m', {FOLLOWERS} + i), '{ACCOUNT}', printf('3m%011d', i), {T0} + i, {T0} + i, "
        "{T0} + i + 1, 'jetstream' FROM n")));
    must(sql(QStringLiteral(
        "INSERT INTO profiles (did, handle, display_name, updated_at_us) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {IDS} - 1) "
        "SELECT printf('did:plc:u%010dxq7fz3kq2m', i), printf('user%d.bsky.social', i), printf('User %d', i), 0 FROM n")));
    must(sql(QStringLiteral(
        "INSERT INTO follow_daily (subject_did, day, new_count, lost_count) "
        "SELECT subject_did, time_us / {DAY}, SUM(kind = 'follow'), SUM(kind = 'unfollow') FROM follow_changes "
        "GROUP BY subject_did, time_us / {DAY}")));
    must(sql(QStringLiteral(
        "INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
        "WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 500000 - 1) "
        "SELECT printf('did:plc:u%010dxq7fz3kq2m', i % 100000), 'app.bsky.feed.like', printf('3k%011d', i), 'like', "
        "printf('at://{ACCOUNT}/app.bsky.feed.post/p%d', i % 3000), '{ACCOUNT}', {T0} + i * {LSTEP} FROM n")));
    must(sql(QStringLiteral(
        "INSERT INTO engagement_daily (subject_did, day, like_count) SELECT subject_did, time_us / {DAY}, COUNT(*) "
        "FROM engagement_events GROUP BY subject_did, time_us / {DAY}")));
    must(QStringLiteral("COMMIT"));
    must(QStringLiteral("ANALYZE"));
    must(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    marker.close();
    marker.remove();
    return cfg;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
    auto opt = [&](const QString &name, qint64 def) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1).toLongLong() : def;
    };
    const qint64 rows = opt(QStringLiteral("--rows"), 1'000'000);
    const qint64 events = opt(QStringLiteral("--events"), 5'000'000);
    const qint64 followers = opt(QStringLiteral("--followers"), 200'000);
    const qsizetype wi = args.indexOf(QStringLiteral("--work"));
    const QString work = wi >= 0 && wi + 1 < args.size() ? args.at(wi + 1) : QDir::tempPath() + QStringLiteral("/ge-storage-bench");
    QDir().mkpath(work);
    QTextStream out(stdout);
    const bool skipIngest = args.contains(QStringLiteral("--queries-only"));
    const bool skipQueries = args.contains(QStringLiteral("--ingest-only"));
    const bool writerOnly = args.contains(QStringLiteral("--writer-only")); // tuning runs: no bare loops
    // --kind follows|likes: only follow creates or only likes (the default mixes 70% follows, 30% likes).
    const qsizetype ki = args.indexOf(QStringLiteral("--kind"));
    const QString kind = ki >= 0 && ki + 1 < args.size() ? args.at(ki + 1) : QStringLiteral("mixed");
    const int followPercent = kind == QLatin1StringView("follows") ? 100 : kind == QLatin1StringView("likes") ? 0 : 70;
    // --rkeys counter: the base-36 counter keys of earlier revisions of this benchmark; TIDs by default.
    const qsizetype ri = args.indexOf(QStringLiteral("--rkeys"));
    const bool tidRkeys = !(ri >= 0 && ri + 1 < args.size() && args.at(ri + 1) == QLatin1StringView("counter"));
    // The collector's batch size under a backlog (JetstreamCollector's maxBatchRows).
    const int batchRows = int(opt(QStringLiteral("--batch-rows"), 5000));
    WriterOptions writerOptions; // the product's defaults unless overridden for a tuning run
    writerOptions.maxRowsPerTransaction = int(opt(QStringLiteral("--txn-rows"), writerOptions.maxRowsPerTransaction));
    writerOptions.queueCapacity = int(opt(QStringLiteral("--queue-capacity"), writerOptions.queueCapacity));
    writerOptions.walAutocheckpointPages = int(opt(QStringLiteral("--wal-autocheckpoint"), writerOptions.walAutocheckpointPages));

    if (!skipIngest) {
        out << "== Ingest: " << rows << " rows (" << followPercent << "% follow creates, " << 100 - followPercent
            << "% likes), batches of " << batchRows << ", " << (tidRkeys ? "TID" : "base-36 counter") << " record keys ==\n";
        out.flush();
        for (double dup : {0.0, 0.2}) {
            const QList<Row> data = makeRows(int(rows), dup, 42, followPercent, tidRkeys);
            const QList<WriteBatch> batches = toBatches(data, batchRows);
            WriterStats ws;
            const double writer = writerRun(freshDb(work, QStringLiteral("ingest-writer.sqlite")), batches, rows, &ws, writerOptions);
            if (writerOnly) {
                out << QStringLiteral("duplicates %1%: writer %2 rows/s (%3 txns, %4 duplicates skipped)")
                           .arg(int(dup * 100)).arg(qint64(writer)).arg(ws.transactions).arg(ws.applied.duplicates)
                    << "\n";
                out.flush();
                continue;
            }
            const double bareQt = bareQtRun(freshDb(work, QStringLiteral("ingest-bareqt.sqlite")), data);
            out << QStringLiteral("duplicates %1%: writer %2 rows/s (%3 txns, %4 duplicates skipped)")
                       .arg(int(dup * 100)).arg(qint64(writer)).arg(ws.transactions).arg(ws.applied.duplicates)
                << "\n";
            out << QStringLiteral("  bare loop Qt Sql, same rows (edge / like):        %1 rows/s -> writer/bare = %2%")
                       .arg(qint64(bareQt)).arg(writer / bareQt * 100.0, 0, 'f', 1) << "\n";
#ifdef GE_BENCH_HAVE_SQLITE3
            const double bareC = bareCRun(freshDb(work, QStringLiteral("ingest-barec.sqlite")), data);
            out << QStringLiteral("  bare loop sqlite3 C API, same rows (edge / like): %1 rows/s -> writer/bare = %2%")
                       .arg(qint64(bareC)).arg(writer / bareC * 100.0, 0, 'f', 1) << "\n";
#endif
            out.flush();
        }
    }

    if (!skipQueries) {
        QElapsedTimer gen;
        gen.start();
        bool reused = false;
        const DatabaseConfig cfg = queryDb(work, events, followers, &reused);
        out << "== Queries: 1 account, " << followers << " followers, " << events << " follow events over 365 days ("
            << (reused ? QStringLiteral("reused file") : QStringLiteral("generated in %1 s").arg(double(gen.elapsed()) / 1000.0, 0, 'f', 1))
            << ") ==\n";
        out.flush();
        QueryStats stats(1000);
        auto conn = DbConnection::open(cfg, QStringLiteral("bench-read"), OpenMode::ReadWrite, &stats);
        DbConnection &c = **conn;
        const QString a = accountDid(0);
        const qint64 lastDay = BatchApplier::dayOf(kT0) + 364;
        const qint64 nowUs = kT0 + 365 * kDayUs;
        qint64 sink = 0;
        auto report = [&](const QString &what, const Lat &l) {
            out << QStringLiteral("%1  n=%2  p50 %3 ms  p95 %4 ms  max %5 ms")
                       .arg(what.leftJustified(58)).arg(l.n).arg(l.p50, 0, 'f', 2).arg(l.p95, 0, 'f', 2).arg(l.max, 0, 'f', 2)
                << "\n";
            out.flush();
        };
        report(QStringLiteral("daily new/lost, 365 days (follow_daily)"), measure(300, [&](int) {
                   sink += queries::dailyFollowCounts(c, a, lastDay - 364, lastDay)->size();
               }));
        report(QStringLiteral("Overview page (count, 5 windows, 20 new, 20 lost, 30d eng.)"), measure(100, [&](int) {
                   sink += queries::overview(c, a, nowUs)->followers;
               }));
        report(QStringLiteral("one day's new followers with profiles (click a day)"), measure(300, [&](int i) {
                   const qint64 from = kT0 + qint64(i % 365) * kDayUs;
                   sink += queries::followChanges(c, a, true, from, from + kDayUs, 500)->size();
               }));
        report(QStringLiteral("current follower count"), measure(100, [&](int) { sink += *queries::followerCount(c, a); }));
        // The Audience page: its first page of 500 rows plus the count, as the page asks for them.
        analytics::AnalyticsQueries audience(c.db(), nowUs, 0);
        report(QStringLiteral("Audience page: followers, first 500 + count"), measure(30, [&](int) {
                   analytics::AudienceQuery q;
                   q.accountDid = a;
                   sink += audience.audience(q)->total;
               }));
        report(QStringLiteral("Audience page: a day's changes (click a day), 500 + count"), measure(60, [&](int i) {
                   analytics::AudienceQuery q;
                   q.accountDid = a;
                   q.kind = analytics::AudienceKind::DayChanges;
                   q.fromUs = kT0 + qint64(i * 6 % 365) * kDayUs;
                   q.toUs = q.fromUs + kDayUs;
                   sink += audience.audience(q)->total;
               }));
        report(QStringLiteral("daily new/lost, 365 days from RAW follow_changes (no aggr.)"), measure(5, [&](int) {
                   auto q = c.select(QStringLiteral("SELECT time_us / 86400000000 AS day, SUM(kind = 'follow'), SUM(kind = 'unfollow') "
                                                    "FROM follow_changes WHERE subject_did = ? AND time_us >= ? GROUP BY day"),
                                     {a, kT0});
                   while (q->next()) {
                       ++sink;
                   }
               }));
        out << "(checksum " << sink << ")\n";
    }
    return 0;
}
