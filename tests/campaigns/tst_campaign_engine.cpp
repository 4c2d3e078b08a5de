#include "CampaignTestDb.h"
#include "FakeNetwork.h"

#include "campaigns/CampaignControl.h"
#include "campaigns/CampaignEngine.h"
#include "campaigns/CampaignPlanner.h"
#include "campaigns/SqlCampaignStore.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace ge;
using namespace ge::campaigns;
using namespace ge::campaigns::test;

namespace {

constexpr qint64 kHourUs = 3600LL * 1000 * 1000;

template <typename R>
QString errorText(const R &r)
{
    return r.ok() ? QString() : r.error().summary();
}

QString did(int i)
{
    return QStringLiteral("did:plc:f%1").arg(i, 4, 10, QLatin1Char('0'));
}

PacerConfig fastPacer()
{
    PacerConfig c;
    c.minIntervalMs = 0;
    return c;
}

// Drives the engine like the worker does, with time jumping to each wake-up.
struct RunOutcome
{
    StepResult::Kind last = StepResult::Kind::Worked;
    int steps = 0;
    int waits = 0;
    std::optional<Error> error;
};

RunOutcome runToEnd(CampaignEngine &engine, qint64 id, ManualClock &clock, int maxSteps = 100000)
{
    RunOutcome out;
    for (; out.steps < maxSteps; ++out.steps) {
        auto r = engine.step(id);
        if (!r) {
            out.error = r.error();
            return out;
        }
        out.last = r->kind;
        if (r->kind == StepResult::Kind::Wait) {
            ++out.waits;
            clock.setUs(std::max(clock.nowUs(), r->wakeAtUs));
            continue;
        }
        if (r->kind == StepResult::Kind::Finished || r->kind == StepResult::Kind::Paused)
            return out;
    }
    return out;
}

} // namespace

