// Scheduled reports (ManualClock, real runner thread, real fixture database) and the Reports page.
#include "ReportFixture.h"

#include "core/Clock.h"
#include "pages/ReportsPage.h"
#include "reports/ReportRunner.h"
#include "reports/ReportScheduler.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace ge;
using namespace ge::reports;

namespace {
qint64 usAt(int y, int m, int d, int h = 9)
{
    return QDateTime(QDate(y, m, d), QTime(h, 0), QTimeZone::utc()).toMSecsSinceEpoch() * 1000;
}
} // namespace

class TestReportSchedule : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dataDir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GrowthEngineTest"_s);
        QCoreApplication::setApplicationName(u"tst_report_schedule"_s);
        QVERIFY(m_dir.isValid());
        m_dataDir = m_dir.filePath(u"data"_s);
        QVERIFY(QDir().mkpath(m_dataDir));
        const QString err = test::ReportFixture::create(m_dataDir + u"/growth-engine.sqlite"_s);
        QVERIFY2(err.isEmpty(), qPrintable(err));
    }

    void periods()
    {
        ReportSchedule s;
        s.frequency = ScheduleFrequency::Weekly;
        s.folder = u"/tmp"_s;
        // Wednesday 2026-03-04: last full week is Mon 2026-02-23 .. Sun 2026-03-01.
        QCOMPARE(s.latestPeriod(QDate(2026, 3, 4)).from, QDate(2026, 2, 23));
        QCOMPARE(s.latestPeriod(QDate(2026, 3, 4)).to, QDate(2026, 3, 1));
        // On a Monday the week that just ended is due.
        QCOMPARE(s.latestPeriod(QDate(2026, 3, 2)).to, QDate(2026, 3, 1));
        s.frequency = ScheduleFrequency::Monthly;
        QCOMPARE(s.latestPeriod(QDate(2026, 3, 1)).from, QDate(2026, 2, 1));
        QCOMPARE(s.latestPeriod(QDate(2026, 3, 31)).to, QDate(2026, 2, 28));
        QCOMPARE(s.latestPeriod(QDate(2026, 1, 15)).from, QDate(2025, 12, 1));
        QVERIFY(s.isDue(QDate(2026, 3, 5)));
        s.lastPeriodEnd = QDate(2026, 2, 28);
        QVERIFY(!s.isDue(QDate(2026, 3, 31)));
        QVERIFY(s.isDue(QDate(2026, 4, 1)));
        s.format = u"csv"_s;
        QCOMPARE(s.fileName({QDate(2026, 2, 1), QDate(2026, 2, 28)}), u"growth-report_2026-02-01_2026-02-28.zip"_s);
        s.frequency = ScheduleFrequency::Off;
        QVERIFY(!s.isDue(QDate(2026, 4, 1)));
        QVERIFY(scheduleFrequencyFromString(u"weekly"_s) == ScheduleFrequency::Weekly);
        QCOMPARE(toString(ScheduleFrequency::Monthly), u"monthly"_s);
    }

    void schedulerWritesDueReportsOnce()
    {
        ManualClock clock(usAt(2026, 3, 5));
        QThread thread;
        auto *runner = new ReportRunner;
        runner->moveToThread(&thread);
        connect(&thread, &QThread::finished, runner, &QObject::deleteLater);
        thread.start();
        ReportScheduler scheduler(clock, storage::DatabaseConfig::sqlite(m_dataDir + u"/growth-engine.sqlite"_s));
        connect(&scheduler, &ReportScheduler::runRequested, runner, &ReportRunner::run, Qt::QueuedConnection);
        connect(runner, &ReportRunner::finished, &scheduler, &ReportScheduler::onFinished, Qt::QueuedConnection);
        QSignalSpy written(&scheduler, &ReportScheduler::reportWritten);
        QSignalSpy changed(&scheduler, &ReportScheduler::scheduleChanged);

        ReportSchedule s;
        s.frequency = ScheduleFrequency::Monthly;
        s.folder = m_dir.filePath(u"scheduled"_s);
        s.format = u"json"_s;
        s.accounts = {u"alice.test"_s};
        scheduler.setSchedule(s);

        QVERIFY(scheduler.checkNow());
        QVERIFY(!scheduler.checkNow()); // already running
        QVERIFY(written.wait(60000));
        const QString file = s.folder + u"/growth-report_2026-02-01_2026-02-28.json"_s;
        QCOMPARE(written.first().first().toString(), file);
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(scheduler.schedule().lastPeriodEnd, QDate(2026, 2, 28));
        // Same month: nothing more to do.
        clock.setUs(usAt(2026, 3, 20));
        QVERIFY(!scheduler.checkNow());
        // Next month: March is due.
        clock.setUs(usAt(2026, 4, 1));
        QVERIFY(scheduler.checkNow());
        QVERIFY(written.wait(60000));
        QVERIFY(QFileInfo::exists(s.folder + u"/growth-report_2026-03-01_2026-03-31.json"_s));
        thread.quit();
        thread.wait();
    }

    void schedulerReportsAnUnusableFolder()
    {
        ManualClock clock(usAt(2026, 3, 5));
        QFile blocker(m_dir.filePath(u"blocker"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ReportScheduler scheduler(clock, storage::DatabaseConfig::sqlite(m_dataDir + u"/growth-engine.sqlite"_s));
        QSignalSpy failed(&scheduler, &ReportScheduler::reportFailed);
        QSignalSpy requested(&scheduler, &ReportScheduler::runRequested);
        ReportSchedule s;
        s.frequency = ScheduleFrequency::Weekly;
        s.folder = m_dir.filePath(u"blocker/sub"_s);
        scheduler.setSchedule(s);
        QVERIFY(!scheduler.checkNow());
        QCOMPARE(failed.size(), 1);
        QCOMPARE(requested.size(), 0);
        QVERIFY(!scheduler.schedule().lastPeriodEnd.isValid());
    }

    void failedRunDoesNotAdvanceTheSchedule()
    {
        ManualClock clock(usAt(2026, 3, 5));
        ReportScheduler scheduler(clock, storage::DatabaseConfig::sqlite(m_dataDir + u"/growth-engine.sqlite"_s));
        ReportSchedule s;
        s.frequency = ScheduleFrequency::Weekly;
        s.folder = m_dir.filePath(u"weekly"_s);
        scheduler.setSchedule(s);
        QSignalSpy failed(&scheduler, &ReportScheduler::reportFailed);
        QVERIFY(scheduler.checkNow());
        ReportResult r;
        r.ok = false;
        r.message = u"disk full"_s;
        scheduler.onFinished(r);
        QCOMPARE(failed.size(), 1);
        QVERIFY(!scheduler.schedule().lastPeriodEnd.isValid());
        QVERIFY(scheduler.checkNow()); // tried again
    }

    // The schedule covers every tracked account by default; the Reports page lets the user pick
    // some instead. The choice reaches the scheduler, is saved in the settings and comes back
    // (checked in the list) when the page is opened again.
    void reportsPageChoosesScheduleAccounts()
    {
        QSettings().remove(u"reports/schedule"_s);
        ManualClock clock(usAt(2026, 3, 5));
        ui::UiContext ctx;
        ctx.dataDir = m_dataDir;
        ctx.clock = &clock;
        const QString alice = QString::fromLatin1(test::ReportFixture::kAliceDid);
        const QString quiet = QString::fromLatin1(test::ReportFixture::kQuietDid);
        {
            ui::ReportsPage page(ctx);
            QSignalSpy loaded(&page, &ui::ReportsPage::accountsLoaded);
            QVERIFY(loaded.wait(30000));
            auto *all = page.findChild<QCheckBox *>(u"scheduleAllAccounts"_s);
            auto *list = page.findChild<QListWidget *>(u"scheduleAccounts"_s);
            QVERIFY(all && list);
            QVERIFY(all->isChecked()); // default: every tracked account
            QVERIFY(!list->isEnabled());
            QVERIFY(page.scheduler()->schedule().accounts.isEmpty());
            QCOMPARE(list->count(), 2);

            all->setChecked(false);
            QVERIFY(list->isEnabled());
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->toolTip() == quiet)
                    list->item(i)->setCheckState(Qt::Checked);
            }
            QCOMPARE(page.scheduler()->schedule().accounts, QStringList{quiet});
            QCOMPARE(QSettings().value(u"reports/schedule/accounts"_s).toStringList(), QStringList{quiet});
        }
        {
            ui::ReportsPage page(ctx);
            QSignalSpy loaded(&page, &ui::ReportsPage::accountsLoaded);
            QVERIFY(loaded.wait(30000));
            auto *all = page.findChild<QCheckBox *>(u"scheduleAllAccounts"_s);
            auto *list = page.findChild<QListWidget *>(u"scheduleAccounts"_s);
            QVERIFY(!all->isChecked());
            QCOMPARE(page.scheduler()->schedule().accounts, QStringList{quiet});
            for (int i = 0; i < list->count(); ++i) {
                const bool isQuiet = list->item(i)->toolTip() == quiet;
                QVERIFY(isQuiet || list->item(i)->toolTip() == alice);
                QCOMPARE(list->item(i)->checkState(), isQuiet ? Qt::Checked : Qt::Unchecked);
            }
            // Back to all accounts.
            all->setChecked(true);
            QVERIFY(page.scheduler()->schedule().accounts.isEmpty());
            QVERIFY(QSettings().value(u"reports/schedule/accounts"_s).toStringList().isEmpty());
        }
        QSettings().remove(u"reports/schedule"_s);
    }

    void reportsPageExportsAndPreviews()
    {
        ManualClock clock(usAt(2026, 3, 5));
        ui::UiContext ctx;
        ctx.dataDir = m_dataDir;
        ctx.clock = &clock;
        ui::ReportsPage page(ctx);
        page.resize(1100, 700);
        page.show();
        QSignalSpy loaded(&page, &ui::ReportsPage::accountsLoaded);
        QVERIFY(loaded.wait(30000));
        QCOMPARE(loaded.first().first().toInt(), 2);
        // Own accounts start checked.
        QCOMPARE(page.selectedAccounts(), QStringList{QString::fromLatin1(test::ReportFixture::kAliceDid)});
        // "Last full month" as of 2026-03-05.
        auto *preset = page.findChild<QComboBox *>(u"reportPreset"_s);
        QVERIFY(preset);
        preset->setCurrentIndex(2);
        QCOMPARE(page.selectedPeriod().from, QDate(2026, 2, 1));
        QCOMPARE(page.selectedPeriod().to, QDate(2026, 2, 28));

        QSignalSpy preview(&page, &ui::ReportsPage::previewReady);
        page.preview();
        QVERIFY(preview.wait(60000));
        QVERIFY(preview.first().first().toBool());
        auto *previewText = page.findChild<QLabel *>(u"reportPreviewText"_s);
        QVERIFY(previewText->text().contains(u"@alice.test"_s));
        auto *previewImage = page.findChild<QLabel *>(u"reportPreviewImage"_s);
        QVERIFY(!previewImage->pixmap().isNull());
        const QString shot = qEnvironmentVariable("GE_REPORT_ARTIFACTS");
        if (!shot.isEmpty())
            page.grab().save(shot + u"/reports-page.png"_s);

        auto *format = page.findChild<QComboBox *>(u"reportFormat"_s);
        format->setCurrentIndex(format->findData(u"json"_s));
        QSignalSpy done(&page, &ui::ReportsPage::exportFinished);
        const QString out = m_dir.filePath(u"page-export.json"_s);
        page.exportTo(out);
        QVERIFY(done.wait(60000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(page.findChild<QProgressBar *>(u"reportProgress"_s)->value(), 100);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(f.readAll()).object().value(u"period"_s).toObject().value(u"to"_s).toString(),
                 u"2026-02-28"_s);

        // Unwritable target: the page reports the failure.
        done.clear();
        page.exportTo(m_dir.filePath(u"blocker/x.json"_s));
        QVERIFY(done.wait(60000));
        QVERIFY(!done.first().first().toBool());

        // No account chosen: refused at once.
        auto *accounts = page.findChild<QListWidget *>(u"reportAccounts"_s);
        for (int i = 0; i < accounts->count(); ++i)
            accounts->item(i)->setCheckState(Qt::Unchecked);
        done.clear();
        page.exportTo(out);
        QCOMPARE(done.size(), 1);
        QVERIFY(!done.first().first().toBool());
    }
};

QTEST_MAIN(TestReportSchedule)
#include "tst_report_schedule.moc"
