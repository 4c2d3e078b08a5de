// The Campaigns page driven like a user: plan with filters, preview, dry run, start, pause while
// the budget is spent, resume, undo; against the real worker thread, a real SQLite database and an
// in-memory AT Protocol network. Time is a ManualClock shared with the worker.

#include "CampaignTestDb.h"
#include "FakeNetwork.h"

#include "campaigns/CampaignService.h"
#include "campaigns/CampaignTargetsModel.h"
#include "pages/CampaignsPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include <atomic>

using namespace ge;
using namespace ge::campaigns;
using namespace ge::campaigns::test;

namespace {

QString did(int i)
{
    return QStringLiteral("did:plc:f%1").arg(i, 4, 10, QLatin1Char('0'));
}

} // namespace

class TestCampaignsPage : public QObject
{
    Q_OBJECT

    struct Env
    {
        ManualClock clock;
        TestDb db;
        std::atomic<FakeGateway *> gateway{nullptr};
        std::unique_ptr<CampaignService> service;
        std::unique_ptr<ui::CampaignsPage> page;

        bool init(int hourlyPoints)
        {
            if (!db.open(QStringLiteral("page-main")))
                return false;
            CampaignWorkerConfig config;
            config.database = storage::DatabaseConfig::sqlite(db.path());
            config.lockDir = db.dir.path();
            config.pacer.minIntervalMs = 0;
            config.pacer.headroomFraction = 0;
            config.pacer.hourlyPoints = hourlyPoints;
            config.pollMs = 10;
            auto factory = [this](const QString &) -> Result<std::unique_ptr<FollowGateway>> {
                auto g = std::make_unique<FakeGateway>(clock);
                for (int i = 0; i < 12; ++i)
                    g->addFollower(did(i), i < 2 ? 3 : 200);
                g->addRecord(did(11)); // already followed back
                gateway = g.get();
                return std::unique_ptr<FollowGateway>(std::move(g));
            };
            service = std::make_unique<CampaignService>(config, factory, clock);
            ui::UiContext ctx;
            ctx.campaigns = service.get();
            ctx.clock = &clock;
            page = std::make_unique<ui::CampaignsPage>(ctx);
            page->setConfirmActions(false);
            service->start();
            return true;
        }
        ~Env()
        {
            page.reset();
            if (service)
                service->stop();
        }
        template <typename T>
        T *child(const char *name) const
        {
            return page->findChild<T *>(QString::fromLatin1(name));
        }
        int removedCount(const QString &id) const
        {
            auto *t = child<QTableWidget>("removedTable");
            for (int r = 0; r < t->rowCount(); ++r)
                if (t->item(r, 1)->data(Qt::UserRole).toString() == id)
                    return t->item(r, 1)->text().toInt();
            return -1;
        }
        int count(ItemState s) const { return page->lastProgress() ? page->lastProgress()->count(s) : -1; }
        QString state() const
        {
            return page->lastProgress() ? toString(page->lastProgress()->campaign.state) : QStringLiteral("none");
        }
    };

private Q_SLOTS:
    void previewDryRunStartUndo()
    {
        Env e;
        QVERIFY(e.init(5000));
        e.child<QLineEdit>("campaignAccount")->setText(QStringLiteral("self.test"));
        e.child<QSpinBox>("minFollowers")->setValue(10);
        QTest::mouseClick(e.child<QPushButton>("previewButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.page->previewModel()->rowCount(), 9, 10000);
        QCOMPARE(e.removedCount(QStringLiteral("already-following")), 1);
        QCOMPARE(e.removedCount(QStringLiteral("min-followers")), 2);
        QVERIFY(e.child<QLabel>("planSummary")->text().contains(QStringLiteral("27")));

        QTest::mouseClick(e.child<QPushButton>("dryRunButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::WouldFollow), 9, 10000);
        QVERIFY(e.page->lastProgress()->campaign.dryRun);
        QCOMPARE(e.gateway.load()->createCalls, 0);

        QTest::mouseClick(e.child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), toString(CampaignState::Completed), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::Followed), 9, 10000);
        QCOMPARE(e.gateway.load()->records.size(), 10);
        QTRY_COMPARE_WITH_TIMEOUT(e.page->itemsModel()->rowCount(), 9, 10000);

        QTRY_VERIFY(e.child<QPushButton>("undoButton")->isEnabled());
        QTest::mouseClick(e.child<QPushButton>("undoButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::Unfollowed), 9, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), toString(CampaignState::Completed), 10000);
        QCOMPARE(toString(e.page->lastProgress()->campaign.kind), toString(CampaignKind::Undo));
        QCOMPARE(e.gateway.load()->records.size(), 1); // only the follow that existed before
    }

    void budgetPauseThenUserPauseAndResume()
    {
        Env e;
        QVERIFY(e.init(9)); // 3 follows per hour
        e.child<QLineEdit>("campaignAccount")->setText(QStringLiteral("self.test"));
        QTest::mouseClick(e.child<QPushButton>("startButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::Followed), 3, 10000);
        QCOMPARE(e.state(), toString(CampaignState::Running));
        QTRY_VERIFY_WITH_TIMEOUT(e.child<QLabel>("campaignTiming")->text().contains(QStringLiteral("budget")), 10000);
        QTRY_VERIFY(e.child<QPushButton>("pauseButton")->isEnabled());
        QTest::mouseClick(e.child<QPushButton>("pauseButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), toString(CampaignState::Paused), 10000);
        e.clock.advanceMs(3600 * 1000); // the budget refills, but the user paused
        QTest::qWait(200);
        QCOMPARE(e.count(ItemState::Followed), 3);
        QTRY_VERIFY(e.child<QPushButton>("resumeButton")->isEnabled());
        QTest::mouseClick(e.child<QPushButton>("resumeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::Followed), 6, 10000);
        e.clock.advanceMs(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(e.count(ItemState::Followed), 9, 10000);
        e.clock.advanceMs(3600 * 1000);
        QTRY_COMPARE_WITH_TIMEOUT(e.state(), toString(CampaignState::Completed), 10000);
        QCOMPARE(e.count(ItemState::Followed), 11);
        QCOMPARE(e.gateway.load()->rateLimitedResponses, 0);
    }

    void followBackSelectionFromAudience()
    {
        Env e;
        QVERIFY(e.init(5000));
        e.page->followBackSelected(QStringLiteral("did:plc:self"), {did(3), did(4), did(11)});
        QTRY_COMPARE_WITH_TIMEOUT(e.page->previewModel()->rowCount(), 2, 10000);
        QCOMPARE(e.removedCount(QStringLiteral("already-following")), 1);
        QCOMPARE(e.removedCount(QStringLiteral("not-selected")), 9);
        QCOMPARE(e.page->filters().onlyDids.size(), 3);
    }
};

QTEST_MAIN(TestCampaignsPage)
#include "tst_campaigns_page.moc"
