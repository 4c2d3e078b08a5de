// bench_dashboard [--db PATH] [--followers N] [--events N] [--rounds N]
// Builds (once, then reuses) a database of 3 accounts x N followers and about --events events,
// then measures (1) construction of the reader + main window to a painted Overview with its
// figures loaded, and (2) the Growth page's range switch (7/30/90/365 d) to a repainted page.
#include "FixtureDb.h"
#include "MainWindow.h"
#include "analytics/AnalyticsService.h"
#include "core/Clock.h"
#include "pages/GrowthPage.h"
#include "AccountSummaryModel.h"
#include "pages/OverviewPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace ge;
using namespace Qt::StringLiterals;

namespace {
double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"GrowthEngineBench"_s);
    QCoreApplication::setApplicationName(u"bench_dashboard"_s);
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"Database file (built if missing)."_s, u"path"_s, u"/tmp/ge-bench-dashboard.sqlite"_s});
    parser.addOption({u"followers"_s, u"Followers per account."_s, u"n"_s, u"200000"_s});
    parser.addOption({u"events"_s, u"Total events (follow + engagement)."_s, u"n"_s, u"5000000"_s});
    parser.addOption({u"rounds"_s, u"Range switches to time."_s, u"n"_s, u"200"_s});
    parser.addOption({u"launches"_s, u"Launches to time."_s, u"n"_s, u"5"_s});
    parser.process(app);

    test::FixtureSpec spec;
    spec.accounts = 3;
    spec.followersPerAccount = parser.value(u"followers"_s).toInt();
    const qint64 totalEvents = parser.value(u"events"_s).toLongLong();
    // follow events are about 0.57 x followers per account (half arrive inside the year, 1/7 leave)
    const qint64 followEvents = qint64(spec.accounts) * spec.followersPerAccount * 57 / 100;
    spec.engagementPerAccount = int(std::max<qint64>(0, (totalEvents - followEvents) / spec.accounts));
    const QString path = parser.value(u"db"_s);
    if (!QFileInfo::exists(path)) {
        std::printf("building %s: 3 accounts x %d followers, %d engagement events per account...\n", qPrintable(path),
                    spec.followersPerAccount, spec.engagementPerAccount);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        auto info = test::createFixtureDb(path, spec);
        if (!info) {
            std::fprintf(stderr, "fixture failed: %s %s\n", qPrintable(info.error().message), qPrintable(info.error().detail));
            return 1;
        }
        std::printf("built in %.1f s: %lld follow events + %lld engagement events\n", double(t.elapsed()) / 1000.0,
                    info->followEvents, info->engagementEvents);
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
        db.setDatabaseName(path);
        db.open();
        QSqlQuery q(db);
        q.exec(u"SELECT (SELECT COUNT(*) FROM follow_changes), (SELECT COUNT(*) FROM engagement_events), "
               "(SELECT COUNT(*) FROM follow_edges WHERE removed_at_us IS NULL AND subject_did LIKE 'did:plc:acct%')"_s);
        q.next();
        std::printf("database: %lld follow events, %lld engagement events (%lld events), %lld active follower edges, %.0f MB\n",
                    q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(0).toLongLong() + q.value(1).toLongLong(),
                    q.value(2).toLongLong(), double(QFileInfo(path).size()) / 1e6);
    }
    QSqlDatabase::removeDatabase(u"count"_s);

    ManualClock clock(spec.nowUs);
    // 1. launch to painted Overview
    QList<double> launches;
    QList<double> shown;
    QList<double> complete;
    const int launchCount = parser.value(u"launches"_s).toInt();
    for (int i = 0; i < launchCount; ++i) {
        QElapsedTimer t;
        t.start();
        auto *svc = new analytics::AnalyticsService(path, clock);
        ui::UiContext ctx;
        ctx.clock = &clock;
        ctx.analytics = svc;
        auto *window = new ui::MainWindow(ctx);
        window->resize(1440, 900);
        window->showPage(u"overview"_s);
        window->show();
        shown.append(double(t.nsecsElapsed()) / 1e6);
        auto *overview = window->pageAs<ui::OverviewPage>(u"overview"_s);
        if (!waitFor([&] { return overview->hasData(); }, 120000)) {
            std::fprintf(stderr, "overview did not load\n");
            return 1;
        }
        window->repaint(); // paint synchronously with the figures in place
        launches.append(double(t.nsecsElapsed()) / 1e6);
        auto *summaries = overview->summaryModel();
        if (!waitFor([&] { return summaries->rowCount() > 0 && summaries->summary(0).mutualsKnown; }, 120000)) {
            std::fprintf(stderr, "mutuals did not load\n");
            return 1;
        }
        window->repaint();
        complete.append(double(t.nsecsElapsed()) / 1e6);
        delete window;
        delete svc;
    }
    std::printf("launch to painted Overview: first %.0f ms, median %.0f ms, min %.0f ms over %d launches (target < 1500 ms)\n",
                launches.first(), percentile(launches, 0.5), *std::min_element(launches.cbegin(), launches.cend()),
                int(launches.size()));
    std::printf("  of which window constructed and shown (before data): median %.0f ms\n", percentile(shown, 0.5));
    std::printf("  Overview complete with mutuals counted: first %.0f ms, median %.0f ms\n", complete.first(), percentile(complete, 0.5));

    // 2. Growth range switch
    analytics::AnalyticsService svc(path, clock);
    ui::UiContext ctx;
    ctx.clock = &clock;
    ctx.analytics = &svc;
    ui::MainWindow window(ctx);
    window.resize(1440, 900);
    window.showPage(u"growth"_s);
    window.show();
    auto *growth = window.pageAs<ui::GrowthPage>(u"growth"_s);
    QElapsedTimer load;
    load.start();
    if (!waitFor([&] { return growth->hasData(); }, 120000)) {
        std::fprintf(stderr, "growth did not load\n");
        return 1;
    }
    std::printf("Growth first load (365 days x 3 accounts): %.0f ms\n", double(load.nsecsElapsed()) / 1e6);
    const QList<int> ranges = {7, 30, 90, 365};
    QList<double> switches;
    const int rounds = parser.value(u"rounds"_s).toInt();
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        growth->setRangeDays(ranges.at(i % ranges.size()));
        growth->repaint();
        switches.append(double(t.nsecsElapsed()) / 1e6);
        QCoreApplication::processEvents();
    }
    std::printf("Growth range switch to repainted page: p50 %.1f ms, p95 %.1f ms, max %.1f ms over %d switches (target p95 < 100 ms)\n",
                percentile(switches, 0.5), percentile(switches, 0.95), *std::max_element(switches.cbegin(), switches.cend()),
                int(switches.size()));
    return 0;
}
