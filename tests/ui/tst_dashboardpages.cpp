#include "BreakerModel.h"
#include "CollectorModel.h"
#include "FixtureDb.h"
#include "StatusHistoryModel.h"
#include "charts/StatusBandChart.h"
#include "pages/HealthPage.h"
#include "HealthModel.h"
#include "LogModel.h"
#include "AudienceModel.h"
#include "AccountSummaryModel.h"
#include "MainWindow.h"
#include "Theme.h"
#include "TrayNotifier.h"
#include "analytics/AnalyticsService.h"
#include "charts/TimeChart.h"
#include "core/Clock.h"
#include "feeds/ReliabilityFeeds.h"
#include "pages/AudiencePage.h"
#include "pages/BreakersPage.h"
#include "pages/GrowthPage.h"
#include "pages/LogsPage.h"
#include "pages/OverviewPage.h"
#include "pages/SettingsPage.h"
#include "reliability/BreakerRegistry.h"
#include "widgets/KpiCard.h"
#include "widgets/StatusBadge.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QProcess>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QSet>
#include <QThread>
#include <QTimeZone>
#include <QtTest>

using namespace ge;
using namespace ge::ui;
using namespace Qt::StringLiterals;

namespace {

// Writes engagement rows into the database from its own thread and connection, as the
// storage writer does while collectors ingest, so readers and the GUI run beside a writer.
class IngestThread : public QThread
{
public:
    IngestThread(QString path, QString did, qint64 nowUs) : m_path(std::move(path)), m_did(std::move(did)), m_now(nowUs) {}
    std::atomic<bool> stop{false};
    std::atomic<qint64> written{0};

protected:
    void run() override
    {
        const QString name = u"ingest"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            db.setDatabaseName(m_path);
            db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
            if (!db.open())
                return;
            QSqlQuery(db).exec(u"PRAGMA journal_mode = WAL"_s);
            qint64 n = 0;
            while (!stop.load()) {
                db.transaction();
                QSqlQuery q(db);
                q.prepare(u"INSERT INTO engagement_events (actor_did, collection, rkey, kind, subject_uri, subject_did, time_us) VALUES (?, 'app.bsky.feed.like', ?, 'like', ?, ?, ?)"_s);
                for (int i = 0; i < 2000; ++i, ++n) {
                    q.addBindValue(u"did:plc:live%1"_s.arg(n));
                    q.addBindValue(u"l%1"_s.arg(n));
                    q.addBindValue(u"at://%1/app.bsky.feed.post/live"_s.arg(m_did));
                    q.addBindValue(m_did);
                    q.addBindValue(m_now - 1000 - n);
                    q.exec();
                }
                db.commit();
                written.store(n);
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

private:
    QString m_path, m_did;
    qint64 m_now;
};

// Measures the longest gap between event-loop iterations (a 1 ms timer).
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_max = std::max(m_max, now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    double maxStallMs() const { return double(m_max) / 1e6; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_max = 0;
};

void fillLiveModels(const Clock &clock, models::HealthModel &health, models::BreakerModel &breakers,
                    models::CollectorModel &collectors, models::LogModel &logs)
{
    using namespace ge::models;
    const qint64 now = clock.nowUs();
    health.upsert({u"jetstream"_s, u"Jetstream"_s, HealthStatus::Up, 38, now - 4'000'000, {}, u"wss://jetstream2.us-east.bsky.network"_s});
    health.upsert({u"appview"_s, u"AppView"_s, HealthStatus::Up, 112, now - 9'000'000, {}, u"https://public.api.bsky.app"_s});
    health.upsert({u"pds:bsky.social"_s, u"PDS bsky.social"_s, HealthStatus::Degraded, 940, now - 12'000'000, u"slow response (940 ms)"_s, {}});
    health.upsert({u"plc"_s, u"PLC directory"_s, HealthStatus::Up, 64, now - 30'000'000, {}, {}});
    health.upsert({u"database"_s, u"Database"_s, HealthStatus::Up, 2, now - 2'000'000, {}, u"WAL, 1.2 GB"_s});
    health.upsert({u"keychain"_s, u"Keychain"_s, HealthStatus::Unknown, -1, 0, u"not checked yet"_s, {}});
    health.flush();
    for (int i = 0; i < 40; ++i) { // some history
        health.upsert({u"appview"_s, u"AppView"_s, HealthStatus::Up, 90 + (i * 37) % 60, now - (40 - i) * 60'000'000LL, {}, {}});
        health.upsert({u"jetstream"_s, u"Jetstream"_s, HealthStatus::Up, 30 + (i * 13) % 25, now - (40 - i) * 60'000'000LL, {}, {}});
        health.flush();
    }
    BreakerRow b1{u"appview"_s, BreakerState::Closed, 0.05, 1840, 92, 4, 0, now - 3'600'000'000LL, u"http 502"_s, 0};
    BreakerRow b2{u"pds"_s, BreakerState::Open, 0.6, 120, 80, 11, 35, now - 8'000'000, u"timeout after 15000 ms"_s, now + 22'000'000};
    BreakerRow b3{u"plc"_s, BreakerState::HalfOpen, 0.2, 300, 12, 0, 3, now - 60'000'000, u"connection refused"_s, 0};
    BreakerRow b4{u"jetstream"_s, BreakerState::Closed, 0, 52, 0, 0, 0, 0, {}, 0};
    for (const auto &b : {b1, b2, b3, b4})
        breakers.upsert(b);
    breakers.flush();
    breakers.addTransition({u"pds"_s, BreakerState::Closed, BreakerState::Open, u"5 consecutive failures"_s, now - 8'000'000});
    breakers.addTransition({u"plc"_s, BreakerState::Open, BreakerState::HalfOpen, u"wait in open elapsed"_s, now - 5'000'000});
    CollectorRow c1{u"jetstream"_s, CollectorState::Running, u"wss://jetstream2.us-east.bsky.network/subscribe"_s, 2450, 420, 180, 10000, 1, 18342, 9'120'000, -1, -1, {}};
    CollectorRow c2{u"backfill:account0.test"_s, CollectorState::Backfilling, u"https://public.api.bsky.app"_s, 95, -1, 0, 0, 0, 41'200, 41'200, 0.62, 184, {}};
    collectors.upsert(c1);
    collectors.upsert(c2);
    collectors.flush();
    const QStringList cats = {u"ge.collectors"_s, u"ge.storage"_s, u"ge.reliability"_s, u"ge.atproto"_s};
    for (int i = 0; i < 60; ++i) {
        LogRecord r;
        r.timeUs = now - (60 - i) * 1'000'000LL;
        r.level = i % 17 == 0 ? u"warning"_s : i % 29 == 0 ? u"critical"_s : u"info"_s;
        r.category = cats.at(i % cats.size());
        r.message = i % 17 == 0 ? u"PDS responded slowly (%1 ms)"_s.arg(800 + i) : u"committed batch of %1 events (cursor %2)"_s.arg(200 + i).arg(now - i);
        r.correlationId = u"c%1"_s.arg(i / 5);
        logs.append(r);
    }
    logs.flush();
}

} // namespace

class TestDashboardPages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QCoreApplication::setOrganizationName(u"GrowthEngineTest"_s);
        QCoreApplication::setApplicationName(u"tst_dashboardpages"_s);
        m_empty = m_dir.filePath(u"empty.sqlite"_s);
        QVERIFY(test::createEmptyDb(m_empty).ok());
        m_seeded = m_dir.filePath(u"seeded.sqlite"_s);
        QElapsedTimer t;
        t.start();
        // Generated 365 days x 3 accounts, the last day's health checks, and the real Jetstream
        // captures replayed through the product's parser, filter and writer.
        m_spec.capturesDir = test::FixtureSpec::defaultCapturesDir();
        m_spec.healthHistory = true;
        QVERIFY2(!m_spec.capturesDir.isEmpty(), "GE_TEST_DATA_DIR is not set");
        auto info = test::createFixtureDb(m_seeded, m_spec);
        QVERIFY2(info.ok(), qPrintable(info.ok() ? QString() : info.error().message + u' ' + info.error().detail));
        m_info = *info;
        qInfo("fixture: %lld follow events, %lld engagement events, built in %lld ms", m_info.followEvents,
              m_info.engagementEvents, t.elapsed());
        qInfo("replayed %d real captures: %lld lines, %lld events, %lld matched, %lld unreadable; %lld health checks",
              m_info.replayedFiles, m_info.replayedLines, m_info.replayedEvents, m_info.replayedMatched,
              m_info.replayedUnreadable, m_info.healthChecks);
        QVERIFY(m_info.replayedFiles >= 5);
        QVERIFY(m_info.replayedEvents > 0);
        QVERIFY(m_info.replayedMatched > 0);
        QCOMPARE(m_info.replayedUnreadable, 0);
        QVERIFY(m_info.healthChecks > 0);
    }

    void everyPageLoads_data()
    {
        QTest::addColumn<bool>("seeded");
        QTest::newRow("empty database") << false;
        QTest::newRow("seeded database") << true;
    }

    void everyPageLoads()
    {
        QFETCH(bool, seeded);
        ManualClock clock(m_spec.nowUs);
        analytics::AnalyticsService svc(seeded ? m_seeded : m_empty, clock);
        UiContext ctx;
        ctx.clock = &clock;
        ctx.analytics = &svc;
        ctx.dataDir = m_dir.path();
        MainWindow window(ctx);
        window.resize(1440, 900);
        window.showPage(u"overview"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *overview = window.pageAs<OverviewPage>(u"overview"_s);
        QTRY_VERIFY_WITH_TIMEOUT(overview->hasData(), 20000);
        auto *followers = overview->findChildren<KpiCard *>().first();
        if (seeded) {
            QCOMPARE(overview->summaryModel()->rowCount(), 4); // all + 3 accounts
            QVERIFY(followers->value() != u"–"_s);
        } else {
            QCOMPARE(overview->summaryModel()->rowCount(), 0);
            QCOMPARE(followers->value(), u"–"_s);
        }
        for (const QString &id : MainWindow::pageIds()) {
            window.showPage(id);
            QCOMPARE(window.currentPageId(), id);
            QVERIFY(window.page(id)->isVisible());
            QApplication::processEvents();
        }
        auto *growth = window.pageAs<GrowthPage>(u"growth"_s);
        QTRY_VERIFY_WITH_TIMEOUT(growth->hasData(), 20000);
        const bool hasPoints = !growth->followersChart()->series().isEmpty() && !growth->followersChart()->series().first().points.isEmpty();
        QCOMPARE(hasPoints, seeded);
        auto *audience = window.pageAs<AudiencePage>(u"audience"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!audience->model()->isLoading(), 20000);
        if (seeded)
            QVERIFY(audience->model()->rowCount() > 0);
        else
            QCOMPARE(audience->model()->rowCount(), 0);

        // Health: the status history band comes from the stored health checks.
        auto *health = window.pageAs<HealthPage>(u"health"_s);
        if (seeded) {
            QTRY_COMPARE_WITH_TIMEOUT(health->statusHistory()->rowCount(), 5, 20000);
            const auto segments = health->statusHistory()->segments(u"jetstream"_s);
            QVERIFY(std::any_of(segments.cbegin(), segments.cend(),
                                [](const models::StatusSegment &seg) { return seg.status == models::HealthStatus::Down; }));
            window.showPage(u"health"_s);
            QVERIFY(health->statusChart()->isVisible());
        } else {
            QTest::qWait(100);
            QCOMPARE(health->statusHistory()->rowCount(), 0);
        }
    }

    // Offline mode says so above every page; the Overview names each collector and dependency once
    // (the Jetstream collector and the Jetstream service are told apart), says "Offline" for what it
    // does not check, and its badges wrap instead of widening the window.
    void offlineViewSaysWhatIsNotChecked()
    {
        using namespace ge::models;
        ManualClock clock(m_spec.nowUs);
        analytics::AnalyticsService svc(m_empty, clock);
        HealthModel health(clock);
        CollectorModel collectors(clock);
        for (const char *dep : {"jetstream", "appview", "plc", "pds:pds.example.com"})
            health.upsert({QString::fromLatin1(dep), componentDisplayName(QString::fromLatin1(dep)), HealthStatus::Unknown, -1,
                           clock.nowUs(), u"offline mode"_s, {}});
        health.upsert({u"database"_s, componentDisplayName(u"database"_s), HealthStatus::Up, 1, clock.nowUs(), {}, {}});
        health.flush();
        CollectorRow stopped;
        stopped.name = u"jetstream"_s;
        stopped.state = CollectorState::Stopped;
        stopped.lastError = u"Offline mode"_s;
        collectors.upsert(stopped);
        collectors.flush();

        for (const bool offline : {true, false}) {
            UiContext ctx;
            ctx.clock = &clock;
            ctx.analytics = &svc;
            ctx.health = &health;
            ctx.collectors = &collectors;
            ctx.dataDir = m_dir.path();
            ctx.offline = offline;
            MainWindow window(ctx);
            window.resize(900, 700);
            window.showPage(u"overview"_s);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *banner = window.findChild<QLabel *>(u"offlineBanner"_s);
            QCOMPARE(banner != nullptr, offline);
            if (banner)
                QVERIFY(banner->isVisible());

            auto *overview = window.pageAs<OverviewPage>(u"overview"_s);
            QTRY_COMPARE_WITH_TIMEOUT(overview->findChildren<StatusBadge *>().size(), 6, 5000);
            QStringList texts;
            for (const StatusBadge *b : overview->findChildren<StatusBadge *>())
                texts.append(b->text());
            QVERIFY2(texts.contains(u"Jetstream collector: ? Stopped"_s), qPrintable(texts.join(u" | "_s)));
            QVERIFY2(texts.contains(u"Database: ✔ Up"_s), qPrintable(texts.join(u" | "_s)));
            const QString jetstream = offline ? u"Jetstream: ? Offline"_s : u"Jetstream: ? Unknown"_s;
            QVERIFY2(texts.contains(jetstream), qPrintable(texts.join(u" | "_s)));
            QVERIFY2(texts.contains(offline ? u"PDS (pds.example.com): ? Offline"_s : u"PDS (pds.example.com): ? Unknown"_s),
                     qPrintable(texts.join(u" | "_s)));
            // 900 px cannot hold six badges on one line: they wrap, and the page stays inside the window.
            QApplication::processEvents();
            int lines = 0;
            int lastY = -1;
            for (const StatusBadge *b : overview->findChildren<StatusBadge *>()) {
                QVERIFY2(b->geometry().right() <= overview->width(), qPrintable(b->text()));
                if (b->y() != lastY) {
                    ++lines;
                    lastY = b->y();
                }
            }
            QVERIFY2(lines >= 2, qPrintable(QString::number(lines)));
            QVERIFY(overview->width() <= window.width());

            // The Health page's latency chart names its lines as the table does.
            auto *healthPage = window.pageAs<HealthPage>(u"health"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!healthPage->historyChart()->series().isEmpty(), 5000);
            QCOMPARE(healthPage->historyChart()->series().first().name, u"Database"_s);
        }
    }

    // A live chart's x labels never all read the same: seconds over a span of minutes, the date over
    // a span of days.
    void timeAxisLabelsAreDistinctAtEverySpan()
    {
        TimeChart chart;
        chart.setDayResolution(false);
        chart.resize(1000, 260);
        const double t0 = double(QDateTime(QDate(2026, 11, 22), QTime(14, 32, 0), Qt::UTC).toMSecsSinceEpoch());
        for (const double span : {300.0, 20'000.0, 2 * 3'600'000.0, 3 * 86'400'000.0}) {
            chart.setSeries({{u"latency"_s, Qt::blue, TimeChart::Style::Line, {QPointF(t0, 1), QPointF(t0 + span / 2, 3), QPointF(t0 + span, 2)}}});
            const QStringList labels = chart.xAxisLabels();
            QVERIFY2(labels.size() >= (span < 1000 ? 1 : 3), qPrintable(labels.join(u", "_s)));
            QCOMPARE(QSet<QString>(labels.cbegin(), labels.cend()).size(), labels.size());
        }
    }

    void clickingAChartDayFiltersTheAudience()
    {
        ManualClock clock(m_spec.nowUs);
        analytics::AnalyticsService svc(m_seeded, clock);
        UiContext ctx;
        ctx.clock = &clock;
        ctx.analytics = &svc;
        MainWindow window(ctx);
        window.resize(1440, 900);
        window.showPage(u"growth"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *growth = window.pageAs<GrowthPage>(u"growth"_s);
        QTRY_VERIFY_WITH_TIMEOUT(growth->hasData(), 20000);
        growth->setAccount(m_info.accountDids.first());
        growth->setRangeDays(365);
        QApplication::processEvents();
        // The disabled date fields show the preset's range.
        const QDate today = QDateTime::fromMSecsSinceEpoch(m_spec.nowUs / 1000, QTimeZone::utc()).date();
        QDateEdit *fromEdit = nullptr;
        QDateEdit *toEdit = nullptr;
        for (QDateEdit *e : growth->findChildren<QDateEdit *>()) {
            if (e->accessibleName() == u"From"_s)
                fromEdit = e;
            else if (e->accessibleName() == u"To"_s)
                toEdit = e;
        }
        QVERIFY(fromEdit && toEdit);
        QCOMPARE(fromEdit->date(), today.addDays(-364));
        QCOMPARE(toEdit->date(), today);
        QVERIFY(!fromEdit->isEnabled());

        TimeChart *chart = growth->changesChart();
        const QDate viral = QDateTime::fromMSecsSinceEpoch(m_info.viralDayUs / 1000, Qt::UTC).date();
        const double x = double(viral.startOfDay().toMSecsSinceEpoch());
        qint64 followed = -1, unfollowed = -1;
        for (const QPointF &p : chart->series().at(0).points)
            if (p.x() == x)
                followed = qint64(p.y());
        for (const QPointF &p : chart->series().at(1).points)
            if (p.x() == x)
                unfollowed = qint64(-p.y());
        QVERIFY(followed > 0);
        QVERIFY(unfollowed >= 0);
        // bring the chart into view and click the day's bar
        chart->setFocus();
        QSignalSpy clicked(chart, &TimeChart::pointClicked);
        QTest::mouseClick(chart, Qt::LeftButton, {}, chart->positionOf(x, double(followed) / 2));
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().at(0).toDouble(), x);

        QCOMPARE(window.currentPageId(), u"audience"_s);
        auto *audience = window.pageAs<AudiencePage>(u"audience"_s);
        QVERIFY(audience->kind() == analytics::AudienceKind::DayChanges);
        QCOMPARE(audience->dayFilter(), viral);
        QTRY_VERIFY_WITH_TIMEOUT(audience->model()->total() >= 0 && !audience->model()->isLoading(), 20000);
        QCOMPARE(audience->model()->total(), followed + unfollowed);
        const qint64 dayStart = QDate(1970, 1, 1).daysTo(viral) * 86'400'000'000LL;
        for (int r = 0; r < audience->model()->rowCount(); ++r) {
            const auto &e = audience->model()->entry(r);
            QVERIFY(e.change == u"follow"_s || e.change == u"unfollow"_s);
            QVERIFY(e.sortTimeUs >= dayStart && e.sortTimeUs < dayStart + 86'400'000'000LL);
        }
        // the filter box narrows the loaded rows at once
        audience->proxy()->setFilterFixedString(u"zzz-nobody"_s);
        QCOMPARE(audience->proxy()->rowCount(), 0);
    }

    void followBackHandsSelectedPeopleOver()
    {
        ManualClock clock(m_spec.nowUs);
        analytics::AnalyticsService svc(m_seeded, clock);
        UiContext ctx;
        ctx.clock = &clock;
        ctx.analytics = &svc;
        MainWindow window(ctx);
        window.showPage(u"audience"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *audience = window.pageAs<AudiencePage>(u"audience"_s);
        QTRY_VERIFY_WITH_TIMEOUT(audience->model()->rowCount() > 3, 20000);
        audience->setKind(analytics::AudienceKind::NotFollowedBack);
        QTRY_VERIFY_WITH_TIMEOUT(audience->model()->rowCount() > 3 && !audience->model()->isLoading(), 20000);
        audience->view()->selectRow(0);
        audience->view()->selectionModel()->select(audience->proxy()->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QSignalSpy handed(&window, &MainWindow::followBackRequested);
        auto *button = audience->findChild<QPushButton *>(u"followBackButton"_s);
        QVERIFY(button->isEnabled());
        button->click();
        QCOMPARE(handed.size(), 1);
        QCOMPARE(handed.first().at(0).toString(), audience->account());
        QCOMPARE(handed.first().at(1).toStringList().size(), 2);
        for (const QString &did : handed.first().at(1).toStringList())
            QVERIFY(did.startsWith(u"did:plc:u"_s));
        QCOMPARE(audience->selectedHandles().size(), 2);
    }

    void breakerActionsChangeState()
    {
        ManualClock clock(m_spec.nowUs);
        reliability::BreakerRegistry registry(clock);
        registry.breaker(u"appview"_s);
        registry.breaker(u"jetstream"_s);
        models::BreakerModel model(clock);
        models::BreakerFeed feed(registry, model);
        models::RegistryBreakerOperator op(registry, nullptr);
        model.flush();
        UiContext ctx;
        ctx.clock = &clock;
        ctx.breakers = &model;
        ctx.breakerOperator = &op;
        MainWindow window(ctx);
        window.showPage(u"breakers"_s);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *page = window.pageAs<BreakersPage>(u"breakers"_s);
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r)
            if (model.index(r, 0).data(models::BreakerModel::NameRole).toString() == u"appview"_s)
                row = r;
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
        QCOMPARE(page->selectedBreaker(), u"appview"_s);

        // cancelled: nothing changes
        page->findChild<QPushButton *>(u"disableBreaker"_s)->click();
        QVERIFY(page->pendingConfirmation());
        page->pendingConfirmation()->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->pendingConfirmation());
        QTest::qWait(150);
        QVERIFY(registry.find(u"appview"_s)->state() == reliability::BreakerState::Closed);

        // confirmed: force open
        page->findChild<QPushButton *>(u"forceOpenBreaker"_s)->click();
        QVERIFY(page->pendingConfirmation());
        page->pendingConfirmation()->button(QMessageBox::Yes)->click();
        QVERIFY(registry.find(u"appview"_s)->state() == reliability::BreakerState::ForcedOpen);
        QTRY_VERIFY_WITH_TIMEOUT(model.find(u"appview"_s)->state == models::BreakerState::ForcedOpen, 3000);
        QTRY_VERIFY_WITH_TIMEOUT(page->timeline()->rowCount() == 1, 3000);
        QVERIFY(page->timeline()->item(0, 2)->text().contains(models::toDisplayString(models::BreakerState::ForcedOpen)));
        QCOMPARE(window.tray()->lastTitle(), u"appview is unavailable"_s);

        // reset brings it back
        page->view()->selectRow(row);
        page->findChild<QPushButton *>(u"resetBreaker"_s)->click();
        page->pendingConfirmation()->button(QMessageBox::Yes)->click();
        QTRY_VERIFY_WITH_TIMEOUT(model.find(u"appview"_s)->state == models::BreakerState::Closed, 3000);
        QCOMPARE(window.tray()->lastTitle(), u"appview is back"_s);
    }

    void trayNotificationsCanBeTurnedOff()
    {
        TrayNotifier tray;
        tray.newFollowers(u"@a.test"_s, 3);
        QCOMPARE(tray.shownCount(), 1);
        tray.setEnabled(false);
        tray.breakerTransition({u"pds"_s, models::BreakerState::Closed, models::BreakerState::Open, u"x"_s, 0});
        tray.campaignChanged(u"Follow back"_s, u"paused"_s, u"rate limit"_s);
        QCOMPARE(tray.shownCount(), 1);
        tray.setEnabled(true);
        tray.campaignChanged(u"Follow back"_s, u"paused"_s, u"rate limit"_s);
        QCOMPARE(tray.shownCount(), 2);
        QCOMPARE(tray.lastTitle(), u"Campaign paused"_s);
    }

    void logsPageFiltersAndCopiesJson()
    {
        ManualClock clock(m_spec.nowUs);
        models::LogModel logs;
        models::HealthModel health(clock);
        models::BreakerModel breakers(clock);
        models::CollectorModel collectors(clock);
        fillLiveModels(clock, health, breakers, collectors, logs);
        UiContext ctx;
        ctx.clock = &clock;
        ctx.logs = &logs;
        MainWindow window(ctx);
        window.showPage(u"logs"_s);
        window.show();
        auto *page = window.pageAs<LogsPage>(u"logs"_s);
        QCOMPARE(page->view()->model()->rowCount(), 60);
        page->findChild<QComboBox *>(u"logLevel"_s)->setCurrentIndex(2); // warnings and errors
        QCOMPARE(page->view()->model()->rowCount(), 6); // warnings 0,17,34,51 + critical 29,58
        page->view()->selectRow(0);
        const QString json = page->copySelectedAsJson();
        QVERIFY(json.startsWith(u"{"_s));
        QVERIFY(json.contains(u"\"level\":\"warning\""_s));
    }

    void settingsValidateBeforeSaving()
    {
        UiContext ctx;
        ctx.settingsFile = m_dir.filePath(u"settings-test.ini"_s);
        MainWindow window(ctx);
        auto *settings = window.pageAs<SettingsPage>(u"settings"_s);
        settings->setValue(u"appview.url"_s, u"ftp://nope"_s);
        QVERIFY(!settings->save().isEmpty());
        QVERIFY(!QFile::exists(ctx.settingsFile));
        settings->setValue(u"appview.url"_s, u"https://appview.example"_s);
        QVERIFY2(settings->save().isEmpty(), qPrintable(settings->save().join(u"; "_s)));
        QSettings ini(ctx.settingsFile, QSettings::IniFormat);
        QCOMPARE(ini.value(u"appview/url"_s).toString(), u"https://appview.example"_s);
    }

    void guiStaysResponsiveWhileDataLoadsAndIngestRuns()
    {
        ManualClock clock(m_spec.nowUs);
        analytics::AnalyticsService svc(m_seeded, clock);
        UiContext ctx;
        ctx.clock = &clock;
        ctx.analytics = &svc;
        MainWindow window(ctx);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        IngestThread ingest(m_seeded, m_info.accountDids.first(), m_spec.nowUs);
        StallMeter meter;
        ingest.start();
        auto *overview = window.pageAs<OverviewPage>(u"overview"_s);
        auto *growth = window.pageAs<GrowthPage>(u"growth"_s);
        auto *audience = window.pageAs<AudiencePage>(u"audience"_s);
        QElapsedTimer t;
        t.start();
        int rounds = 0;
        while (t.elapsed() < 4000) {
            overview->refresh();
            growth->refresh();
            audience->refresh();
            svc.notifyDataChanged();
            window.showPage(MainWindow::pageIds().at(rounds % MainWindow::pageIds().size()));
            QTest::qWait(200);
            ++rounds;
        }
        ingest.stop = true;
        ingest.wait();
        QTRY_VERIFY_WITH_TIMEOUT(growth->hasData() && overview->hasData(), 20000);
        qInfo("longest event-loop stall: %.1f ms over %d refresh rounds while %lld rows were ingested", meter.maxStallMs(),
              rounds, ingest.written.load());
        QVERIFY(ingest.written.load() > 0);
        // generous bound for a sanitizer build on a shared 2-core machine; the figure is reported above
        QVERIFY2(meter.maxStallMs() < 1000, qPrintable(QString::number(meter.maxStallMs())));
    }

    void screenshots()
    {
        const QString out = qEnvironmentVariable("GE_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set GE_SCREENSHOT_DIR to write screenshots");
        QDir().mkpath(out);
        for (const QString &theme : {u"light"_s, u"dark"_s}) {
            applyTheme(themeModeFromString(theme));
            ManualClock clock(m_spec.nowUs);
            analytics::AnalyticsService svc(m_seeded, clock);
            models::LogModel logs;
            models::HealthModel health(clock);
            models::BreakerModel breakers(clock);
            models::CollectorModel collectors(clock);
            fillLiveModels(clock, health, breakers, collectors, logs);
            for (int i = 0; i < 120; ++i) { // 10 minutes of events/s samples
                models::CollectorRow row = *collectors.find(u"jetstream"_s);
                row.eventsPerSecond = 2200 + 400 * std::sin(i / 9.0) + (i * 37) % 180;
                collectors.upsert(row);
                models::CollectorRow bf = *collectors.find(u"backfill:account0.test"_s);
                bf.eventsPerSecond = 90 + (i * 13) % 30;
                collectors.upsert(bf);
                collectors.flush();
                clock.advanceMs(5000);
            }
            for (const QString &name : {u"pds"_s}) { // keep the countdown in the future of the advanced clock
                models::BreakerRow b = *breakers.find(name);
                b.halfOpenAtUs = clock.nowUs() + 22'000'000;
                breakers.upsert(b);
            }
            breakers.flush();
            UiContext ctx;
            ctx.clock = &clock;
            ctx.analytics = &svc;
            ctx.logs = &logs;
            ctx.health = &health;
            ctx.breakers = &breakers;
            ctx.collectors = &collectors;
            ctx.dataDir = m_dir.path();
            MainWindow window(ctx);
            window.resize(1440, 900);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            for (const QString &id : MainWindow::pageIds()) {
                if (id == u"campaigns"_s || id == u"reports"_s)
                    continue; // other areas' pages
                window.showPage(id);
                if (id == u"overview"_s)
                    QTRY_VERIFY_WITH_TIMEOUT(window.pageAs<OverviewPage>(id)->hasData(), 20000);
                if (id == u"growth"_s) {
                    auto *g = window.pageAs<GrowthPage>(id);
                    QTRY_VERIFY_WITH_TIMEOUT(g->hasData(), 20000);
                    g->setRangeDays(90);
                }
                if (id == u"audience"_s)
                    QTRY_VERIFY_WITH_TIMEOUT(window.pageAs<AudiencePage>(id)->model()->rowCount() > 0, 20000);
                QTest::qWait(100);
                const QString file = QDir(out).filePath(u"%1-%2.png"_s.arg(id, theme));
                QVERIFY(window.grab().save(file));
                // Under Xvfb (QT_QPA_PLATFORM=xcb) also capture the whole X screen as the user sees it.
                if (qEnvironmentVariableIsSet("GE_SCREENSHOT_X11")) {
                    QApplication::processEvents();
                    QCOMPARE(QProcess::execute(u"import"_s, {u"-window"_s, u"root"_s,
                                                            QDir(out).filePath(u"%1-%2-x11.png"_s.arg(id, theme))}),
                             0);
                }
            }
        }
        applyTheme(ThemeMode::Light);
    }

private:
    QTemporaryDir m_dir;
    QString m_empty;
    QString m_seeded;
    test::FixtureSpec m_spec;
    test::FixtureInfo m_info;
};

QTEST_MAIN(TestDashboardPages)
#include "tst_dashboardpages.moc"
