#include "FixtureDb.h"

#include "collectors/ReplayRunner.h"
#include "collectors/StorageWriterSink.h"
#include "collectors/TrackedAccounts.h"
#include "core/Clock.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace ge::test {

namespace {
constexpr qint64 kDayUs = 86'400'000'000LL;

Result<std::unique_ptr<storage::DbConnection>> openFresh(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path), u"fixture"_s);
    if (!conn)
        return conn.error();
    storage::Migrator migrator;
    auto v = migrator.migrate(**conn);
    if (!v)
        return v.error();
    return conn;
}
// Replays every capture of `dir` through the product's pipeline (ReplayRunner: parser + filter)
// into the real StorageWriter. Tracked: the fixture's accounts plus every DID the captures' follow
// records name as subject, so their real follows and engagement are stored too.
Status replayCaptures(const QString &path, const QString &dir, const QStringList &accounts, FixtureInfo &info)
{
    const QStringList files = QDir(dir).entryList({u"*.jsonl"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return Error::validation(u"no Jetstream captures (*.jsonl) in %1"_s.arg(dir));
    QStringList tracked = accounts;
    for (const QString &name : files) {
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return Error::storage(u"cannot read %1"_s.arg(f.fileName()));
        while (!f.atEnd()) {
            const QJsonObject o = QJsonDocument::fromJson(f.readLine()).object();
            const QJsonObject commit = o.value(u"commit"_s).toObject();
            if (commit.value(u"collection"_s).toString() == u"app.bsky.graph.follow") {
                const QString subject = commit.value(u"record"_s).toObject().value(u"subject"_s).toString();
                if (subject.startsWith(u"did:"))
                    tracked.append(subject);
            }
        }
    }
    tracked.removeDuplicates();
    collectors::TrackedAccounts trackedSet;
    trackedSet.setDids(tracked);
    storage::QueryStats stats;
    storage::StorageWriter writer(storage::DatabaseConfig::sqlite(path), SystemClock::instance(), &stats);
    writer.start();
    if (!writer.waitUntilReady(30000))
        return Error::storage(u"the storage writer did not start"_s);
    collectors::StorageWriterSink sink(writer);
    for (const QString &name : files) {
        collectors::ReplayRunner runner(trackedSet, sink);
        auto report = runner.run(QDir(dir).filePath(name));
        if (!report) {
            writer.stop(30000);
            return report.error();
        }
        ++info.replayedFiles;
        info.replayedLines += report->lines;
        info.replayedEvents += qint64(report->counters.events());
        info.replayedMatched += qint64(report->counters.matched);
        info.replayedUnreadable += report->unreadable;
    }
    const bool flushed = writer.flush(60000);
    const auto ws = writer.stats();
    writer.stop(30000);
    if (!flushed || ws.failedBatches > 0)
        return Error::storage(u"replaying the captures failed (%1 failed batches)"_s.arg(ws.failedBatches));
    return {};
}

} // namespace

QString FixtureSpec::defaultCapturesDir()
{
    const QString data = qEnvironmentVariable("GE_TEST_DATA_DIR");
    return data.isEmpty() ? QString() : QDir(data).filePath(u"jetstream"_s);
}

Status createEmptyDb(const QString &path)
{
    auto conn = openFresh(path);
    if (!conn)
        return conn.error();
    return {};
}

Result<FixtureInfo> createFixtureDb(const QString &path, const FixtureSpec &spec)
{
    auto opened = openFresh(path);
    if (!opened)
        return opened.error();
    storage::DbConnection &conn = **opened;
    FixtureInfo info;

    const qint64 todayStart = spec.nowUs / kDayUs * kDayUs;
    const qint64 startUs = todayStart - qint64(spec.days - 1) * kDayUs;
    const qint64 spanUs = std::max<qint64>(kDayUs, spec.nowUs - startUs);
    const qint64 F = spec.followersPerAccount;
    const qint64 N = 2 * F + 101; // people pool per account window
    const qint64 viralDay = spec.days * 7 / 10;

    if (auto s = conn.beginWrite(); !s)
        return s.error();
    auto exec = [&](const QString &sql) -> Status { return conn.exec(sql); };

    for (int k = 0; k < spec.accounts; ++k) {
        const QString did = u"did:plc:acct%1"_s.arg(k);
        const QString handle = u"account%1.test"_s.arg(k);
        info.accountDids.append(did);
        info.handles.append(handle);
        const qint64 off = qint64(k) * F; // accounts share part of their audience
        const QString vars = u"WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < %1) "_s;
        QStringList statements;
        statements << u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES ('%1', '%2', 'own', %3)"_s
                          .arg(did, handle)
                          .arg(startUs - 60 * kDayUs);
        // Followers: n < F/2 were found by a backfill crawl 30 days before the window; the rest arrive
        // inside it on an accelerating curve (t = span * (1 - v^2)), every 40th on the viral day. A
        // first follow is its edge (schema v5): the edges are the follows, events only the unfollows.
        statements << vars.arg(F - 1)
                          + u"INSERT OR IGNORE INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
                            "SELECT 'did:plc:u' || (n + %1), '%2', 'rk' || n, "
                            "CASE WHEN n < %3 THEN %4 "
                            "     WHEN n % 40 = 0 THEN %5 + (n * 7919) % %6 "
                            "     ELSE %7 + %8 - ((n * 2654435761) % 1000) * ((n * 2654435761) % 1000) * %10 END, "
                            "%9, NULL, CASE WHEN n < %3 THEN 'backfill' ELSE 'jetstream' END FROM seq"_s
                                .arg(off)
                                .arg(did)
                                .arg(F / 2)
                                .arg(startUs - 30 * kDayUs)
                                .arg(startUs + viralDay * kDayUs)
                                .arg(kDayUs - 1)
                                .arg(startUs)
                                .arg(spanUs - 1)
                                .arg(spec.nowUs - 3600'000'000LL)
                                .arg(spanUs / 1'000'000);
        // Unfollows: every 7th follower leaves some days after arriving (if that is in the past).
        statements << u"UPDATE follow_edges SET removed_at_us = MAX(first_seen_us, %2) + (CAST(substr(rkey, 3) AS INTEGER) * 40503) % (20 * %3) "
                      "WHERE subject_did = '%1' AND CAST(substr(rkey, 3) AS INTEGER) % 7 = 3"_s
                          .arg(did)
                          .arg(startUs)
                          .arg(kDayUs);
        statements << u"UPDATE follow_edges SET removed_at_us = NULL WHERE subject_did = '%1' AND removed_at_us >= %2"_s.arg(did).arg(spec.nowUs);
        statements << u"INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
                      "SELECT follower_did, subject_did, 'unfollow', rkey, removed_at_us, 'jetstream' FROM follow_edges "
                      "WHERE subject_did = '%1' AND removed_at_us IS NOT NULL"_s.arg(did);
        // Following: the account follows every 3rd follower back (mutuals) and F/10 people who do not follow it.
        statements << u"INSERT OR IGNORE INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
                      "SELECT '%1', follower_did, 'fb' || rkey, first_seen_us + 3600000000, %2, 'backfill' FROM follow_edges "
                      "WHERE subject_did = '%1' AND CAST(substr(rkey, 3) AS INTEGER) % 3 = 0"_s.arg(did).arg(spec.nowUs);
        statements << vars.arg(std::max<qint64>(0, F / 10 - 1))
                          + u"INSERT OR IGNORE INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, source) "
                            "SELECT '%1', 'did:plc:u' || (n + %2), 'nf' || n, %3 + (n * 104729) % %4, %5, 'backfill' FROM seq"_s
                                .arg(did)
                                .arg(off + N)
                                .arg(startUs)
                                .arg(spanUs)
                                .arg(spec.nowUs);
        // Engagement: likes 60 %, reposts 20 %, replies 10 %, quotes 10 %, more on weekdays.
        statements << vars.arg(std::max(0, spec.engagementPerAccount - 1))
                          + u"INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
                            "SELECT 'did:plc:u' || ((n * 31) % %1 + %2), "
                            "CASE WHEN n % 10 < 6 THEN 'app.bsky.feed.like' WHEN n % 10 < 8 THEN 'app.bsky.feed.repost' ELSE 'app.bsky.feed.post' END, "
                            "'e%3x' || n, "
                            "CASE WHEN n % 10 < 6 THEN 'like' WHEN n % 10 < 8 THEN 'repost' WHEN n % 10 = 8 THEN 'reply' ELSE 'quote' END, "
                            "'at://%4/app.bsky.feed.post/p' || (n % 400), '%4', "
                            "%5 + ((n * 2654435761) % %6) FROM seq"_s
                                .arg(N)
                                .arg(off)
                                .arg(k)
                                .arg(did)
                                .arg(startUs)
                                .arg(spanUs);
        statements << u"INSERT INTO follower_snapshots (account_did, taken_at_us, followers_count, follows_count, source) "
                      "SELECT '%1', %2 - 1, COUNT(*), 0, 'backfill' FROM follow_edges WHERE subject_did = '%1' AND first_seen_us < %2 "
                      "AND (removed_at_us IS NULL OR removed_at_us >= %2)"_s
                          .arg(did)
                          .arg(startUs);
        for (const QString &sql : std::as_const(statements)) {
            if (auto s = exec(sql); !s) {
                conn.rollback();
                return s.error();
            }
        }
    }
    // Profiles for everybody seen, daily aggregates as the writer keeps them, and a daily
    // follower snapshot per account built from them: the snapshot before the window plus the
    // changes of each day inside it.
    const qint64 windowStartDay = startUs / kDayUs;
    const QStringList tail = {
        u"INSERT OR IGNORE INTO profiles (did, handle, display_name, followers_count, follows_count, posts_count, updated_at_us) "
        "SELECT did, 'user' || substr(did, 10) || '.bsky.social', 'User ' || substr(did, 10), "
        "(CAST(substr(did, 10) AS INTEGER) * 37) % 5000, (CAST(substr(did, 10) AS INTEGER) * 11) % 900, "
        "(CAST(substr(did, 10) AS INTEGER) * 13) % 2000, %1 - (CAST(substr(did, 10) AS INTEGER) % 30) * 86400000000 "
        "FROM (SELECT follower_did AS did FROM follow_edges UNION SELECT subject_did FROM follow_edges) WHERE did LIKE 'did:plc:u%'"_s.arg(spec.nowUs),
        u"DELETE FROM follow_daily"_s,
        u"DELETE FROM engagement_daily"_s,
        u"INSERT INTO follow_daily (subject_did, day, new_count, lost_count) SELECT subject_did, time_us / 86400000000, "
        "SUM(kind = 'follow'), SUM(kind = 'unfollow') FROM follow_changes GROUP BY subject_did, time_us / 86400000000"_s,
        u"INSERT INTO engagement_daily (subject_did, day, like_count, repost_count, reply_count, quote_count) "
        "SELECT subject_did, time_us / 86400000000, SUM(kind = 'like'), SUM(kind = 'repost'), SUM(kind = 'reply'), SUM(kind = 'quote') "
        "FROM engagement_events WHERE deleted_at_us IS NULL GROUP BY subject_did, time_us / 86400000000"_s,
        u"INSERT OR IGNORE INTO follower_snapshots (account_did, taken_at_us, followers_count, follows_count, source) "
        "SELECT d.subject_did, (d.day + 1) * 86400000000 - 1, "
        "  (SELECT followers_count FROM follower_snapshots s WHERE s.account_did = d.subject_did ORDER BY taken_at_us LIMIT 1) "
        "  + SUM(d.new_count - d.lost_count) OVER (PARTITION BY d.subject_did ORDER BY d.day), 0, 'backfill' "
        "FROM follow_daily d WHERE d.day >= %2 AND (d.day + 1) * 86400000000 - 1 < %1"_s.arg(spec.nowUs).arg(windowStartDay),
    };
    for (const QString &sql : tail) {
        if (auto s = exec(sql); !s) {
            conn.rollback();
            return s.error();
        }
    }
    if (auto s = conn.commit(); !s)
        return s.error();
    if (spec.healthHistory) {
        // Every 5 minutes for 24 h: Jetstream down 6:00–6:30 h ago, the AppView degraded 14–15 h ago,
        // the PDS slow for the last 2 h, PLC and the database up.
        const QString sql = u"WITH RECURSIVE t(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM t WHERE i < 287), "
                            "c(component) AS (VALUES ('jetstream'), ('appview'), ('pds:bsky.social'), ('plc'), ('database')) "
                            "INSERT INTO health_checks (component, status, latency_ms, error, checked_at_us) "
                            "SELECT component, CASE "
                            "  WHEN component = 'jetstream' AND i BETWEEN 72 AND 77 THEN 'DOWN' "
                            "  WHEN component = 'appview' AND i BETWEEN 168 AND 179 THEN 'DEGRADED' "
                            "  WHEN component = 'pds:bsky.social' AND i < 24 THEN 'DEGRADED' ELSE 'UP' END, "
                            "  20 + (i * 37) % 60, NULL, %1 - i * 300000000 FROM t, c"_s.arg(spec.nowUs);
        if (auto s = conn.exec(sql); !s)
            return s.error();
        if (auto v = conn.scalar(u"SELECT COUNT(*) FROM health_checks"_s))
            info.healthChecks = v->toLongLong();
    }
    if (!spec.capturesDir.isEmpty()) {
        if (auto s = replayCaptures(path, spec.capturesDir, info.accountDids, info); !s)
            return s.error();
    }
    if (auto s = conn.exec(u"ANALYZE"_s); !s)
        return s.error();

    if (auto v = conn.scalar(u"SELECT COUNT(*) FROM follow_changes"_s))
        info.followEvents = v->toLongLong();
    if (auto v = conn.scalar(u"SELECT COUNT(*) FROM engagement_events"_s))
        info.engagementEvents = v->toLongLong();
    // The busiest day inside the window (the backfill crawl's day before it holds the existing audience).
    if (auto v = conn.scalar(u"SELECT day FROM follow_daily WHERE subject_did = ? AND day >= ? ORDER BY new_count DESC LIMIT 1"_s,
                             {info.accountDids.value(0), windowStartDay}))
        info.viralDayUs = v->toLongLong() * kDayUs;
    return info;
}

} // namespace ge::test
