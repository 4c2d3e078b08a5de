#include "AccountSummaryModel.h"
#include "AudienceModel.h"
#include "BestDaysModel.h"
#include "BreakerModel.h"
#include "CollectorModel.h"
#include "FixtureDb.h"
#include "HealthModel.h"
#include "LogModel.h"
#include "analytics/AnalyticsService.h"
#include "core/Clock.h"
#include "feeds/ReliabilityFeeds.h"
#include "reliability/BreakerRegistry.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge;
using namespace ge::models;
using namespace Qt::StringLiterals;

class TestDashboardModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void audienceModelPagesThroughFetchMore()
    {
        AudienceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy fetch(&model, &AudienceModel::fetchRequested);
        QVERIFY(!model.canFetchMore({}));

        analytics::AudienceQuery q;
        q.accountDid = u"did:plc:me"_s;
        model.setPageSize(2);
        model.setQuery(q);
        QCOMPARE(fetch.size(), 1);
        QVERIFY(model.isLoading());
        QVERIFY(!model.canFetchMore({})); // one request at a time

        analytics::AudiencePage page;
        page.query = fetch.first().at(0).value<analytics::AudienceQuery>();
        page.rows = {{u"did:plc:a"_s, u"a.test"_s, u"A"_s, 10, 1, 100, 200, 300, 7, {}, true, false},
                     {u"did:plc:b"_s, {}, {}, -1, -1, 90, 90, 290, 5, {}, true, true}};
        page.atEnd = false;
        page.total = 3;
        model.appendPage(page);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.total(), 3);
        QVERIFY(model.canFetchMore({}));
        QCOMPARE(model.index(0, AudienceModel::HandleColumn).data().toString(), u"@a.test"_s);
        QCOMPARE(model.index(1, AudienceModel::HandleColumn).data().toString(), u"did:plc:b"_s);
        QCOMPARE(model.index(0, AudienceModel::RelationColumn).data().toString(), u"follows you"_s);
        QCOMPARE(model.index(1, AudienceModel::RelationColumn).data().toString(), u"mutual"_s);
        QCOMPARE(model.index(0, 0).data(AudienceModel::ProfileUrlRole).toString(), u"https://bsky.app/profile/a.test"_s);
        QCOMPARE(model.index(1, 0).data(AudienceModel::ProfileUrlRole).toString(), u"https://bsky.app/profile/did:plc:b"_s);
        QCOMPARE(model.index(1, AudienceModel::FollowersColumn).data().toString(), QString());

        model.fetchMore({});
        QCOMPARE(fetch.size(), 2);
        const auto next = fetch.last().at(0).value<analytics::AudienceQuery>();
        QVERIFY(next.hasCursor);
        QCOMPARE(next.afterTimeUs, 290);
        QCOMPARE(next.afterRowId, 5);

        // a page for an older query (the user switched lists) is ignored
        analytics::AudiencePage stale = page;
        model.appendPage(stale);
        QCOMPARE(model.rowCount(), 2);

        analytics::AudiencePage last;
        last.query = next;
        last.rows = {{u"did:plc:c"_s, u"c.test"_s, {}, 1, 1, 80, 80, 280, 4, {}, true, false}};
        last.atEnd = true;
        model.appendPage(last);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!model.canFetchMore({}));
        QVERIFY(!model.isLoading());
    }

    void audienceModelReportsFailure()
    {
        AudienceModel model;
        QSignalSpy failed(&model, &AudienceModel::failed);
        analytics::AudienceQuery q;
        q.accountDid = u"did:plc:me"_s;
        model.setQuery(q);
        model.setFailed(u"disk on fire"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.lastError(), u"disk on fire"_s);
        QVERIFY(!model.isLoading());
        QVERIFY(!model.canFetchMore({}));
    }

    void audienceModelLoadsEverythingFromTheReader()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"f.sqlite"_s);
        test::FixtureSpec spec;
        spec.accounts = 1;
        spec.followersPerAccount = 1000;
        spec.engagementPerAccount = 100;
        auto info = test::createFixtureDb(path, spec);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().detail));
        ManualClock clock(spec.nowUs);
        analytics::AnalyticsService svc(path, clock);
        AudienceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&svc);
        model.setPageSize(150);
        analytics::AudienceQuery q;
        q.accountDid = info->accountDids.first();
        model.setQuery(q);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        const qint64 total = model.total();
        QVERIFY(total > 500);
        QCOMPARE(model.rowCount(), 150);
        while (model.canFetchMore({}) || model.isLoading()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        }
        QCOMPARE(qint64(model.rowCount()), total);
        QSet<QString> dids;
        for (int r = 0; r < model.rowCount(); ++r)
            dids.insert(model.index(r, 0).data(AudienceModel::DidRole).toString());
        QCOMPARE(qint64(dids.size()), total);
    }

    void healthModelCoalescesAndComputesOverall()
    {
        ManualClock clock;
        HealthModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy overall(&model, &HealthModel::overallChanged);
        for (int i = 0; i < 50; ++i) {
            model.upsert({u"appview"_s, u"AppView"_s, HealthStatus::Up, 40 + i, clock.nowUs(), {}, {}});
            model.upsert({u"plc"_s, u"PLC"_s, i == 49 ? HealthStatus::Down : HealthStatus::Up, 10, clock.nowUs(), i == 49 ? u"timeout"_s : QString(), {}});
        }
        QCOMPARE(model.rowCount(), 0); // nothing applied before the interval
        QVERIFY(model.hasPending());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 2000);
        QCOMPARE(inserted.size(), 2);
        QVERIFY(changed.size() <= 98); // in one batch: no per-update resets
        QVERIFY(model.overall() == HealthStatus::Down);
        QCOMPARE(overall.size(), 1);
        QCOMPARE(model.find(u"appview"_s)->latencyMs, 89);
        QCOMPARE(model.history(u"appview"_s).size(), 50);
        const QModelIndex status = model.index(1, HealthModel::StatusColumn);
        QVERIFY(status.data().toString().contains(toDisplayString(HealthStatus::Down)));
        QVERIFY(status.data().toString().startsWith(statusSymbol(HealthStatus::Down)));
        QCOMPARE(status.data(Qt::DecorationRole).value<QColor>(), statusColor(HealthStatus::Down));
        model.setHistoryLimit(10);
        model.upsert({u"appview"_s, u"AppView"_s, HealthStatus::Up, 1, clock.nowUs(), {}, {}});
        model.flush();
        QCOMPARE(model.history(u"appview"_s).size(), 10);
    }

    void breakerModelCountsDownToHalfOpen()
    {
        ManualClock clock;
        BreakerModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BreakerRow row;
        row.name = u"appview"_s;
        row.state = BreakerState::Open;
        row.failures = 5;
        row.failureRate = 0.5;
        row.lastFailureUs = clock.nowUs();
        row.lastError = u"http 503"_s;
        row.halfOpenAtUs = clock.nowUs() + 30'000'000;
        model.upsert(row);
        model.flush();
        const QModelIndex countdown = model.index(0, BreakerModel::HalfOpenColumn);
        QCOMPARE(countdown.data(BreakerModel::HalfOpenSecondsRole).toLongLong(), 30);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceMs(12'000);
        model.tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(countdown.data(BreakerModel::HalfOpenSecondsRole).toLongLong(), 18);
        QCOMPARE(model.index(0, BreakerModel::FailureRateColumn).data().toString(), u"50.0 %"_s);
        QVERIFY(model.index(0, BreakerModel::StateColumn).data().toString().contains(toDisplayString(BreakerState::Open)));
        row.state = BreakerState::Closed;
        model.upsert(row);
        model.flush();
        QCOMPARE(model.index(0, BreakerModel::HalfOpenColumn).data(BreakerModel::HalfOpenSecondsRole).toLongLong(), -1);
        QSignalSpy added(&model, &BreakerModel::transitionAdded);
        model.addTransition({u"appview"_s, BreakerState::Open, BreakerState::Closed, u"probe ok"_s, clock.nowUs()});
        QCOMPARE(added.size(), 1);
        QCOMPARE(model.transitions().size(), 1);
    }

    void breakerFeedAndOperatorDriveTheModel()
    {
        ManualClock clock;
        reliability::BreakerRegistry registry(clock);
        registry.breaker(u"jetstream"_s);
        registry.breaker(u"appview"_s);
        BreakerModel model(clock);
        BreakerFeed feed(registry, model);
        model.flush();
        QCOMPARE(model.rowCount(), 2);
        RegistryBreakerOperator op(registry, nullptr);
        QVERIFY(op.apply(u"appview"_s, BreakerAction::ForceOpen, u"test"_s).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.transitions().size(), 1, 2000);
        model.flush();
        QVERIFY(model.find(u"appview"_s)->state == BreakerState::ForcedOpen);
        QVERIFY(model.transitions().first().to == BreakerState::ForcedOpen);
        QVERIFY(op.apply(u"appview"_s, BreakerAction::Disable, {}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.transitions().size(), 2, 2000);
        model.flush();
        QVERIFY(model.find(u"appview"_s)->state == BreakerState::Disabled);
        QVERIFY(op.apply(u"appview"_s, BreakerAction::Reset, {}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(model.transitions().size(), 3, 2000);
        model.flush();
        QVERIFY(model.find(u"appview"_s)->state == BreakerState::Closed);
        const Status missing = op.apply(u"nope"_s, BreakerAction::Reset, {});
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().category == ErrorCategory::NotFound);
    }

    void collectorModelKeepsTenMinutesOfRates()
    {
        ManualClock clock;
        CollectorModel model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        CollectorRow row;
        row.name = u"jetstream"_s;
        row.state = CollectorState::Running;
        for (int i = 0; i < 700; ++i) { // one sample per second for 700 s
            row.eventsPerSecond = i;
            model.upsert(row);
            model.upsert(row); // same name within one interval: latest wins
            model.flush();
            clock.advanceMs(1000);
        }
        QCOMPARE(model.rowCount(), 1);
        const auto rates = model.rateHistory(u"jetstream"_s);
        QVERIFY(rates.size() <= 601);
        QVERIFY(rates.size() >= 599);
        QCOMPARE(rates.last().y(), 699.0);
        row.backfillProgress = 0.25;
        row.backfillEtaSec = 90;
        model.upsert(row);
        model.flush();
        QCOMPARE(model.index(0, CollectorModel::BackfillColumn).data().toString(), u"25.0 %"_s);
        QCOMPARE(model.index(0, CollectorModel::EtaColumn).data().toString(), u"1 min 30 s"_s);
    }

    void logModelRingAndFilters()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(100);
        for (int i = 0; i < 250; ++i) {
            LogRecord r;
            r.timeUs = 1'700'000'000'000'000 + i;
            r.level = i % 10 == 0 ? u"warning"_s : u"info"_s;
            r.category = i % 2 ? u"ge.storage"_s : u"ge.collectors"_s;
            r.message = u"message %1"_s.arg(i);
            model.append(r);
            if (i % 60 == 0)
                model.flush();
        }
        model.flush();
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.record(99).message, u"message 249"_s);
        QCOMPARE(model.categories(), (QStringList{u"ge.collectors"_s, u"ge.storage"_s}));

        LogFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setMinimumSeverity(2);
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setMinimumSeverity(0);
        proxy.setCategory(u"ge.storage"_s);
        QCOMPARE(proxy.rowCount(), 50);
        proxy.setSearchText(u"message 24"_s);
        QCOMPARE(proxy.rowCount(), 5); // 241 243 245 247 249

        bool ok = false;
        const LogRecord parsed = LogRecord::fromJsonLine(
            R"({"ts":"2026-11-22T01:02:03.004Z","level":"warning","category":"ge.net","message":"slow","correlation_id":"c1","fields":{"ms":1200}})", &ok);
        QVERIFY(ok);
        QCOMPARE(parsed.level, u"warning"_s);
        QCOMPARE(parsed.category, u"ge.net"_s);
        QCOMPARE(parsed.correlationId, u"c1"_s);
        QCOMPARE(parsed.fields.value(u"ms"_s).toInt(), 1200);
        const QJsonObject back = QJsonDocument::fromJson(parsed.toJson()).object();
        QCOMPARE(back.value(u"message"_s).toString(), u"slow"_s);
        QCOMPARE(back.value(u"ts"_s).toString(), u"2026-11-22T01:02:03.004Z"_s);
        const LogRecord junk = LogRecord::fromJsonLine("not json", &ok);
        QVERIFY(!ok);
        QCOMPARE(junk.message, u"not json"_s);
    }

    void summaryModelUpdatesInPlace()
    {
        AccountSummaryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        analytics::AccountSummary a;
        a.did = u"did:plc:a"_s;
        a.handle = u"a.test"_s;
        a.followersNow = 10;
        model.setSummaries({a});
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        a.followersNow = 11;
        model.setSummaries({a});
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0).data(AccountSummaryModel::FollowersRole).toLongLong(), 11);
        QCOMPARE(model.index(0).data().toString(), u"@a.test"_s);
        QCOMPARE(model.rowOfDid(u"did:plc:a"_s), 0);
    }

    void bestDaysRankByNetThenScore()
    {
        BestDaysModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<analytics::DayStats> days;
        for (int i = 0; i < 30; ++i) {
            analytics::DayStats d;
            d.date = QDate(2026, 1, 1).addDays(i);
            d.followed = i % 5;
            d.unfollowed = i % 3;
            d.likes = i;
            days.append(d);
        }
        model.setDays(days, 5);
        QCOMPARE(model.rowCount(), 5);
        for (int r = 1; r < model.rowCount(); ++r) {
            const auto &prev = model.day(r - 1);
            const auto &cur = model.day(r);
            QVERIFY(prev.net() > cur.net() || (prev.net() == cur.net() && prev.score() >= cur.score()));
        }
        QVERIFY(model.headerData(BestDaysModel::ScoreColumn, Qt::Horizontal, Qt::ToolTipRole).toString().contains(u"2 × reposts"_s));
    }
};

QTEST_MAIN(TestDashboardModels)
#include "tst_dashboardmodels.moc"