class TestCampaignEngine : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        ManualClock clock;
        TestDb db;
        CrashSwitch crash;
        std::unique_ptr<SqlCampaignStore> sql;
        std::unique_ptr<CrashableStore> store;
        MemoryAudit audit;
        FakeGateway gateway{clock};

        bool init(int followers, int alreadyFollowed)
        {
            if (!db.open(QStringLiteral("engine-%1").arg(quintptr(this))))
                return false;
            sql = std::make_unique<SqlCampaignStore>(db.connectionName());
            store = std::make_unique<CrashableStore>(*sql, crash);
            gateway.crash = &crash;
            audit.crash = &crash;
            for (int i = 0; i < followers; ++i)
                gateway.addFollower(did(i));
            for (int i = 0; i < alreadyFollowed; ++i)
                gateway.addRecord(did(i));
            return true;
        }
        Result<CampaignPlan> plan(const CampaignFilters &filters = {}, PacerConfig pc = fastPacer())
        {
            WritePacer pacer(clock, pc);
            CampaignPlanner planner(gateway, *store, clock);
            return planner.plan(gateway.accountHandle, filters, pacer);
        }
        Result<qint64> start(const CampaignFilters &filters = {}, bool dryRun = false, PacerConfig pc = fastPacer())
        {
            auto p = plan(filters, pc);
            if (!p)
                return p.error();
            WritePacer pacer(clock, pc);
            CampaignControl control(*store, audit, clock, QStringLiteral("test"));
            return control.createFromPlan(*p, 0, dryRun, pacer);
        }
        CampaignControl control() { return CampaignControl(*store, audit, clock, QStringLiteral("test")); }
        QSet<QString> followedSubjects() const
        {
            QSet<QString> s;
            for (const QString &subject : gateway.records)
                s.insert(subject);
            return s;
        }
        bool noDuplicates() const { return followedSubjects().size() == gateway.records.size(); }
    };

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<ge::Error>(); }

    void planCountsEveryExclusionAndFilter()
    {
        Fixture f;
        QVERIFY(f.init(0, 0));
        // 0-9 already followed, 10 blocked, 11 muted, 12 on the exclude list by handle, 13 by DID,
        // 14 few followers, 15 too many, 16 no avatar, 17 bot ratio, 18 young, 19 labelled, 20 inactive,
        // 21-29 pass.
        for (int i = 0; i < 30; ++i)
            f.gateway.addFollower(did(i), 100, 100, i != 16);
        for (int i = 0; i < 10; ++i)
            f.gateway.addRecord(did(i));
        f.gateway.followers[10].blocking = true;
        f.gateway.followers[11].muted = true;
        f.gateway.profiles[did(14)].followersCount = 2;
        f.gateway.profiles[did(15)].followersCount = 90000;
        f.gateway.profiles[did(17)].followsCount = 5000;
        f.gateway.profiles[did(18)].createdAtUs = f.clock.nowUs() - 2 * 24 * kHourUs;
        f.gateway.profiles[did(19)].labels = {QStringLiteral("spam")};
        for (int i = 0; i < 30; ++i)
            f.gateway.lastPosts.insert(did(i), i == 20 ? f.clock.nowUs() - 90 * 24 * kHourUs : f.clock.nowUs() - kHourUs);
        f.gateway.followers.append(f.gateway.followers.at(25)); // listed twice across pages

        CampaignFilters filters;
        filters.minFollowers = 10;
        filters.maxFollowers = 10000;
        filters.requireAvatar = true;
        filters.maxFollowRatio = 10;
        filters.minAccountAgeDays = 30;
        filters.excludeLabels = {QStringLiteral("spam")};
        filters.activeWithinDays = 30;
        filters.exclude = {QStringLiteral("@f0012.test"), did(13)};
        auto plan = f.plan(filters);
        QVERIFY2(plan, qPrintable(errorText(plan)));
        QCOMPARE(plan->followers, 30);
        QCOMPARE(plan->targets.size(), 9);
        QCOMPARE(plan->removedBy(QStringLiteral("already-following")), 10);
        QCOMPARE(plan->removedBy(QStringLiteral("blocked")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("muted")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("exclude-list")), 2);
        QCOMPARE(plan->removedBy(QStringLiteral("min-followers")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("max-followers")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("require-avatar")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("max-follow-ratio")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("min-account-age")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("exclude-label")), 1);
        QCOMPARE(plan->removedBy(QStringLiteral("active-within")), 1);
        int sum = 0;
        for (const FilterCount &c : plan->removed)
            sum += c.removed;
        QCOMPARE(sum + int(plan->targets.size()), plan->followers);
        QCOMPARE(plan->estimate.points, 27);
        QVERIFY(plan->toJson().contains("\"candidates\": 9"));
        // Filters survive the round trip through the campaign row.
        auto back = CampaignFilters::fromJson(filters.toJson());
        QVERIFY(back);
        QCOMPARE(back->toJson(), filters.toJson());
    }

    void runFollowsExactlyTheCandidatesOnce()
    {
        Fixture f;
        QVERIFY(f.init(250, 40));
        auto id = f.start();
        QVERIFY2(id, qPrintable(errorText(id)));
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        const RunOutcome out = runToEnd(engine, *id, f.clock);
        QVERIFY(!out.error);
        QCOMPARE(out.last, StepResult::Kind::Finished);
        QCOMPARE(f.gateway.records.size(), 250);
        QVERIFY(f.noDuplicates());
        QCOMPARE(f.gateway.createCalls, 210);
        auto progress = f.control().progress(*id);
        QVERIFY(progress);
        QCOMPARE(toString(progress->campaign.state), toString(CampaignState::Completed));
        QCOMPARE(progress->count(ItemState::Followed), 210);
        QCOMPARE(progress->done, 210);
        QCOMPARE(f.audit.count(QStringLiteral("follow.create"), QStringLiteral("ok")), 210);
        // Every followed item carries the AT-URI of the record it created.
        auto items = f.store->itemsInState(*id, ItemState::Followed);
        QVERIFY(items);
        for (const CampaignItem &item : *items)
            QCOMPARE(f.gateway.records.value(item.followUri), item.targetDid);
    }

    // On a clock that advances between two readings the engine must still write (a write that is
    // allowed "now" is not postponed by the microseconds that passed since).
    void runsOnAClockThatKeepsMoving()
    {
        Fixture f;
        QVERIFY(f.init(20, 0));
        auto id = f.start();
        QVERIFY(id);
        TickingClock ticking(f.clock.nowUs());
        PacerConfig pc;
        pc.minIntervalMs = 0;
        pc.hourlyPoints = 30; // 10 follows, then a real wait
        pc.headroomFraction = 0;
        WritePacer pacer(ticking, pc);
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, ticking);
        int steps = 0;
        int waits = 0;
        for (; steps < 200; ++steps) {
            auto r = engine.step(*id);
            QVERIFY(r);
            if (r->kind == StepResult::Kind::Finished)
                break;
            if (r->kind == StepResult::Kind::Wait) {
                ++waits;
                ticking.setAtLeastUs(r->wakeAtUs);
            }
        }
        QCOMPARE(f.gateway.records.size(), 20);
        QVERIFY(waits <= 2); // the two budget waits, nothing else
        QVERIFY(steps < 40);
    }

    void dryRunWritesNothing()
    {
        Fixture f;
        QVERIFY(f.init(20, 5));
        auto id = f.start({}, true);
        QVERIFY(id);
        QCOMPARE(f.gateway.createCalls, 0);
        QCOMPARE(f.gateway.records.size(), 5);
        auto progress = f.control().progress(*id);
        QVERIFY(progress);
        QVERIFY(progress->campaign.dryRun);
        QCOMPARE(toString(progress->campaign.state), toString(CampaignState::Completed));
        QCOMPARE(progress->count(ItemState::WouldFollow), 15);
        QCOMPARE(f.audit.count(QStringLiteral("campaign.dry_run")), 1);
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        auto r = engine.step(*id);
        QVERIFY(r);
        QCOMPARE(r->kind, StepResult::Kind::Finished);
        QCOMPARE(f.gateway.createCalls, 0);
        // Dry runs do not block a later real plan.
        auto again = f.plan();
        QVERIFY(again);
        QCOMPARE(again->targets.size(), 15);
    }

    void alreadyFollowingAtRunTimeIsSkippedNotRefollowed()
    {
        Fixture f;
        QVERIFY(f.init(10, 0));
        auto id = f.start();
        QVERIFY(id);
        const QString byHand = f.gateway.addRecord(did(3)); // followed by hand after planning
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        QCOMPARE(f.gateway.recordsFor(did(3)), 1);
        QVERIFY(f.noDuplicates());
        auto p = f.control().progress(*id);
        QCOMPARE(p->count(ItemState::SkippedAlreadyFollowing), 1);
        QCOMPARE(p->count(ItemState::Followed), 9);
        // Undo must leave the hand-made follow alone.
        auto undo = f.control().createUndo(*id);
        QVERIFY(undo);
        CampaignEngine undoEngine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(undoEngine, *undo, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 1);
        QVERIFY(f.gateway.records.contains(byHand));
    }

    // Simulated kill -9 at every point of an item's write, for several items: the recovered run
    // ends with exactly the expected follows and never a second record for a target.
    void crashAtEveryStepRecoversExactly_data()
    {
        QTest::addColumn<int>("point");
        QTest::addColumn<int>("item");
        const char *names[] = {"before-inflight-mark", "after-mark-before-send", "after-server-applied",
                               "after-response-before-commit"};
        for (int point = 0; point < 4; ++point)
            for (int item : {0, 7, 19})
                QTest::addRow("%s/item%d", names[point], item) << point << item;
    }
    void crashAtEveryStepRecoversExactly()
    {
        QFETCH(int, point);
        QFETCH(int, item);
        Fixture f;
        QVERIFY(f.init(20, 0));
        auto id = f.start();
        QVERIFY(id);
        const QString victim = did(item);
        switch (point) {
        case 0:
            f.store->crashOnUpdate = [&](const CampaignItem &i) {
                return i.targetDid == victim && i.state == ItemState::Following;
            };
            break;
        case 1:
            f.gateway.beforeCreate = [&](const QString &s) -> std::optional<Error> {
                if (s != victim)
                    return std::nullopt;
                f.crash.crashed = true;
                return Error::network(QStringLiteral("died"));
            };
            break;
        case 2:
            f.gateway.afterCreate = [&](const QString &s) -> std::optional<Error> {
                if (s != victim)
                    return std::nullopt;
                f.crash.crashed = true;
                return Error::network(QStringLiteral("died"));
            };
            break;
        case 3:
            f.store->crashOnUpdate = [&](const CampaignItem &i) {
                return i.targetDid == victim && i.state == ItemState::Followed;
            };
            break;
        }
        {
            WritePacer pacer(f.clock, fastPacer());
            CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
            const RunOutcome out = runToEnd(engine, *id, f.clock, 200);
            QVERIFY(f.crash.crashed);
            Q_UNUSED(out);
        }
        // Restart: a new process, same database and network.
        f.crash.crashed = false;
        f.store->crashOnUpdate = nullptr;
        f.gateway.beforeCreate = nullptr;
        f.gateway.afterCreate = nullptr;
        const int listsBefore = f.gateway.listRecordsCalls;
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        const RunOutcome out = runToEnd(engine, *id, f.clock);
        QVERIFY(!out.error);
        QCOMPARE(out.last, StepResult::Kind::Finished);
        QVERIFY(f.gateway.listRecordsCalls > listsBefore); // reconciled against the repository
        QCOMPARE(f.gateway.records.size(), 20);
        QVERIFY(f.noDuplicates());
        auto p = f.control().progress(*id);
        QCOMPARE(p->count(ItemState::Followed), 20);
        QCOMPARE(p->count(ItemState::Following), 0);
        auto items = f.store->items(*id);
        for (const CampaignItem &i : *items)
            QCOMPARE(f.gateway.records.value(i.followUri), i.targetDid);
    }

    void ambiguousErrorReconcilesBeforeRetrying()
    {
        Fixture f;
        QVERIFY(f.init(5, 0));
        auto id = f.start();
        QVERIFY(id);
        int failures = 0;
        // The server applies the write but the response is lost (timeout), twice.
        f.gateway.afterCreate = [&](const QString &s) -> std::optional<Error> {
            if (s == did(2) && failures < 1) {
                ++failures;
                return Error::timeout(QStringLiteral("timed out"));
            }
            return std::nullopt;
        };
        // And one 502 before applying.
        int bad = 0;
        f.gateway.beforeCreate = [&](const QString &s) -> std::optional<Error> {
            if (s == did(4) && bad < 1) {
                ++bad;
                Error e = Error::make(ErrorCategory::Http, QStringLiteral("bad gateway"), true);
                e.httpStatus = 502;
                return e;
            }
            return std::nullopt;
        };
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 5);
        QVERIFY(f.noDuplicates());
        QCOMPARE(f.gateway.createCalls, 6); // did(2) once (reconciled as existing), did(4) twice
        QCOMPARE(f.audit.count(QStringLiteral("follow.reconcile"), QStringLiteral("exists")), 1);
        QCOMPARE(f.audit.count(QStringLiteral("follow.reconcile"), QStringLiteral("missing")), 1);
    }

    void definiteRefusalFailsTheItemWithReason()
    {
        Fixture f;
        QVERIFY(f.init(3, 0));
        auto id = f.start();
        QVERIFY(id);
        f.gateway.beforeCreate = [&](const QString &s) -> std::optional<Error> {
            if (s != did(1))
                return std::nullopt;
            Error e = Error::make(ErrorCategory::Xrpc, QStringLiteral("Subject not found"));
            e.httpStatus = 400;
            e.xrpcError = QStringLiteral("InvalidRequest");
            return e;
        };
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        auto failed = f.store->itemsInState(*id, ItemState::Failed);
        QCOMPARE(failed->size(), 1);
        QCOMPARE(failed->first().targetDid, did(1));
        QCOMPARE(failed->first().error, QStringLiteral("Subject not found"));
        QCOMPARE(f.audit.count(QStringLiteral("follow.create"), QStringLiteral("failed")), 1);
    }

    void authFailurePausesTheCampaign()
    {
        Fixture f;
        QVERIFY(f.init(3, 0));
        auto id = f.start();
        QVERIFY(id);
        f.gateway.beforeCreate = [](const QString &) -> std::optional<Error> {
            return Error::make(ErrorCategory::Auth, QStringLiteral("session expired"));
        };
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        const RunOutcome out = runToEnd(engine, *id, f.clock);
        QCOMPARE(out.last, StepResult::Kind::Paused);
        auto p = f.control().progress(*id);
        QCOMPARE(toString(p->campaign.state), toString(CampaignState::Paused));
        QCOMPARE(p->count(ItemState::Pending), 3);
        f.gateway.beforeCreate = nullptr;
        QVERIFY(*f.control().resume(*id));
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 3);
    }

    // Small configured budget: the campaign stops when it is spent and goes on exactly when the
    // hour has moved past the first writes; the server (same limit, fixed window) never says 429.
    void budgetPausesAndResumesOnSchedule()
    {
        Fixture f;
        QVERIFY(f.init(25, 0));
        f.gateway.serverLimitPoints = 60;
        PacerConfig pc = fastPacer();
        pc.hourlyPoints = 30;
        pc.headroomFraction = 0;
        auto id = f.start({}, false, pc);
        QVERIFY(id);
        WritePacer pacer(f.clock, pc);
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        const qint64 t0 = f.clock.nowUs();
        QList<qint64> waits;
        for (int i = 0; i < 1000; ++i) {
            auto r = engine.step(*id);
            QVERIFY(r);
            if (r->kind == StepResult::Kind::Finished)
                break;
            if (r->kind == StepResult::Kind::Wait) {
                waits.append(r->wakeAtUs - t0);
                QVERIFY(!r->reason.isEmpty());
                // Just before the wake-up nothing may be written.
                f.clock.setUs(r->wakeAtUs - 1);
                const int before = f.gateway.createCalls;
                auto early = engine.step(*id);
                QVERIFY(early);
                QCOMPARE(early->kind, StepResult::Kind::Wait);
                QCOMPARE(f.gateway.createCalls, before);
                f.clock.setUs(r->wakeAtUs);
            }
        }
        QCOMPARE(waits, (QList<qint64>{kHourUs, 2 * kHourUs}));
        QCOMPARE(f.gateway.records.size(), 25);
        QCOMPARE(f.gateway.rateLimitedResponses, 0);
        auto p = f.control().progress(*id);
        QCOMPARE(toString(p->campaign.state), toString(CampaignState::Completed));
    }

    void serverRateLimitWaitsAndRetriesWithoutDuplicates()
    {
        Fixture f;
        QVERIFY(f.init(12, 0));
        f.gateway.serverLimitPoints = 15; // someone else spent most of the server budget: 5 creates/h
        auto id = f.start();
        QVERIFY(id);
        PacerConfig pc = fastPacer();
        pc.headroomFraction = 0.5; // reserve 50 % of the server limit: stop at remaining < 3 + 8
        WritePacer pacer(f.clock, pc);
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 12);
        QVERIFY(f.noDuplicates());
        // The headers told us to stop before the server had to refuse.
        QCOMPARE(f.gateway.rateLimitedResponses, 0);

        // Without headers a 429 is still handled: wait for Retry-After, item back to pending.
        Fixture g;
        QVERIFY(g.init(8, 0));
        auto id2 = g.start();
        QVERIFY(id2);
        int refused = 0;
        g.gateway.beforeCreate = [&](const QString &s) -> std::optional<Error> {
            if (s != did(3) || refused > 0)
                return std::nullopt;
            ++refused;
            Error e = Error::make(ErrorCategory::RateLimited, QStringLiteral("Rate Limit Exceeded"), true);
            e.httpStatus = 429;
            e.retryAfter = std::chrono::milliseconds(90000);
            return e;
        };
        WritePacer pacer2(g.clock, fastPacer());
        CampaignEngine engine2(*g.store, g.gateway, g.audit, pacer2, g.clock);
        const qint64 t0 = g.clock.nowUs();
        QVERIFY(!runToEnd(engine2, *id2, g.clock).error);
        QVERIFY(g.clock.nowUs() - t0 >= 90LL * 1000 * 1000);
        QCOMPARE(g.gateway.records.size(), 8);
        QVERIFY(g.noDuplicates());
        auto p = g.control().progress(*id2);
        QCOMPARE(p->count(ItemState::Followed), 8);
        // The refused write cost nothing: the budget holds exactly the 8 follows that were made.
        QCOMPARE(pacer2.spentInLastDay(), 8 * 3);
    }

    void pauseResumeCancelStopAfterTheInFlightCall()
    {
        Fixture f;
        QVERIFY(f.init(10, 0));
        auto id = f.start();
        QVERIFY(id);
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        // Pause arrives while the 3rd follow is in flight.
        f.gateway.afterCreate = [&](const QString &s) -> std::optional<Error> {
            if (s == did(2))
                (void)f.control().pause(*id);
            return std::nullopt;
        };
        RunOutcome out = runToEnd(engine, *id, f.clock);
        QCOMPARE(out.last, StepResult::Kind::Paused);
        QCOMPARE(f.gateway.records.size(), 3); // the in-flight call completed and was recorded
        auto p = f.control().progress(*id);
        QCOMPARE(p->count(ItemState::Followed), 3);
        QCOMPARE(toString(p->campaign.state), toString(CampaignState::Paused));
        // Paused stays paused across a restart.
        {
            WritePacer pacer2(f.clock, fastPacer());
            CampaignEngine restarted(*f.store, f.gateway, f.audit, pacer2, f.clock);
            auto r = restarted.step(*id);
            QVERIFY(r);
            QCOMPARE(r->kind, StepResult::Kind::Paused);
        }
        auto unfinished = f.control().unfinishedCampaign(f.gateway.accountDid);
        QCOMPARE(*unfinished, *id);
        QVERIFY(*f.control().resume(*id));
        f.gateway.afterCreate = [&](const QString &s) -> std::optional<Error> {
            if (s == did(5))
                (void)f.control().cancel(*id);
            return std::nullopt;
        };
        out = runToEnd(engine, *id, f.clock);
        QCOMPARE(out.last, StepResult::Kind::Finished);
        p = f.control().progress(*id);
        QCOMPARE(toString(p->campaign.state), toString(CampaignState::Cancelled));
        QCOMPARE(p->count(ItemState::Followed), 6);
        QCOMPARE(p->count(ItemState::Cancelled), 4);
        QCOMPARE(f.gateway.records.size(), 6);
        QCOMPARE(*f.control().unfinishedCampaign(f.gateway.accountDid), 0);
        QVERIFY(!*f.control().resume(*id)); // a cancelled campaign does not come back
    }

    void undoDeletesExactlyTheCampaignsRecords()
    {
        Fixture f;
        QVERIFY(f.init(30, 0));
        // Followed by hand before the campaign (not candidates) and after it.
        const QString manualBefore = f.gateway.addRecord(QStringLiteral("did:plc:friend"));
        auto id = f.start();
        QVERIFY(id);
        WritePacer pacer(f.clock, fastPacer());
        CampaignEngine engine(*f.store, f.gateway, f.audit, pacer, f.clock);
        QVERIFY(!runToEnd(engine, *id, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 31);
        // The user unfollowed f0004 by hand and followed it again (a new record, not ours).
        QString old;
        for (auto it = f.gateway.records.cbegin(); it != f.gateway.records.cend(); ++it)
            if (it.value() == did(4))
                old = it.key();
        f.gateway.records.remove(old);
        const QString refollow = f.gateway.addRecord(did(4));
        const QString manualAfter = f.gateway.addRecord(QStringLiteral("did:plc:other"));
        // Undo of a running campaign is refused; of a finished one accepted, once.
        auto undo = f.control().createUndo(*id);
        QVERIFY2(undo, qPrintable(errorText(undo)));
        QVERIFY(!f.control().createUndo(*id));
        // Crash in the middle of the undo, after the server deleted a record.
        int deletes = 0;
        f.gateway.beforeDelete = [&](const QString &) -> std::optional<Error> {
            if (++deletes == 11) {
                f.crash.crashed = true;
                return Error::network(QStringLiteral("died"));
            }
            return std::nullopt;
        };
        {
            WritePacer p1(f.clock, fastPacer());
            CampaignEngine e1(*f.store, f.gateway, f.audit, p1, f.clock);
            (void)runToEnd(e1, *undo, f.clock, 500);
        }
        f.crash.crashed = false;
        f.gateway.beforeDelete = nullptr;
        WritePacer p2(f.clock, fastPacer());
        CampaignEngine e2(*f.store, f.gateway, f.audit, p2, f.clock);
        QVERIFY(!runToEnd(e2, *undo, f.clock).error);
        QCOMPARE(f.gateway.records.size(), 3);
        QVERIFY(f.gateway.records.contains(manualBefore));
        QVERIFY(f.gateway.records.contains(manualAfter));
        QVERIFY(f.gateway.records.contains(refollow));
        auto row = f.store->campaign(*undo);
        QCOMPARE(toString(row->kind), toString(CampaignKind::Undo));
        QCOMPARE(row->parentId, *id);
        auto p = f.control().progress(*undo);
        QCOMPARE(p->count(ItemState::Unfollowed), 29);
        QCOMPARE(p->count(ItemState::SkippedAlreadyGone), 1);
        // Undone targets are not planned again.
        auto again = f.plan();
        QVERIFY(again);
        QCOMPARE(again->removedBy(QStringLiteral("previously-unfollowed")), 29);
    }

    // Unfollows seen outside campaigns (Jetstream, backfill) count as well: the account's own
    // 'unfollow' events exclude those targets; other accounts' unfollows and plain follows do not.
    void planSkipsAccountsUnfollowedOutsideCampaigns()
    {
        Fixture f;
        QVERIFY(f.init(10, 0));
        QSqlQuery q(f.db.conn->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO follow_events (follower_did, subject_did, kind, rkey, time_us, source) "
                                         "VALUES (?, ?, ?, ?, 1, 'jetstream')")));
        const QList<QStringList> rows = {{f.gateway.accountDid, did(3), QStringLiteral("follow"), QStringLiteral("3a")},
                                         {f.gateway.accountDid, did(3), QStringLiteral("unfollow"), QStringLiteral("3a")},
                                         {f.gateway.accountDid, did(4), QStringLiteral("follow"), QStringLiteral("3b")},
                                         {did(5), did(6), QStringLiteral("unfollow"), QStringLiteral("3c")}};
        for (const QStringList &r : rows) {
            for (int i = 0; i < r.size(); ++i)
                q.bindValue(i, r.at(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto plan = f.plan();
        QVERIFY2(plan, qPrintable(errorText(plan)));
        QCOMPARE(plan->removedBy(QStringLiteral("previously-unfollowed")), 1);
        QCOMPARE(plan->targets.size(), 9);
        for (const auto &t : plan->targets)
            QVERIFY(t.did != did(3));
    }

    void restartSeedsThePacerFromTheDatabase()
    {
        Fixture f;
        QVERIFY(f.init(3, 0));
        AuditRecord r;
        r.accountDid = f.gateway.accountDid;
        r.action = QStringLiteral("follow.create");
        r.result = QStringLiteral("ok");
        r.actor = QStringLiteral("campaign:1");
        // writesSince reads the audit_log table; insert rows the way the audit log stores them.
        QSqlQuery q(f.db.conn->db());
        QVERIFY(q.prepare(QStringLiteral("INSERT INTO audit_log (at_us, actor, account_did, action, target, result, "
                                         "prev_hash, hash) VALUES (?, 'campaign:1', ?, 'follow.create', 'x', 'ok', '', ?)")));
        for (int i = 0; i < 4; ++i) {
            q.bindValue(0, f.clock.nowUs() - 1000 * i);
            q.bindValue(1, f.gateway.accountDid);
            q.bindValue(2, QString::number(i));
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        auto writes = f.store->writesSince(f.gateway.accountDid, f.clock.nowUs() - 24 * kHourUs);
        QVERIFY(writes);
        QCOMPARE(writes->size(), 4);
        PacerConfig pc = fastPacer();
        pc.hourlyPoints = 12;
        pc.headroomFraction = 0;
        WritePacer pacer(f.clock, pc);
        pacer.seed(*writes);
        QVERIFY(pacer.earliestAllowedUs(3) > f.clock.nowUs());
    }
};

QTEST_GUILESS_MAIN(TestCampaignEngine)
#include "tst_campaign_engine.moc"
