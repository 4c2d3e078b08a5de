#include "FixtureDb.h"
#include "analytics/AnalyticsQueries.h"
#include "analytics/AnalyticsService.h"
#include "core/Clock.h"

#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace ge;
using namespace ge::analytics;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 kDay = 86'400'000'000LL;
// 2025-11-22 10:00 UTC
constexpr qint64 kNow = 1'763'805'600'000'000LL;
const qint64 kToday = kNow / kDay * kDay;

void execOrFail(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
}
// Every page of an audience query, following its keyset cursor: the key of each row (in order),
// the total the first page counted, and the number of pages.
struct AudienceWalk
{
    QStringList keys;
    qint64 total = -1;
    int pages = 0;
    QString error;
};

template <typename KeyOf>
AudienceWalk walkAudience(const AnalyticsQueries &q, AudienceQuery a, KeyOf keyOf)
{
    AudienceWalk w;
    while (true) {
        auto page = q.audience(a);
        if (!page.ok()) {
            w.error = page.error().message + u' ' + page.error().detail;
            return w;
        }
        if (page->total >= 0)
            w.total = page->total;
        for (const auto &r : page->rows)
            w.keys << keyOf(r);
        ++w.pages;
        if (page->atEnd)
            return w;
        a.hasCursor = true;
        a.afterTimeUs = page->rows.last().sortTimeUs;
        a.afterRowId = page->rows.last().sortRowId;
    }
}

// The first key that occurs twice, or an empty string.
QString firstRepeated(const QStringList &keys)
{
    QSet<QString> seen;
    for (const QString &k : keys) {
        if (seen.contains(k))
            return k;
        seen.insert(k);
    }
    return {};
}

} // namespace

