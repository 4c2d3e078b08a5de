// bench_reports [--db PATH] [--keep]
// Builds (once, cached at PATH) a database with one account holding 200,000 followers and
// 5,000,000 events over 2025 (follow/unfollow events + likes/reposts/replies/quotes), and a second
// account with 1,000,000 follow edges; then times
//   1. the one-year report data (ReportQuery) + the PDF (ReportPdfWriter), target < 3 s;
//   2. the full CSV export of the 1M follow edges, target < 5 s.
#include "reports/CsvWriter.h"
#include "reports/ReportPdfWriter.h"
#include "reports/ReportQuery.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ge;

namespace {

QTextStream out(stdout);

bool exec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        out << "SQL failed: " << q.lastError().text() << "\n" << sql << Qt::endl;
        return false;
    }
    return true;
}

bool generate(const QString &path)
{
    auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path), u"bench-gen"_s);
    if (!conn || !storage::Migrator().migrate(**conn)) {
        out << "cannot create " << path << Qt::endl;
        return false;
    }
    QSqlDatabase db = (*conn)->db();
    const qint64 start = QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    const qint64 year = 365LL * 86'400'000'000LL;
    const QString s = QString::number(start), y = QString::number(year);
    QElapsedTimer t;
    t.start();
    exec(db, u"PRAGMA synchronous = OFF"_s);
    exec(db, u"BEGIN"_s);
    exec(db, u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES "
             "('did:plc:bench', 'bench.test', 'own', %1), ('did:plc:big', 'big.test', 'watched', %1)"_s.arg(s));
    exec(db, u"INSERT INTO follower_snapshots (account_did, taken_at_us, followers_count, follows_count, source) "
             "VALUES ('did:plc:bench', %1, 20000, 500, 'backfill')"_s.arg(s));
    // 200k followers: profiles, edges (10% removed later; a first follow is its edge), unfollow events.
    exec(db, u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199999) "
             "INSERT INTO profiles (did, handle, display_name, followers_count, updated_at_us) "
             "SELECT 'did:plc:f' || i, 'f' || i || '.test', 'Follower ' || i, abs(random()) % 100000, %1 FROM n"_s.arg(s));
    exec(db, u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 199999) "
             "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
             "SELECT 'did:plc:f' || i, 'did:plc:bench', 'rk' || i, %1 + (abs(random()) % %2), %1, NULL, 'jetstream' FROM n"_s.arg(s, y));
    exec(db, u"UPDATE follow_edges SET removed_at_us = first_seen_us + (%1 + %2 - first_seen_us) / 2 "
             "WHERE subject_did = 'did:plc:bench' AND abs(random()) % 10 = 0"_s.arg(s, y));
    exec(db, u"INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
             "SELECT follower_did, subject_did, 'unfollow', rkey, removed_at_us, source FROM follow_edges "
             "WHERE subject_did = 'did:plc:bench' AND removed_at_us IS NOT NULL"_s);
    // The rest of the 5M events: engagement on 2,000 posts.
    exec(db, u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 1999) "
             "INSERT INTO posts (author_did, rkey, text, created_at_us, time_us) "
             "SELECT 'did:plc:bench', 'p' || i, 'Post number ' || i, %1 + i * (%2 / 2000), %1 + i * (%2 / 2000) FROM n"_s.arg(s, y));
    QSqlQuery c(db);
    c.exec(u"SELECT count(*) FROM follow_changes"_s);
    c.next();
    const qint64 followEvents = c.value(0).toLongLong();
    const qint64 engagement = 5'000'000 - followEvents;
    exec(db, u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < %3) "
             "INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) "
             "SELECT 'did:plc:a' || (i % 300000), 'app.bsky.feed.like', 'e' || i, "
             "CASE i % 8 WHEN 0 THEN 'repost' WHEN 1 THEN 'reply' WHEN 2 THEN 'quote' ELSE 'like' END, "
             "'at://did:plc:bench/app.bsky.feed.post/p' || (abs(random()) % 2000), 'did:plc:bench', "
             "%1 + (abs(random()) % %2) FROM n"_s.arg(s, y).arg(engagement - 1));
    // Daily aggregates as the writer keeps them.
    exec(db, u"INSERT INTO follow_daily (subject_did, day, new_count, lost_count) SELECT subject_did, time_us / 86400000000, "
             "SUM(CASE WHEN kind = 'follow' THEN 1 ELSE 0 END), SUM(CASE WHEN kind = 'unfollow' THEN 1 ELSE 0 END) "
             "FROM follow_changes GROUP BY 1, 2"_s);
    exec(db, u"INSERT INTO engagement_daily (subject_did, day, like_count, repost_count, reply_count, quote_count) "
             "SELECT subject_did, time_us / 86400000000, SUM(kind = 'like'), SUM(kind = 'repost'), SUM(kind = 'reply'), "
             "SUM(kind = 'quote') FROM engagement_events GROUP BY 1, 2"_s);
    exec(db, u"INSERT INTO post_engagement_daily (subject_did, day, subject_uri, like_count, repost_count, reply_count, "
             "quote_count) SELECT subject_did, time_us / 86400000000, subject_uri, SUM(kind = 'like'), SUM(kind = 'repost'), "
             "SUM(kind = 'reply'), SUM(kind = 'quote') FROM engagement_events WHERE deleted_at_us IS NULL GROUP BY 1, 2, 3"_s);
    // 1M follow edges for the CSV export.
    exec(db, u"WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 999999) "
             "INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
             "SELECT 'did:plc:g' || i, 'did:plc:big', '3k' || i, %1 + (abs(random()) % %2), %1 + %2, "
             "CASE WHEN i % 20 = 0 THEN %1 + %2 ELSE NULL END, 'backfill' FROM n"_s.arg(s, y));
    exec(db, u"COMMIT"_s);
    exec(db, u"ANALYZE"_s);
    out << "generated " << path << " in " << t.elapsed() / 1000.0 << " s (" << followEvents << " follow events + "
        << engagement << " engagement events)" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({u"db"_s, u"Cached benchmark database."_s, u"PATH"_s, QDir::temp().filePath(u"ge-bench-reports.sqlite"_s)});
    parser.addOption({u"runs"_s, u"Repetitions."_s, u"N"_s, u"3"_s});
    parser.process(app);
    const QString path = parser.value(u"db"_s);
    if (!QFile::exists(path) && !generate(path))
        return 1;

    {
        // A database cached by an older build gets the newer migrations (as the app would apply them).
        auto rw = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path), u"bench-migrate"_s);
        if (!rw)
            return 1;
        storage::Migrator migrator;
        const auto before = migrator.currentVersion(**rw);
        if (before && *before < storage::Migrator::latestVersion()) {
            QElapsedTimer t;
            t.start();
            const auto v = migrator.migrate(**rw);
            if (!v) {
                out << "migration failed: " << v.error().message << " " << v.error().detail << Qt::endl;
                return 1;
            }
            out << "migrated the cached database from v" << *before << " to v" << *v << " in " << t.elapsed()
                << " ms" << Qt::endl;
        }
    }
    auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path), u"bench"_s, storage::OpenMode::ReadOnly);
    if (!conn)
        return 1;
    QSqlDatabase db = (*conn)->db();
    QTemporaryDir dir;
    const int runs = parser.value(u"runs"_s).toInt();
    const qint64 nowUs = QDateTime(QDate(2026, 1, 2), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        reports::ReportQuery query(db, nowUs);
        auto account = query.resolveAccount(u"bench.test"_s);
        auto report = query.build({*account}, {QDate(2025, 1, 1), QDate(2025, 12, 31)},
                                  QDateTime::fromMSecsSinceEpoch(nowUs / 1000, QTimeZone::utc()));
        if (!report) {
            out << report.error().message << " " << report.error().detail << Qt::endl;
            return 1;
        }
        const qint64 dataMs = t.elapsed();
        auto pages = reports::ReportPdfWriter(QLocale(QLocale::English)).write(*report, dir.filePath(u"year.pdf"_s));
        const qint64 totalMs = t.elapsed();
        const auto &a = report->accounts.first();
        out << "one-year PDF: " << totalMs << " ms (data " << dataMs << " ms, PDF " << (totalMs - dataMs) << " ms, "
            << (pages ? *pages : -1) << " pages; " << a.newFollowers << " new, " << a.engagement.total()
            << " engagement events in the year), target 3000 ms, ratio " << QString::number(totalMs / 3000.0, 'f', 2)
            << Qt::endl;

        t.restart();
        QFile csv(dir.filePath(u"edges.csv"_s));
        csv.open(QIODevice::WriteOnly);
        auto rows = reports::CsvWriter::exportFollowEdges(db, u"did:plc:big"_s, &csv);
        csv.close();
        const qint64 csvMs = t.elapsed();
        out << "CSV export: " << (rows ? *rows : -1) << " follow edges, " << csv.size() / (1024 * 1024) << " MiB in "
            << csvMs << " ms, target 5000 ms, ratio " << QString::number(csvMs / 5000.0, 'f', 2) << Qt::endl;
    }
    return 0;
}
