// Report data assembly and the four output formats, against a real fixture database.
#include "ReportFixture.h"

#include "reports/CsvWriter.h"
#include "reports/JsonWriter.h"
#include "reports/ReportChart.h"
#include "reports/ReportPdfWriter.h"
#include "reports/ReportQuery.h"
#include "reports/ZipWriter.h"
#include "storage/DatabaseConfig.h"
#include "storage/BatchApplier.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::reports;

namespace {

qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : binds)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        qFatal("query failed");
    return q.value(0).toLongLong();
}

struct ProcOut
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

ProcOut runTool(const QString &program, const QStringList &args, const QByteArray &input = {})
{
    QProcess p;
    p.start(program, args);
    ProcOut r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(120000);
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// A python3 that has the jsonschema module (Debian: python3-jsonschema).
QString pythonWithJsonschema()
{
    for (const QString &candidate : {u"python3"_s, u"/usr/bin/python3"_s}) {
        const QString exe = candidate.startsWith(u'/') ? candidate : QStandardPaths::findExecutable(candidate);
        if (exe.isEmpty())
            continue;
        if (runTool(exe, {u"-c"_s, u"import jsonschema"_s}).code == 0)
            return exe;
    }
    return {};
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<storage::DbConnection> m_conn;
    const ReportPeriod m_feb{QDate(2026, 2, 1), QDate(2026, 2, 28)};
    const qint64 m_nowUs = QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;

    Report build(const ReportPeriod &period)
    {
        ReportQuery query(m_conn->db(), m_nowUs);
        auto alice = query.resolveAccount(u"@alice.test"_s);
        if (!alice)
            qFatal("no alice");
        auto report = query.build({*alice}, period, QDateTime(QDate(2026, 4, 15), QTime(12, 0), QTimeZone::utc()));
        if (!report)
            qFatal("build failed");
        return *report;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"growth-engine.sqlite"_s);
        const QString err = test::ReportFixture::create(m_dbPath);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(m_dbPath), u"tst-reports"_s,
                                                storage::OpenMode::ReadOnly);
        QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
        m_conn = std::move(*conn);
        QVERIFY(checkReportSchema(m_conn->db()).ok());
    }

    void cleanupTestCase() { m_conn.reset(); }

    void resolvesAccountsByHandleAndDid()
    {
        ReportQuery query(m_conn->db(), m_nowUs);
        QCOMPARE(query.resolveAccount(u"alice.test"_s)->did, QString::fromLatin1(test::ReportFixture::kAliceDid));
        QCOMPARE(query.resolveAccount(u"ALICE.TEST"_s)->handle, u"alice.test"_s);
        QCOMPARE(query.resolveAccount(QString::fromLatin1(test::ReportFixture::kAliceDid))->handle, u"alice.test"_s);
        const auto missing = query.resolveAccount(u"nobody.test"_s);
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().category == ErrorCategory::NotFound);
        QCOMPARE(query.listAccounts()->size(), 2);
    }

    // The numbers in the report equal what the database gives for the same period.
    void numbersEqualTheDatabase()
    {
        const Report report = build(m_feb);
        QCOMPARE(report.accounts.size(), 1);
        const AccountReport &a = report.accounts.first();
        const QSqlDatabase db = m_conn->db();
        const QString did = a.did;
        const qint64 s = m_feb.startUs(), e = m_feb.endUs();
        QCOMPARE(a.daily.size(), 28);

        const qint64 newF = scalar(db, u"SELECT count(*) FROM follow_changes WHERE subject_did = ? AND kind = 'follow' "
                                        "AND time_us >= ? AND time_us < ?"_s, {did, s, e});
        const qint64 lostF = scalar(db, u"SELECT count(*) FROM follow_changes WHERE subject_did = ? AND kind = 'unfollow' "
                                         "AND time_us >= ? AND time_us < ?"_s, {did, s, e});
        QVERIFY(newF > 0);
        QVERIFY(lostF > 0);
        QCOMPARE(a.newFollowers, newF);
        QCOMPARE(a.lostFollowers, lostF);

        // Followers: the snapshot of 2026-01-01 plus every follow/unfollow after it up to the boundary.
        const qint64 snap = scalar(db, u"SELECT followers_count FROM follower_snapshots WHERE account_did = ?"_s, {did});
        const qint64 snapAt = scalar(db, u"SELECT taken_at_us FROM follower_snapshots WHERE account_did = ?"_s, {did});
        auto followersAt = [&](qint64 t) {
            return snap
                + scalar(db, u"SELECT count(*) FROM follow_changes WHERE subject_did = ? AND kind = 'follow' AND time_us > ? AND time_us < ?"_s, {did, snapAt, t})
                - scalar(db, u"SELECT count(*) FROM follow_changes WHERE subject_did = ? AND kind = 'unfollow' AND time_us > ? AND time_us < ?"_s, {did, snapAt, t});
        };
        QCOMPARE(a.followersAtStart, followersAt(s));
        QCOMPARE(a.followersAtEnd, followersAt(e));
        QCOMPARE(a.netChange(), newF - lostF);
        QCOMPARE(a.reportedFollowersAtStart.value_or(-1), 1000);

        // Engagement totals per kind, undone interactions excluded.
        const QString engSql = u"SELECT count(*) FROM engagement_events WHERE subject_did = ? AND kind = ? "
                               "AND time_us >= ? AND time_us < ? AND deleted_at_us IS NULL"_s;
        QCOMPARE(a.engagement.likes, scalar(db, engSql, {did, u"like"_s, s, e}));
        QCOMPARE(a.engagement.reposts, scalar(db, engSql, {did, u"repost"_s, s, e}));
        QCOMPARE(a.engagement.replies, scalar(db, engSql, {did, u"reply"_s, s, e}));
        QCOMPARE(a.engagement.quotes, scalar(db, engSql, {did, u"quote"_s, s, e}));
        QCOMPARE(a.engagement.score(), a.engagement.likes + 2 * a.engagement.reposts + 3 * a.engagement.replies
                                           + 2 * a.engagement.quotes);
        QVERIFY(a.engagement.total() > 0);

        // One day checked against the database directly: 2026-02-14.
        const DailyRow &d14 = a.daily.at(13);
        QCOMPARE(d14.day, QDate(2026, 2, 14));
        const qint64 ds = ReportPeriod{QDate(2026, 2, 14), QDate(2026, 2, 14)}.startUs();
        const qint64 de = ds + 86'400'000'000LL;
        QCOMPARE(d14.newFollowers, scalar(db, u"SELECT count(*) FROM follow_changes WHERE subject_did = ? AND kind = 'follow' AND time_us >= ? AND time_us < ?"_s, {did, ds, de}));
        QCOMPARE(d14.engagement.likes, scalar(db, engSql, {did, u"like"_s, ds, de}));
        QCOMPARE(d14.followersAtEndOfDay, followersAt(de));

        // Mutuals at the end of the period.
        const qint64 mutuals = scalar(db, u"SELECT count(*) FROM follow_edges a WHERE a.subject_did = ? AND a.first_seen_us < ? "
                                           "AND (a.removed_at_us IS NULL OR a.removed_at_us >= ?) AND EXISTS (SELECT 1 FROM follow_edges b "
                                           "WHERE b.follower_did = ? AND b.subject_did = a.follower_did AND b.first_seen_us < ? "
                                           "AND (b.removed_at_us IS NULL OR b.removed_at_us >= ?))"_s, {did, e, e, did, e, e});
        QVERIFY(mutuals > 0);
        QCOMPARE(a.mutualsAtEnd, mutuals);

        // Sums of the daily series equal the totals.
        qint64 sumNew = 0, sumScore = 0;
        for (const DailyRow &d : a.daily) {
            sumNew += d.newFollowers;
            sumScore += d.engagement.score();
        }
        QCOMPARE(sumNew, a.newFollowers);
        QCOMPARE(sumScore, a.engagement.score());
    }

    void rankingsAndNotes()
    {
        const Report report = build(m_feb);
        const AccountReport &a = report.accounts.first();
        // Top new followers sorted by their own follower count, all followed in February.
        QVERIFY(!a.topNewFollowers.isEmpty());
        for (qsizetype i = 1; i < a.topNewFollowers.size(); ++i)
            QVERIFY(a.topNewFollowers.at(i - 1).followersCount >= a.topNewFollowers.at(i).followersCount);
        for (const FollowerRow &f : a.topNewFollowers)
            QVERIFY(f.followedAt.date() >= m_feb.from && f.followedAt.date() <= m_feb.to);
        // Top posts sorted by score, with their text from the posts table.
        QVERIFY(!a.topPosts.isEmpty());
        for (qsizetype i = 1; i < a.topPosts.size(); ++i)
            QVERIFY(a.topPosts.at(i - 1).engagement.score() >= a.topPosts.at(i).engagement.score());
        QVERIFY(a.topPosts.first().text.contains(u"(post "_s));
        // Best days: highest net first.
        QVERIFY(!a.bestDays.isEmpty());
        for (qsizetype i = 1; i < a.bestDays.size(); ++i)
            QVERIFY(a.bestDays.at(i - 1).net() >= a.bestDays.at(i).net());
        // Campaign with its item counts.
        QCOMPARE(a.campaigns.size(), 1);
        QCOMPARE(a.campaigns.first().items, 30);
        QCOMPARE(a.campaigns.first().itemsByState.value(u"followed"_s), 24);
        // Data-quality notes: the collector gap, the backfill, the unattributed unfollows.
        QStringList kinds;
        for (const QualityNote &n : a.notes)
            kinds.append(n.kind);
        QVERIFY2(kinds.contains(u"collector_gap"_s), qPrintable(kinds.join(u',')));
        QVERIFY(kinds.contains(u"backfill"_s));
        QVERIFY(kinds.contains(u"unattributed_unfollows"_s));
        for (const QualityNote &n : a.notes) {
            if (n.kind == u"collector_gap"_s) {
                QCOMPARE(n.from, QDateTime(QDate(2026, 2, 10), QTime(2, 0), QTimeZone::utc()));
                QCOMPARE(n.to, QDateTime(QDate(2026, 2, 10), QTime(5, 30), QTimeZone::utc()));
            }
            if (n.kind == u"unattributed_unfollows"_s)
                QCOMPARE(n.count, 2);
        }
    }

    // Top posts (read from the per-post daily aggregate) equal the raw engagement rows grouped by
    // post for the same period, for a month and for the whole fixture period.
    void topPostsEqualTheRawEvents_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::newRow("february") << QDate(2026, 2, 1) << QDate(2026, 2, 28);
        QTest::newRow("quarter") << QDate(2026, 1, 1) << QDate(2026, 3, 31);
        QTest::newRow("one day") << QDate(2026, 3, 3) << QDate(2026, 3, 3);
    }
    void topPostsEqualTheRawEvents()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QVERIFY(m_conn->db().tables().contains(u"post_engagement_daily"_s));
        const ReportPeriod period{from, to};
        const Report report = build(period);
        const AccountReport &a = report.accounts.first();
        QSqlQuery q(m_conn->db());
        q.prepare(u"SELECT subject_uri, sum(kind = 'like'), sum(kind = 'repost'), sum(kind = 'reply'), sum(kind = 'quote') "
                  "FROM engagement_events WHERE subject_did = ? AND time_us >= ? AND time_us < ? "
                  "AND deleted_at_us IS NULL GROUP BY subject_uri "
                  "ORDER BY sum(kind = 'like') + 2 * sum(kind = 'repost') + 3 * sum(kind = 'reply') "
                  "+ 2 * sum(kind = 'quote') DESC, subject_uri LIMIT ?"_s);
        q.addBindValue(a.did);
        q.addBindValue(period.startUs());
        q.addBindValue(period.endUs());
        q.addBindValue(ReportOptions().topPosts);
        QVERIFY(q.exec());
        qsizetype i = 0;
        for (; q.next(); ++i) {
            QVERIFY2(i < a.topPosts.size(), "the report has fewer top posts than the database");
            const PostRow &p = a.topPosts.at(i);
            QCOMPARE(p.uri, q.value(0).toString());
            QCOMPARE(p.engagement.likes, q.value(1).toLongLong());
            QCOMPARE(p.engagement.reposts, q.value(2).toLongLong());
            QCOMPARE(p.engagement.replies, q.value(3).toLongLong());
            QCOMPARE(p.engagement.quotes, q.value(4).toLongLong());
        }
        QVERIFY(i > 0);
        QCOMPARE(a.topPosts.size(), i);
    }

    // The writer keeps post_engagement_daily: inserts count once (a replayed event does not count
    // again), an undone like is subtracted on its own day, a fully undone post drops out of the
    // ranking, and the report equals the raw rows.
    void writerKeepsThePerPostAggregate()
    {
        QTemporaryDir dir;
        auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(dir.filePath(u"w.sqlite"_s)), u"tst-writer"_s);
        QVERIFY(conn.ok());
        QVERIFY(storage::Migrator().migrate(**conn).ok());
        QSqlDatabase db = (*conn)->db();
        const QString did = u"did:plc:writer"_s;
        QSqlQuery acct(db);
        QVERIFY(acct.exec(u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES ('did:plc:writer', 'writer.test', 'own', 0)"_s));
        const qint64 day0 = ReportPeriod{QDate(2026, 5, 1), QDate(2026, 5, 1)}.startUs();
        auto ev = [&](const QString &actor, const QString &rkey, EngagementKind kind, int post, qint64 t, bool deleted = false) {
            EngagementEvent e;
            e.actorDid = actor;
            e.collection = kind == EngagementKind::Like ? u"app.bsky.feed.like"_s
                                                        : (kind == EngagementKind::Repost ? u"app.bsky.feed.repost"_s
                                                                                          : u"app.bsky.feed.post"_s);
            e.rkey = rkey;
            e.kind = kind;
            e.subjectUri = u"at://%1/app.bsky.feed.post/p%2"_s.arg(did).arg(post);
            e.subjectDid = did;
            e.timeUs = t;
            e.deleted = deleted;
            return e;
        };
        const qint64 h = 3'600'000'000LL;
        WriteBatch first;
        first.engagements = {ev(u"did:plc:a1"_s, u"l1"_s, EngagementKind::Like, 1, day0 + h),
                             ev(u"did:plc:a2"_s, u"l2"_s, EngagementKind::Like, 1, day0 + 2 * h),
                             ev(u"did:plc:a3"_s, u"r1"_s, EngagementKind::Reply, 1, day0 + 30 * h),
                             ev(u"did:plc:a1"_s, u"q1"_s, EngagementKind::Quote, 2, day0 + 3 * h),
                             ev(u"did:plc:a6"_s, u"l4"_s, EngagementKind::Like, 2, day0 + 3 * h),
                             ev(u"did:plc:a4"_s, u"l3"_s, EngagementKind::Like, 3, day0 + 4 * h)};
        WriteBatch second;
        second.engagements = {ev(u"did:plc:a1"_s, u"l1"_s, EngagementKind::Like, 1, day0 + h),           // replayed
                              ev(u"did:plc:a2"_s, u"l2"_s, EngagementKind::Like, 1, day0 + 50 * h, true), // undone later
                              ev(u"did:plc:a4"_s, u"l3"_s, EngagementKind::Like, 3, day0 + 60 * h, true), // post 3: nothing left
                              ev(u"did:plc:a5"_s, u"rp1"_s, EngagementKind::Repost, 2, day0 + 5 * h)};
        for (const WriteBatch *b : {&first, &second}) {
            storage::BatchApplier applier(**conn);
            storage::ApplyCounters counters;
            QVERIFY((*conn)->beginWrite().ok());
            QVERIFY(applier.apply(*b, counters).ok());
            QVERIFY(applier.finish(counters).ok());
            QVERIFY((*conn)->commit().ok());
        }
        QSqlQuery sum(db);
        QVERIFY(sum.exec(u"SELECT day, subject_uri, like_count, repost_count, reply_count, quote_count FROM post_engagement_daily "
                         "WHERE subject_did = 'did:plc:writer' AND subject_uri LIKE '%/p1' ORDER BY day"_s));
        QVERIFY(sum.next());
        QCOMPARE(sum.value(0).toLongLong(), day0 / 86'400'000'000LL);
        QCOMPARE(sum.value(2).toLongLong(), 1); // l1 once, l2 subtracted on its own day
        QVERIFY(sum.next());
        QCOMPARE(sum.value(4).toLongLong(), 1); // the reply on the next day

        ReportQuery query(db, day0 + 100 * h);
        auto account = query.resolveAccount(u"writer.test"_s);
        QVERIFY(account.ok());
        auto report = query.build({*account}, {QDate(2026, 5, 1), QDate(2026, 5, 31)}, QDateTime::currentDateTimeUtc());
        QVERIFY(report.ok());
        const AccountReport &a = report->accounts.first();
        QCOMPARE(a.topPosts.size(), 2); // p3's only like was undone
        QCOMPARE(a.topPosts.at(0).uri, u"at://did:plc:writer/app.bsky.feed.post/p2"_s); // 2 + 2 + 1 > 1 + 3
        QCOMPARE(a.topPosts.at(0).engagement.quotes, 1);
        QCOMPARE(a.topPosts.at(0).engagement.reposts, 1);
        QCOMPARE(a.topPosts.at(0).engagement.likes, 1);
        QCOMPARE(a.topPosts.at(1).engagement.likes, 1);
        QCOMPARE(a.topPosts.at(1).engagement.replies, 1);
        // One day only: the reply of the second day is not in it.
        auto day = query.build({*account}, {QDate(2026, 5, 1), QDate(2026, 5, 1)}, QDateTime::currentDateTimeUtc());
        QVERIFY(day.ok());
        QCOMPARE(day->accounts.first().topPosts.at(1).engagement.replies, 0);
        QCOMPARE(day->accounts.first().topPosts.at(1).engagement.likes, 1);
    }

    // The top new followers come from the edges' first follows and the re-follow events (schema v5);
    // a database of schema v4 (a copy opened read-only, never migrated) held every follow as an
    // event, and the report reads those instead. Both list the same people.
    void topNewFollowersOnSchemaV4AndV5_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("v4 copy") << 4;
        QTest::newRow("v5") << storage::Migrator::latestVersion();
    }

    void topNewFollowersOnSchemaV4AndV5()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(dir.filePath(u"v.sqlite"_s)), u"tst-schema"_s);
        QVERIFY(conn.ok());
        QCOMPARE(*storage::Migrator().migrate(**conn, version), version);
        QSqlDatabase db = (*conn)->db();
        const qint64 day0 = ReportPeriod{QDate(2026, 5, 1), QDate(2026, 5, 1)}.startUs();
        const qint64 h = 3'600'000'000LL;
        QSqlQuery q(db);
        QVERIFY(q.exec(u"INSERT INTO accounts (did, handle, kind, added_at_us) VALUES ('did:plc:acct', 'acct.test', 'own', 0)"_s));
        // f1 followed on May 2; f2 on April 20, left on May 3 and came back on May 4; f3 in June.
        QVERIFY(q.exec(u"INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
                       "VALUES ('did:plc:f1', 'did:plc:acct', 'a1', %1, %1, NULL, 'jetstream'), "
                       "('did:plc:f2', 'did:plc:acct', 'a3', %2, %3, NULL, 'jetstream'), "
                       "('did:plc:f3', 'did:plc:acct', 'a4', %4, %4, NULL, 'jetstream')"_s
                           .arg(day0 + 24 * h).arg(day0 - 11 * 24 * h).arg(day0 + 72 * h).arg(day0 + 40 * 24 * h)));
        QString events = u"INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) VALUES "
                         "('did:plc:f2', 'did:plc:acct', 'unfollow', 'a2', %1, 'jetstream'), "
                         "('did:plc:f2', 'did:plc:acct', 'follow', 'a3', %2, 'jetstream')"_s.arg(day0 + 48 * h).arg(day0 + 72 * h);
        if (version < 5) // until v5 every first follow was an event too
            events += u", ('did:plc:f1', 'did:plc:acct', 'follow', 'a1', %1, 'jetstream'), "
                      "('did:plc:f2', 'did:plc:acct', 'follow', 'a2', %2, 'jetstream'), "
                      "('did:plc:f3', 'did:plc:acct', 'follow', 'a4', %3, 'jetstream')"_s
                          .arg(day0 + 24 * h).arg(day0 - 11 * 24 * h).arg(day0 + 40 * 24 * h);
        QVERIFY2(q.exec(events), qPrintable(q.lastError().text()));

        ReportQuery query(db, day0 + 60 * 24 * h);
        auto account = query.resolveAccount(u"acct.test"_s);
        QVERIFY(account.ok());
        auto report = query.build({*account}, {QDate(2026, 5, 1), QDate(2026, 5, 31)}, QDateTime::currentDateTimeUtc());
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message + report.error().detail));
        QStringList people;
        for (const auto &f : report->accounts.first().topNewFollowers)
            people << f.did + u'@' + QString::number(f.followedAt.date().day());
        people.sort();
        QCOMPARE(people, (QStringList{u"did:plc:f1@2"_s, u"did:plc:f2@4"_s}));
    }

    void quietAccountHasNoData()
    {
        ReportQuery query(m_conn->db(), m_nowUs);
        auto quiet = query.resolveAccount(u"quiet.test"_s);
        QVERIFY(quiet.ok());
        auto report = query.build({*quiet}, m_feb, QDateTime::currentDateTimeUtc());
        QVERIFY(report.ok());
        QVERIFY(!report->hasData());
        // A period before anything was collected has no data either.
        auto alice = query.resolveAccount(u"alice.test"_s);
        auto old = query.build({*alice}, {QDate(2020, 1, 1), QDate(2020, 1, 31)}, QDateTime::currentDateTimeUtc());
        QVERIFY(old.ok());
        QVERIFY(!old->hasData());
    }

    void cancelStopsTheBuild()
    {
        ReportQuery query(m_conn->db(), m_nowUs);
        auto alice = query.resolveAccount(u"alice.test"_s);
        std::atomic<bool> cancel{true};
        auto r = query.build({*alice}, m_feb, QDateTime::currentDateTimeUtc(), {}, &cancel);
        QVERIFY(!r.ok());
        QVERIFY(r.error().category == ErrorCategory::Cancelled);
    }

    void parsesDatesStrictly()
    {
        QCOMPARE(parseReportDate(u"2026-02-28"_s), QDate(2026, 2, 28));
        QVERIFY(!parseReportDate(u"2026-02-30"_s).isValid());
        QVERIFY(!parseReportDate(u"28.02.2026"_s).isValid());
        QVERIFY(!parseReportDate(u"2026-2-1"_s).isValid());
        QVERIFY(!parseReportDate(QString()).isValid());
    }

    void csvFieldsFollowRfc4180()
    {
        QByteArray out;
        csv::appendRow(out, {u"a"_s, u"b,c"_s, u"say \"x\""_s, u"l1\nl2"_s, QString()});
        QCOMPARE(out, QByteArray("a,\"b,c\",\"say \"\"x\"\"\",\"l1\nl2\",\r\n"));
    }

    // CSV through python3's csv module: every nasty string comes back exactly.
    void csvRoundTripsThroughPython()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!python.isEmpty(), "python3 is needed (scripts/install-deps.sh --with-tests)");
        const Report report = build(m_feb);
        const QString dir = m_dir.filePath(u"csv"_s);
        QVERIFY(CsvWriter::write(report, dir, m_conn->db()).ok());
        const QStringList expectedFiles{u"summary.csv"_s, u"daily.csv"_s, u"best_days.csv"_s,
                                        u"top_new_followers.csv"_s, u"top_posts.csv"_s, u"campaigns.csv"_s,
                                        u"data_quality.csv"_s, u"follow_edges_alice.test.csv"_s};
        for (const QString &f : expectedFiles)
            QVERIFY2(QFile::exists(QDir(dir).filePath(f)), qPrintable(f));

        // Python reads every file and prints JSON: {file: [rows...]}.
        const QByteArray script =
            "import csv, json, sys, os\n"
            "d = sys.argv[1]\n"
            "out = {}\n"
            "for name in sorted(os.listdir(d)):\n"
            "    with open(os.path.join(d, name), newline='', encoding='utf-8') as f:\n"
            "        out[name] = list(csv.reader(f, strict=True))\n"
            "json.dump(out, sys.stdout)\n";
        const ProcOut r = runTool(python, {u"-c"_s, QString::fromUtf8(script), dir});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject files = QJsonDocument::fromJson(r.out).object();

        const AccountReport &a = report.accounts.first();
        // Top posts: text column equals the stored text exactly (quotes, commas, newlines, emoji, RTL).
        const QJsonArray posts = files.value(u"top_posts.csv"_s).toArray();
        QCOMPARE(posts.size(), a.topPosts.size() + 1);
        QCOMPARE(posts.at(0).toArray().at(3).toString(), u"text"_s);
        for (qsizetype i = 0; i < a.topPosts.size(); ++i) {
            const QJsonArray row = posts.at(i + 1).toArray();
            QCOMPARE(row.at(2).toString(), a.topPosts.at(i).uri);
            QCOMPARE(row.at(3).toString(), a.topPosts.at(i).text);
            QCOMPARE(row.at(9).toString().toLongLong(), a.topPosts.at(i).engagement.score());
        }
        // Follower names: every nasty string survives.
        const QJsonArray followers = files.value(u"top_new_followers.csv"_s).toArray();
        for (qsizetype i = 0; i < a.topNewFollowers.size(); ++i)
            QCOMPARE(followers.at(i + 1).toArray().at(4).toString(), a.topNewFollowers.at(i).displayName);
        QSet<QString> names;
        const QJsonArray summary = files.value(u"summary.csv"_s).toArray();
        QCOMPARE(summary.size(), 2);
        QCOMPARE(summary.at(1).toArray().at(2).toString(), a.displayName);
        QCOMPARE(summary.at(1).toArray().at(6).toString().toLongLong(), a.followersAtEnd);
        QCOMPARE(files.value(u"daily.csv"_s).toArray().size(), 29);
        // Follow edges: header + every edge first seen before the end of February.
        const qint64 edges = scalar(m_conn->db(), u"SELECT count(*) FROM follow_edges WHERE subject_did = ? AND first_seen_us < ?"_s,
                                    {a.did, m_feb.endUs()});
        QCOMPARE(files.value(u"follow_edges_alice.test.csv"_s).toArray().size(), edges + 1);
        for (const QJsonValue &row : files.value(u"daily.csv"_s).toArray())
            QCOMPARE(row.toArray().size(), 12);

        // All nasty strings appear somewhere in the parsed data exactly.
        const QByteArray all = QJsonDocument(files).toJson(QJsonDocument::Compact);
        const QString allText = QString::fromUtf8(all);
        for (const QString &nasty : test::ReportFixture::nastyStrings()) {
            const QByteArray encoded = QJsonDocument(QJsonArray{nasty}).toJson(QJsonDocument::Compact);
            const QString inner = QString::fromUtf8(encoded.mid(2, encoded.size() - 4));
            QVERIFY2(allText.contains(inner), qPrintable(nasty));
        }
    }

    // The follow-edge export reads SQLite directly (UTF-8, no Qt driver per field) with one of two
    // plans: a scan of the account's rowid range when its edges lie together, the subject index
    // when they are spread out. Both give every edge exactly once, with nasty handles quoted
    // right (python3's csv module reads them back), NULLs as empty fields and ISO times.
    void followEdgeExportBothPlans_data()
    {
        QTest::addColumn<bool>("together");
        QTest::newRow("rowid range") << true;
        QTest::newRow("subject index") << false;
    }
    void followEdgeExportBothPlans()
    {
        QFETCH(bool, together);
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY2(!python.isEmpty(), "python3 is needed (scripts/install-deps.sh --with-tests)");
        QTemporaryDir dir;
        auto conn = storage::DbConnection::open(storage::DatabaseConfig::sqlite(dir.filePath(u"e.sqlite"_s)), u"tst-edges"_s);
        QVERIFY(conn.ok());
        QVERIFY(storage::Migrator().migrate(**conn).ok());
        QSqlDatabase db = (*conn)->db();
        QStringList handles = test::ReportFixture::nastyStrings();
        handles << u" leading space"_s << u"trailing space "_s << u"tab\tinside"_s << u"\u00A0nbsp"_s << u"end\u00A0"_s
                << u"emoji \U0001F680"_s << QString();
        QSqlQuery edge(db), profile(db);
        edge.prepare(u"INSERT INTO follow_edges (follower_did, subject_did, rkey, first_seen_us, last_seen_us, removed_at_us, source) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        profile.prepare(u"INSERT INTO profiles (did, handle, updated_at_us) VALUES (?, ?, 0)"_s);
        const int n = 300;
        const qint64 t0 = 1'767'225'600'000'000LL; // 2026-01-01T00:00:00Z
        QHash<QString, QStringList> expected;
        for (int i = 0; i < n; ++i) {
            // Spread out: the account's edges alternate with many edges of another account.
            const int others = together ? 0 : 10;
            for (int k = 0; k < others; ++k) {
                edge.addBindValue(u"did:plc:o%1x%2"_s.arg(i).arg(k));
                edge.addBindValue(u"did:plc:other"_s);
                edge.addBindValue(u"r"_s);
                edge.addBindValue(t0);
                edge.addBindValue(t0);
                edge.addBindValue(QVariant(QMetaType(QMetaType::LongLong)));
                edge.addBindValue(u"backfill"_s);
                QVERIFY(edge.exec());
            }
            const QString did = u"did:plc:e%1"_s.arg(i);
            const QString handle = handles.at(i % handles.size());
            if (!handle.isEmpty()) {
                profile.addBindValue(did);
                profile.addBindValue(handle);
                QVERIFY(profile.exec());
            }
            const QString rkey = i % 5 == 0 ? u"rk,\"%1\""_s.arg(i) : u"3k%1"_s.arg(i);
            const qint64 first = t0 + qint64(i) * 1'000'123LL;
            const bool removed = i % 4 == 1;
            edge.addBindValue(did);
            edge.addBindValue(u"did:plc:subject"_s);
            edge.addBindValue(rkey);
            edge.addBindValue(first);
            edge.addBindValue(first + 5);
            edge.addBindValue(removed ? QVariant(first + 7'000'000LL) : QVariant(QMetaType(QMetaType::LongLong)));
            edge.addBindValue(u"jetstream"_s);
            QVERIFY(edge.exec());
            auto iso = [](qint64 us) { return QDateTime::fromMSecsSinceEpoch(us / 1000, QTimeZone::utc()).toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s); };
            if (i < n - 50) // the last 50 are first seen after the cut-off below
                expected.insert(did, {u"did:plc:subject"_s, did, handle, rkey, iso(first), iso(first + 5),
                                      removed ? iso(first + 7'000'000LL) : QString(), u"jetstream"_s});
        }
        const qint64 cutoff = t0 + qint64(n - 50) * 1'000'123LL;
        const QString path = dir.filePath(u"edges.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const auto rows = CsvWriter::exportFollowEdges(db, u"did:plc:subject"_s, &file, cutoff);
        file.close();
        QVERIFY2(rows.ok(), rows.ok() ? "" : qPrintable(rows.error().detail));
        QCOMPARE(*rows, qint64(expected.size()));

        const QByteArray script =
            "import csv, json, sys\n"
            "with open(sys.argv[1], newline='', encoding='utf-8') as f:\n"
            "    json.dump(list(csv.reader(f, strict=True)), sys.stdout)\n";
        const ProcOut r = runTool(python, {u"-c"_s, QString::fromUtf8(script), path});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonArray parsed = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(parsed.size(), expected.size() + 1);
        QCOMPARE(parsed.at(0).toArray().at(2).toString(), u"follower_handle"_s);
        QSet<QString> seen;
        for (qsizetype i = 1; i < parsed.size(); ++i) {
            QStringList row;
            for (const QJsonValue &v : parsed.at(i).toArray())
                row.append(v.toString());
            QVERIFY2(expected.contains(row.value(1)), qPrintable(row.value(1)));
            QCOMPARE(row, expected.value(row.value(1)));
            QVERIFY(!seen.contains(row.value(1)));
            seen.insert(row.value(1));
        }
        // The bytes are what the Qt-string quoting produces, field by field.
        QByteArray viaQt;
        csv::appendField(viaQt, expected.value(u"did:plc:e0"_s).at(2));
        QFile back(path);
        QVERIFY(back.open(QIODevice::ReadOnly));
        const QByteArray needle = QByteArray("did:plc:e0,") + viaQt + QByteArray(",");
        QVERIFY(back.readAll().contains(needle));
    }

    void csvZipOpensInPython()
    {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        QVERIFY(!python.isEmpty());
        const Report report = build(m_feb);
        const QString zip = m_dir.filePath(u"report.zip"_s);
        QVERIFY(CsvWriter::write(report, zip, m_conn->db()).ok());
        const QByteArray script =
            "import zipfile, csv, io, sys, json\n"
            "z = zipfile.ZipFile(sys.argv[1])\n"
            "assert z.testzip() is None\n"
            "out = {n: len(list(csv.reader(io.TextIOWrapper(z.open(n), encoding='utf-8', newline='')))) for n in z.namelist()}\n"
            "json.dump(out, sys.stdout)\n";
        const ProcOut r = runTool(python, {u"-c"_s, QString::fromUtf8(script), zip});
        QVERIFY2(r.code == 0, r.err.constData());
        const QJsonObject counts = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(counts.size(), 8);
        QCOMPARE(counts.value(u"daily.csv"_s).toInt(), 29);
    }

    void isoTimesMatchQDateTime()
    {
        for (qint64 us : {0LL, 1'700'000'000'123'456LL, 951'782'400'000'000LL /* 2000-02-29 */,
                          4'102'444'799'999'000LL /* 2099-12-31T23:59:59.999 */}) {
            const QString expected = QDateTime::fromMSecsSinceEpoch(us / 1000, Qt::UTC).toString(Qt::ISODateWithMs);
            QCOMPARE(QString::fromLatin1(isoUtcFromUs(us)), expected);
        }
    }

    void crc32MatchesTheStandard()
    {
        QCOMPARE(crc32("123456789", 9), 0xCBF43926u);
        QCOMPARE(crc32("", 0), 0u);
    }

    void csvWriteFailsOnUnwritablePath()
    {
        const Report report = build(m_feb);
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        // A folder cannot be created below a regular file.
        QVERIFY(!CsvWriter::write(report, m_dir.filePath(u"blocker/sub"_s)).ok());
        QVERIFY(!CsvWriter::write(report, m_dir.filePath(u"blocker/x.zip"_s)).ok());
        QVERIFY(!JsonWriter::write(report, m_dir.filePath(u"blocker/x.json"_s)).ok());
    }

    // JSON validated against docs/report-schema.json with python3-jsonschema.
    void jsonMatchesItsSchema()
    {
        const QString python = pythonWithJsonschema();
        QVERIFY2(!python.isEmpty(), "python3 with jsonschema is needed (Debian: python3-jsonschema)");
        const Report report = build(m_feb);
        const QString path = m_dir.filePath(u"report.json"_s);
        QVERIFY(JsonWriter::write(report, path).ok());
        const QString schema = qEnvironmentVariable("GE_SOURCE_DIR") + u"/docs/report-schema.json"_s;
        QVERIFY(QFile::exists(schema));
        const QByteArray script =
            "import json, sys, jsonschema\n"
            "schema = json.load(open(sys.argv[1], encoding='utf-8'))\n"
            "jsonschema.Draft202012Validator.check_schema(schema)\n"
            "doc = json.load(open(sys.argv[2], encoding='utf-8'))\n"
            "v = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())\n"
            "errors = [e.message + ' at ' + '/'.join(map(str, e.absolute_path)) for e in v.iter_errors(doc)]\n"
            "print('\\n'.join(errors)); sys.exit(1 if errors else 0)\n";
        ProcOut r = runTool(python, {u"-c"_s, QString::fromUtf8(script), schema, path});
        QVERIFY2(r.code == 0, QByteArray(r.out + r.err).constData());

        // The schema is strict enough to catch a broken document.
        QJsonObject doc = JsonWriter::toJson(report);
        QCOMPARE(doc.value(u"version"_s).toInt(), kReportSchemaVersion);
        doc.insert(u"version"_s, u"one"_s);
        const QString broken = m_dir.filePath(u"broken.json"_s);
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(doc).toJson());
        f.close();
        r = runTool(python, {u"-c"_s, QString::fromUtf8(script), schema, broken});
        QCOMPARE(r.code, 1);

        // Numbers in the JSON are the report's numbers.
        const QJsonObject parsed = QJsonDocument::fromJson([&] {
            QFile in(path);
            in.open(QIODevice::ReadOnly);
            return in.readAll();
        }()).object();
        const QJsonObject summary = parsed.value(u"accounts"_s).toArray().at(0).toObject().value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"newFollowers"_s).toInteger(), report.accounts.first().newFollowers);
        QCOMPARE(summary.value(u"engagement"_s).toObject().value(u"score"_s).toInteger(),
                 report.accounts.first().engagement.score());
    }

    // PDF: page count and text via poppler-utils, and a PNG rendering of the first pages.
    void pdfHasPagesTextAndRenders()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
        const QString pdftoppm = QStandardPaths::findExecutable(u"pdftoppm"_s);
        QVERIFY2(!pdftotext.isEmpty() && !pdfinfo.isEmpty() && !pdftoppm.isEmpty(), "poppler-utils is needed");
        const Report report = build(m_feb);
        const QString path = m_dir.filePath(u"report.pdf"_s);
        auto pages = ReportPdfWriter(QLocale(QLocale::English, QLocale::UnitedStates)).write(report, path);
        QVERIFY(pages.ok());
        QVERIFY(*pages >= 3);
        // GE_REPORT_ARTIFACTS=<dir> keeps the PDF and its pages as PNG for a person to look at.
        const QString keep = qEnvironmentVariable("GE_REPORT_ARTIFACTS");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + u"/report.pdf"_s);
            QFile::copy(path, keep + u"/report.pdf"_s);
            runTool(pdftoppm, {u"-png"_s, u"-r"_s, u"80"_s, path, keep + u"/page"_s});
        }

        const ProcOut info = runTool(pdfinfo, {path});
        QVERIFY2(info.code == 0, info.err.constData());
        QVERIFY2(QString::fromUtf8(info.out).contains(QRegularExpression(u"Pages:\\s+%1\\n"_s.arg(*pages))),
                 info.out.constData());

        const ProcOut text = runTool(pdftotext, {u"-layout"_s, path, u"-"_s});
        QCOMPARE(text.code, 0);
        const QString t = QString::fromUtf8(text.out);
        const AccountReport &a = report.accounts.first();
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QVERIFY(t.contains(u"Growth report"_s));
        QVERIFY(t.contains(u"@alice.test"_s));
        QVERIFY(t.contains(u"Key figures"_s));
        QVERIFY2(t.contains(u"Page 1 of %1"_s.arg(*pages)), qPrintable(t.left(2000)));
        QVERIFY(t.contains(u"Page %1 of %1"_s.arg(*pages)));
        QVERIFY(t.contains(u"Followers at end"_s));
        QVERIFY(t.contains(en.toString(a.followersAtEnd)));
        QVERIFY(t.contains(en.toString(a.engagement.score())));
        QVERIFY(t.contains(u"Data quality"_s));
        QVERIFY(t.contains(u"Top posts by engagement"_s));

        const QString prefix = m_dir.filePath(u"page"_s);
        const ProcOut ppm = runTool(pdftoppm, {u"-png"_s, u"-r"_s, u"60"_s, u"-f"_s, u"1"_s, u"-l"_s, u"2"_s, path, prefix});
        QCOMPARE(ppm.code, 0);
        QImage page2(prefix + u"-2.png"_s);
        if (page2.isNull())
            page2 = QImage(prefix + u"-02.png"_s);
        QVERIFY(!page2.isNull());
        // Not blank: the charts and tables put plenty of non-white pixels on the page.
        int ink = 0;
        for (int y = 0; y < page2.height(); y += 2)
            for (int x = 0; x < page2.width(); x += 2)
                ink += qGray(page2.pixel(x, y)) < 200 ? 1 : 0;
        QVERIFY2(ink > 500, qPrintable(QString::number(ink)));
    }

    // Emoji in a display name are drawn with a font that has them (not as empty boxes): the PDF
    // embeds that font, and pdftotext gives back the code points Qt maps (the BMP ones).
    void pdfRendersEmoji()
    {
        const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
        const QString pdffonts = QStandardPaths::findExecutable(u"pdffonts"_s);
        QVERIFY2(!pdftotext.isEmpty() && !pdffonts.isEmpty(), "poppler-utils is needed");
        Report report = build(m_feb);
        report.accounts.first().displayName = u"Team \U0001F680 Growth \u2705 \U0001F600"_s;
        const QString path = m_dir.filePath(u"emoji.pdf"_s);
        auto pages = ReportPdfWriter(QLocale(QLocale::English, QLocale::UnitedStates)).write(report, path);
        QVERIFY(pages.ok());
        const QString keep = qEnvironmentVariable("GE_REPORT_ARTIFACTS");
        if (!keep.isEmpty()) {
            QDir().mkpath(keep);
            QFile::remove(keep + u"/emoji.pdf"_s);
            QFile::copy(path, keep + u"/emoji.pdf"_s);
        }
        const ProcOut fonts = runTool(pdffonts, {path});
        QCOMPARE(fonts.code, 0);
        QVERIFY2(fonts.out.contains("Symbola") || fonts.out.contains("Emoji"),
                 QByteArray(QByteArray("no emoji font embedded (install fonts-symbola): ") + fonts.out).constData());
        const ProcOut text = runTool(pdftotext, {path, u"-"_s});
        QCOMPARE(text.code, 0);
        const QString t = QString::fromUtf8(text.out);
        QVERIFY2(t.contains(u"Growth \u2705"_s), qPrintable(t.left(500)));
        // Emoji outside the BMP (U+1F680, U+1F600) are drawn with Symbola too (the font check above;
        // pdftoppm shows them), but Qt 6.4's PDF engine writes no ToUnicode entry for them, so
        // pdftotext cannot give those code points back; the BMP ones (U+2705) it does.
    }

    void pdfUsesTheLocale()
    {
        const Report report = build(m_feb);
        const QString path = m_dir.filePath(u"report-de.pdf"_s);
        QVERIFY(ReportPdfWriter(QLocale(QLocale::German, QLocale::Germany)).write(report, path).ok());
        const ProcOut text = runTool(QStandardPaths::findExecutable(u"pdftotext"_s), {path, u"-"_s});
        // German long dates ("1. Februar 2026") on the title page.
        QVERIFY2(QString::fromUtf8(text.out).contains(QLocale(QLocale::German).toString(QDate(2026, 2, 1), QLocale::LongFormat)),
                 text.out.left(500).constData());
    }

    void pngChartRenders_data()
    {
        QTest::addColumn<QString>("chart");
        for (const QString &id : ReportCharts::chartIds())
            QTest::newRow(qPrintable(id)) << id;
    }
    void pngChartRenders()
    {
        QFETCH(QString, chart);
        const Report report = build(m_feb);
        const QString path = m_dir.filePath(chart + u".png"_s);
        QVERIFY(ReportImageWriter(QLocale(QLocale::English)).write(report, chart, path).ok());
        QImage img(path);
        QCOMPARE(img.size(), QSize(2400, 1000));
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 7)
            for (int x = 0; x < img.width(); x += 7)
                colours.insert(img.pixel(x, y));
        QVERIFY(colours.size() > 5);
        const QString keep = qEnvironmentVariable("GE_REPORT_ARTIFACTS");
        if (!keep.isEmpty())
            QFile::copy(path, keep + u'/' + chart + u".png"_s);
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