class TestAnalyticsQueries : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_handPath = m_dir.filePath(u"hand.sqlite"_s);
        QVERIFY(test::createEmptyDb(m_handPath).ok());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"hand"_s);
        db.setDatabaseName(m_handPath);
        QVERIFY(db.open());
        const QString a = u"did:plc:me"_s;
        execOrFail(db, u"INSERT INTO accounts VALUES ('did:plc:me', 'me.test', 'own', NULL, 0, NULL)"_s);
        // 10 followers from a backfill long ago; follower f0..f9, the account follows f0..f3 and x1, x2
        for (int i = 0; i < 10; ++i)
            execOrFail(db, u"INSERT INTO follow_edges VALUES ('did:plc:f%1', '%2', 'r%1', %3, %3, NULL, 'backfill')"_s.arg(i).arg(a).arg(kToday - 40 * kDay + i));
        for (int i = 0; i < 4; ++i)
            execOrFail(db, u"INSERT INTO follow_edges VALUES ('%1', 'did:plc:f%2', 'o%2', %3, %3, NULL, 'backfill')"_s.arg(a).arg(i).arg(kToday - 39 * kDay));
        for (int i = 1; i <= 2; ++i)
            execOrFail(db, u"INSERT INTO follow_edges VALUES ('%1', 'did:plc:x%2', 'x%2', %3, %3, NULL, 'backfill')"_s.arg(a).arg(i).arg(kToday - 39 * kDay));
        // snapshot 10 followers at the end of 3 days ago
        execOrFail(db, u"INSERT INTO follower_snapshots VALUES ('%1', %2, 10, 6, 'backfill')"_s.arg(a).arg(kToday - 2 * kDay - 1));
        // yesterday: 3 new (n1..n3), today: f9 unfollowed, n4 followed
        for (int i = 1; i <= 3; ++i) {
            execOrFail(db, u"INSERT INTO follow_edges VALUES ('did:plc:n%1', '%2', 'n%1', %3, %3, NULL, 'jetstream')"_s.arg(i).arg(a).arg(kToday - kDay + i * 1000));
        }
        execOrFail(db, u"UPDATE follow_edges SET removed_at_us = %1 WHERE follower_did = 'did:plc:f9'"_s.arg(kToday + 5000));
        execOrFail(db, u"INSERT INTO follow_events VALUES ('did:plc:f9', '%1', 'unfollow', 'r9', %2, 'jetstream')"_s.arg(a).arg(kToday + 5000));
        execOrFail(db, u"INSERT INTO follow_edges VALUES ('did:plc:n4', '%1', 'n4', %2, %2, NULL, 'jetstream')"_s.arg(a).arg(kToday + 6000));
        // engagement today: 2 likes, 1 repost, 1 reply, 1 quote, 1 deleted like
        const QStringList kinds = {u"like"_s, u"like"_s, u"repost"_s, u"reply"_s, u"quote"_s};
        for (int i = 0; i < kinds.size(); ++i)
            execOrFail(db, u"INSERT INTO engagement_events VALUES ('did:plc:e%1', 'c', 'k%1', '%2', 'at://%3/app.bsky.feed.post/1', '%3', %4, NULL)"_s.arg(i).arg(kinds[i], a).arg(kToday + 100 + i));
        execOrFail(db, u"INSERT INTO engagement_events VALUES ('did:plc:e9', 'c', 'k9', 'like', 'at://%1/app.bsky.feed.post/1', '%1', %2, %2)"_s.arg(a).arg(kToday + 200));
        // profiles for a couple of people
        execOrFail(db, u"INSERT INTO profiles (did, handle, display_name, followers_count, posts_count, updated_at_us) VALUES ('did:plc:n1', 'newbie.test', 'New Bie', 42, 7, 1)"_s);
        // the writer's daily aggregates for the rows above
        execOrFail(db, u"INSERT INTO follow_daily SELECT subject_did, time_us / 86400000000, SUM(kind = 'follow'), SUM(kind = 'unfollow') FROM follow_changes GROUP BY 1, 2"_s);
        execOrFail(db, u"INSERT INTO engagement_daily SELECT subject_did, time_us / 86400000000, SUM(kind = 'like'), SUM(kind = 'repost'), SUM(kind = 'reply'), SUM(kind = 'quote') FROM engagement_events WHERE deleted_at_us IS NULL GROUP BY 1, 2"_s);
    }

    void cleanupTestCase() { QSqlDatabase::removeDatabase(u"hand"_s); }

    void followersNowFromSnapshotPlusLaterEvents()
    {
        AnalyticsQueries q(QSqlDatabase::database(u"hand"_s), kNow, 0);
        bool known = false;
        auto now = q.followersNow(u"did:plc:me"_s, &known);
        QVERIFY(now.ok());
        QVERIFY(known);
        QCOMPARE(*now, 10 + 3 + 1 - 1); // snapshot 10, yesterday +3, today +1 -1
    }

    void followersNowWithoutSnapshotCountsEdges()
    {
        QSqlDatabase db = QSqlDatabase::database(u"hand"_s);
        execOrFail(db, u"INSERT INTO accounts VALUES ('did:plc:other', 'other.test', 'watched', NULL, 0, NULL)"_s);
        execOrFail(db, u"INSERT INTO follow_edges VALUES ('did:plc:f1', 'did:plc:other', 'z', 1, 1, NULL, 'backfill')"_s);
        AnalyticsQueries q(db, kNow, 0);
        bool known = false;
        auto n = q.followersNow(u"did:plc:other"_s, &known);
        QVERIFY(n.ok());
        QCOMPARE(*n, 1);
        QVERIFY(known);
        auto none = q.followersNow(u"did:plc:nobody"_s, &known);
        QVERIFY(none.ok());
        QCOMPARE(*none, 0);
        QVERIFY(!known);
    }

    void historyCountsAndScore()
    {
        AnalyticsQueries q(QSqlDatabase::database(u"hand"_s), kNow, 0);
        const QDate today = q.today();
        QCOMPARE(q.dayStartUs(today), kToday);
        auto h = q.history(u"did:plc:me"_s, today.addDays(-3), today);
        QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().detail));
        QCOMPARE(h->days.size(), 4);
        QCOMPARE(h->handle, u"me.test"_s);
        const DayStats &yesterday = h->days.at(2);
        const DayStats &t = h->days.at(3);
        QCOMPARE(yesterday.followed, 3);
        QCOMPARE(yesterday.unfollowed, 0);
        QCOMPARE(t.followed, 1);
        QCOMPARE(t.unfollowed, 1);
        QCOMPARE(t.likes, 2); // the deleted like does not count
        QCOMPARE(t.reposts, 1);
        QCOMPARE(t.replies, 1);
        QCOMPARE(t.quotes, 1);
        QCOMPARE(t.score(), 2 + 2 * 1 + 3 * 1 + 2 * 1);
        // followers at end of day, reconstructed backwards: today 13, yesterday 13, before 10
        QCOMPARE(t.followers, 13);
        QCOMPARE(yesterday.followers, 13);
        QCOMPARE(h->days.at(1).followers, 10); // the snapshot day
        QCOMPARE(h->days.at(0).followers, 10);
    }

    void rawEventsGiveTheSameDaysAsAggregatesAtUtc()
    {
        AnalyticsQueries agg(QSqlDatabase::database(u"hand"_s), kNow, 0);
        QVERIFY(agg.hasDailyAggregates());
        // an offset of -1 h cuts raw events at 01:00 UTC: today's events at 00:00:00.00x UTC
        // belong to "yesterday", and yesterday's to the day before
        AnalyticsQueries shifted(QSqlDatabase::database(u"hand"_s), kNow, -3600);
        const QDate today = agg.today();
        auto h = shifted.history(u"did:plc:me"_s, today.addDays(-2), today);
        QVERIFY(h.ok());
        QCOMPARE(h->days.at(0).followed, 3);
        QCOMPARE(h->days.at(1).followed, 1);
        QCOMPARE(h->days.at(1).unfollowed, 1);
        QCOMPARE(h->days.at(1).score(), 9);
        QCOMPARE(h->days.at(2).followed, 0);
        QCOMPARE(h->days.at(2).score(), 0);
    }

    void mutualsAndAudienceKinds()
    {
        AnalyticsQueries q(QSqlDatabase::database(u"hand"_s), kNow, 0);
        auto m = q.mutualsCount(u"did:plc:me"_s);
        QVERIFY(m.ok());
        QCOMPARE(*m, 4); // f0..f3
        auto count = [&](AudienceKind kind) {
            AudienceQuery a;
            a.accountDid = u"did:plc:me"_s;
            a.kind = kind;
            auto page = q.audience(a);
            if (!page.ok())
                qFatal("%s", qPrintable(page.error().detail));
            return page->total;
        };
        QCOMPARE(count(AudienceKind::Followers), 13);        // f0..f8 + n1..n4
        QCOMPARE(count(AudienceKind::Following), 6);
        QCOMPARE(count(AudienceKind::Mutuals), 4);
        QCOMPARE(count(AudienceKind::NotFollowedBack), 9);   // f4..f8, n1..n4
        QCOMPARE(count(AudienceKind::NotFollowingBack), 2);  // x1, x2
        QCOMPARE(count(AudienceKind::RecentUnfollowers), 1); // f9
    }

    void audienceRowsCarryProfilesAndRelations()
    {
        AnalyticsQueries q(QSqlDatabase::database(u"hand"_s), kNow, 0);
        AudienceQuery a;
        a.accountDid = u"did:plc:me"_s;
        a.kind = AudienceKind::Followers;
        a.search = u"newbie"_s;
        auto page = q.audience(a);
        QVERIFY(page.ok());
        QCOMPARE(page->rows.size(), 1);
        const AudienceEntry &e = page->rows.first();
        QCOMPARE(e.did, u"did:plc:n1"_s);
        QCOMPARE(e.handle, u"newbie.test"_s);
        QCOMPARE(e.displayName, u"New Bie"_s);
        QCOMPARE(e.followersCount, 42);
        QCOMPARE(e.postsCount, 7);
        QVERIFY(e.followsAccount);
        QVERIFY(!e.followedByAccount);
        // LIKE wildcards in the search are taken literally
        a.search = u"%"_s;
        auto literal = q.audience(a);
        QVERIFY(literal.ok());
        QCOMPARE(literal->total, 0);
    }

    void dayChangesListThePeopleOfThatDay()
    {
        AnalyticsQueries q(QSqlDatabase::database(u"hand"_s), kNow, 0);
        AudienceQuery a;
        a.accountDid = u"did:plc:me"_s;
        a.kind = AudienceKind::DayChanges;
        a.fromUs = kToday;
        a.toUs = kToday + kDay;
        auto page = q.audience(a);
        QVERIFY(page.ok());
        QCOMPARE(page->total, 2);
        QSet<QString> seen;
        for (const auto &r : page->rows)
            seen.insert(r.did + u':' + r.change);
        QCOMPARE(seen, (QSet<QString>{u"did:plc:n4:follow"_s, u"did:plc:f9:unfollow"_s}));
        a.accountDid.clear(); // all tracked accounts
        auto all = q.audience(a);
        QVERIFY(all.ok());
        QCOMPARE(all->total, 2);

        // Yesterday's three first follows, and a search among them (matched on the profile).
        a.accountDid = u"did:plc:me"_s;
        a.fromUs = kToday - kDay;
        a.toUs = kToday;
        auto yesterday = q.audience(a);
        QVERIFY(yesterday.ok());
        QCOMPARE(yesterday->total, 3);
        QCOMPARE(yesterday->rows.first().did, u"did:plc:n3"_s); // newest first
        a.search = u"newbie"_s;
        auto found = q.audience(a);
        QVERIFY(found.ok());
        QCOMPARE(found->total, 1);
        QCOMPARE(found->rows.size(), 1);
        QCOMPARE(found->rows.first().did, u"did:plc:n1"_s);
        QCOMPARE(found->rows.first().change, u"follow"_s);
    }

    void keysetPagingVisitsEveryRowOnce()
    {
        const QString path = m_dir.filePath(u"fixture.sqlite"_s);
        test::FixtureSpec spec;
        spec.accounts = 2;
        spec.followersPerAccount = 1200;
        spec.engagementPerAccount = 3000;
        auto info = test::createFixtureDb(path, spec);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message + info.error().detail));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"fixture"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            AnalyticsQueries q(db, spec.nowUs, 0);
            AudienceQuery a;
            a.accountDid = info->accountDids.first();
            a.kind = AudienceKind::Followers;
            a.limit = 137;
            const AudienceWalk followers = walkAudience(q, a, [](const AudienceEntry &r) -> QString { return r.did; });
            QVERIFY2(followers.error.isEmpty(), qPrintable(followers.error));
            QVERIFY2(firstRepeated(followers.keys).isEmpty(), qPrintable(firstRepeated(followers.keys)));
            const qint64 total = followers.total;
            QCOMPARE(qint64(followers.keys.size()), total);
            QVERIFY(followers.pages > 5);

            // A whole window of changes pages through first follows (edges) and unfollows (events)
            // alike: the row ids of the two tables never collide.
            AudienceQuery changes;
            changes.accountDid = info->accountDids.first();
            changes.kind = AudienceKind::DayChanges;
            changes.fromUs = spec.nowUs - 60 * kDay;
            changes.toUs = spec.nowUs;
            changes.limit = 97;
            const AudienceWalk changed = walkAudience(q, changes, [](const AudienceEntry &r) -> QString {
                return r.did + u':' + r.change + u':' + QString::number(r.sortTimeUs);
            });
            QVERIFY2(changed.error.isEmpty(), qPrintable(changed.error));
            QVERIFY2(firstRepeated(changed.keys).isEmpty(), qPrintable(firstRepeated(changed.keys)));
            const qint64 changeTotal = changed.total;
            QCOMPARE(qint64(changed.keys.size()), changeTotal);
            QVERIFY(changeTotal > 200);
            QVERIFY(std::any_of(changed.keys.cbegin(), changed.keys.cend(), [](const QString &k) { return k.contains(u":unfollow:"_s); }));
            auto direct = QSqlQuery(db);
            QVERIFY(direct.exec(u"SELECT COUNT(*) FROM follow_changes WHERE subject_did = '%1' AND time_us >= %2 AND time_us < %3"_s
                                    .arg(changes.accountDid).arg(changes.fromUs).arg(changes.toUs)));
            QVERIFY(direct.next());
            QCOMPARE(direct.value(0).toLongLong(), changeTotal);
            // summaries: one per account plus "all accounts" first
            auto sums = q.summaries(info->accountDids);
            QVERIFY(sums.ok());
            QCOMPARE(sums->size(), 3);
            QVERIFY(sums->first().did.isEmpty());
            QCOMPARE(sums->first().followersNow, sums->at(1).followersNow + sums->at(2).followersNow);
            QCOMPARE(sums->at(1).followersNow, total);
            QCOMPARE(sums->at(1).followersSparkline.size(), 30);
            QCOMPARE(sums->at(1).followersSparkline.last(), total);
        }
        QSqlDatabase::removeDatabase(u"fixture"_s);
    }

    void serviceDeliversOnTheCallerThread()
    {
        ManualClock clock(kNow);
        AnalyticsService svc(m_handPath, clock);
        QSignalSpy ready(&svc, &AnalyticsService::summariesReady);
        const quint64 id = svc.requestSummaries({});
        QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, 10000); // figures first, then with mutuals
        QCOMPARE(ready.first().at(0).toULongLong(), id);
        QCOMPARE(ready.last().at(0).toULongLong(), id);
        const auto quick = ready.first().at(1).value<QList<AccountSummary>>();
        QVERIFY(!quick.at(1).mutualsKnown);
        const auto list = ready.last().at(1).value<QList<AccountSummary>>();
        QVERIFY(list.at(1).mutualsKnown);
        QCOMPARE(list.at(1).mutuals, 4);
        QCOMPARE(list.at(0).mutuals, 4); // all accounts: me 4 + other 0
        QCOMPARE(quick.at(1).followersNow, list.at(1).followersNow);
        QCOMPARE(list.size(), 3); // all + me + other
        QCOMPARE(list.at(1).handle, u"me.test"_s);
        QCOMPARE(list.at(1).changeToday, 0);
        QCOMPARE(list.at(1).new7d, 4);
        QCOMPARE(list.at(1).lost7d, 1);
        QCOMPARE(list.at(1).engagementThisWeek, 9);
    }

    void supersededRequestsAreDropped()
    {
        ManualClock clock(kNow);
        AnalyticsService svc(m_handPath, clock);
        QSignalSpy ready(&svc, &AnalyticsService::historyReady);
        const QDate today = AnalyticsQueries(QSqlDatabase(), kNow, 0).today();
        quint64 last = 0;
        for (int i = 0; i < 20; ++i)
            last = svc.requestHistory({u"did:plc:me"_s}, today.addDays(-i), today);
        QTRY_VERIFY_WITH_TIMEOUT(!ready.isEmpty() && ready.last().at(0).toULongLong() == last, 10000);
        QVERIFY(ready.size() < 20); // older ones were skipped on the reader thread
    }

    void missingDatabaseFailsWithNotFound()
    {
        ManualClock clock(kNow);
        AnalyticsService svc(m_dir.filePath(u"absent.sqlite"_s), clock);
        QSignalSpy failed(&svc, &AnalyticsService::failed);
        const quint64 id = svc.requestAccounts();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toULongLong(), id);
        QVERIFY(failed.first().at(1).value<Error>().category == ErrorCategory::NotFound);
    }

    void databaseWithoutSchemaFailsWithStorageError()
    {
        const QString path = m_dir.filePath(u"blank.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"blank"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            execOrFail(db, u"CREATE TABLE unrelated (x)"_s);
        }
        QSqlDatabase::removeDatabase(u"blank"_s);
        ManualClock clock(kNow);
        AnalyticsService svc(path, clock);
        QSignalSpy failed(&svc, &AnalyticsService::failed);
        svc.requestSummaries({});
        QVERIFY(failed.wait(10000));
        QVERIFY(failed.first().at(1).value<Error>().category == ErrorCategory::Storage);
    }

    void dataChangedIsCoalesced()
    {
        ManualClock clock(kNow);
        AnalyticsService svc(m_handPath, clock);
        svc.setRefreshIntervalMs(50);
        QSignalSpy changed(&svc, &AnalyticsService::dataChanged);
        for (int i = 0; i < 100; ++i)
            svc.notifyDataChanged();
        QVERIFY(changed.wait(2000));
        QTest::qWait(120);
        QCOMPARE(changed.size(), 1);
    }

private:
    QTemporaryDir m_dir;
    QString m_handPath;
};

QTEST_GUILESS_MAIN(TestAnalyticsQueries)
#include "tst_analyticsqueries.moc"
