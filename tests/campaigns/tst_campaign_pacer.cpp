#include "campaigns/WritePacer.h"
#include "core/Clock.h"

#include <QTest>

using namespace ge;
using namespace ge::campaigns;

namespace {
constexpr qint64 kSecUs = 1000LL * 1000;
constexpr qint64 kHourUs = 3600 * kSecUs;
}

class TestCampaignPacer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void budgetIsLimitMinusHeadroom()
    {
        PacerConfig c;
        QCOMPARE(c.hourlyBudget(), 4500);
        QCOMPARE(c.dailyBudget(), 31500);
        c.headroomFraction = 0;
        QCOMPARE(c.hourlyBudget(), 5000);
    }

    void hourlyBudgetPausesUntilTheOldestWriteLeavesTheWindow()
    {
        ManualClock clock;
        PacerConfig c;
        c.hourlyPoints = 30;
        c.headroomFraction = 0;
        c.minIntervalMs = 0;
        WritePacer pacer(clock, c);
        const qint64 t0 = clock.nowUs();
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs());
            pacer.recordSpend(3, clock.nowUs());
            clock.advanceMs(1000);
        }
        // 30 points spent at t0 .. t0+9s: the 11th write may go when the first leaves the hour.
        QCOMPARE(pacer.earliestAllowedUs(3), t0 + kHourUs);
        QVERIFY(!pacer.waitReason(3).isEmpty());
        QCOMPARE(pacer.spentInLastHour(), 30);
        clock.setUs(t0 + kHourUs - 1);
        QVERIFY(pacer.earliestAllowedUs(3) > clock.nowUs());
        clock.setUs(t0 + kHourUs);
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs());
        QVERIFY(pacer.waitReason(3).isEmpty());
        // A delete (1 point) fits where a create (3) does not.
        pacer.recordSpend(3, clock.nowUs());
        clock.advanceMs(500);
        QCOMPARE(pacer.earliestAllowedUs(3), t0 + kHourUs + 1 * kSecUs);
    }

    void dailyBudgetBindsAfterManyHours()
    {
        ManualClock clock;
        PacerConfig c;
        c.hourlyPoints = 30;
        c.dailyPoints = 60;
        c.headroomFraction = 0;
        c.minIntervalMs = 0;
        WritePacer pacer(clock, c);
        const qint64 t0 = clock.nowUs();
        int writes = 0;
        for (int guard = 0; guard < 100; ++guard) {
            const qint64 at = pacer.earliestAllowedUs(3);
            if (at - t0 >= 24 * kHourUs)
                break;
            clock.setUs(std::max(clock.nowUs(), at));
            pacer.recordSpend(3, clock.nowUs());
            ++writes;
        }
        QCOMPARE(writes, 20); // 60 points a day = 20 creates, whatever the hourly budget allows
        QCOMPARE(pacer.earliestAllowedUs(3), t0 + 24 * kHourUs);
    }

    void userMaxPaceSpacesWrites()
    {
        ManualClock clock;
        PacerConfig c;
        c.maxWritesPerHour = 60;
        WritePacer pacer(clock, c);
        pacer.recordSpend(3, clock.nowUs());
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs() + 60 * kSecUs);
        pacer.setMaxWritesPerHour(0);
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs() + 250 * 1000); // the floor between writes
    }

    void serverHeadersWithLittleRemainingWaitForReset()
    {
        ManualClock clock;
        PacerConfig c;
        c.minIntervalMs = 0;
        WritePacer pacer(clock, c);
        ServerRateLimit s;
        s.limit = 100;
        s.remaining = 12; // reserve 10 % of 100 = 10, a create needs 3 + 10
        s.resetUs = clock.nowUs() + 120 * kSecUs;
        pacer.applyServerLimit(s);
        QCOMPARE(pacer.earliestAllowedUs(3), s.resetUs);
        QCOMPARE(pacer.earliestAllowedUs(1), clock.nowUs()); // a delete still fits
        clock.setUs(s.resetUs);
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs());
        // Headers absent: nothing changes.
        pacer.applyServerLimit(ServerRateLimit{});
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs());
    }

    void retryAfterBlocks()
    {
        ManualClock clock;
        WritePacer pacer(clock, PacerConfig{});
        pacer.applyRetryAfter(clock.nowUs() + 30 * kSecUs);
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs() + 30 * kSecUs);
    }

    void budgetSmallerThanOneWriteIsNever()
    {
        ManualClock clock;
        PacerConfig c;
        c.hourlyPoints = 2;
        c.headroomFraction = 0;
        WritePacer pacer(clock, c);
        QVERIFY(pacer.earliestAllowedUs(3) > clock.nowUs() + 1000 * 24 * kHourUs);
    }

    void estimateMatchesTheSimulatedSchedule()
    {
        ManualClock clock;
        PacerConfig c;
        c.hourlyPoints = 30;
        c.headroomFraction = 0;
        c.minIntervalMs = 0;
        WritePacer pacer(clock, c);
        // 25 creates, 10 per hour: writes 1-10 now, 11-20 after 1 h, 21-25 after 2 h.
        QCOMPARE(pacer.estimateFinishUs(25, 3), clock.nowUs() + 2 * kHourUs);
        QCOMPARE(pacer.estimateFinishUs(10, 3), clock.nowUs());
        // The default budget: 1,500 creates an hour; 3,000 creates take one hour.
        WritePacer real(clock, PacerConfig{});
        const qint64 finish = real.estimateFinishUs(3000, 3);
        QVERIFY(finish >= clock.nowUs() + kHourUs);
        QVERIFY(finish < clock.nowUs() + kHourUs + 20 * 60 * kSecUs);
    }

    void seedRestoresWindowsAfterRestart()
    {
        ManualClock clock;
        PacerConfig c;
        c.hourlyPoints = 30;
        c.headroomFraction = 0;
        c.minIntervalMs = 0;
        WritePacer pacer(clock, c);
        QList<QPair<qint64, int>> spends;
        for (int i = 0; i < 10; ++i)
            spends.append({clock.nowUs() - 10 * 60 * kSecUs + i, 3});
        pacer.seed(spends);
        QCOMPARE(pacer.spentInLastHour(), 30);
        QCOMPARE(pacer.earliestAllowedUs(3), clock.nowUs() + 50 * 60 * kSecUs);
    }
};

QTEST_GUILESS_MAIN(TestCampaignPacer)
#include "tst_campaign_pacer.moc"
