// StatusHistoryModel: status segments per dependency from the stored health-check history
// (health_checks of a real migrated SQLite file, read on a worker thread) merged with the live
// checks of the HealthModel; window clipping, uptime, QAbstractItemModelTester; the Health page's
// status band shows it.
#include "FixtureDb.h"
#include "HealthModel.h"
#include "StatusHistoryModel.h"
#include "charts/StatusBandChart.h"
#include "core/Clock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge;
using namespace ge::models;

namespace {

constexpr qint64 kMin = 60LL * 1'000'000;
constexpr qint64 kNow = 1'763'800'000'000'000;

bool insertChecks(const QString &path, const QList<std::tuple<QString, QString, qint64>> &rows)
{
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("seed"));
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery q(db);
        for (const auto &[component, status, at] : rows) {
            q.prepare(QStringLiteral("INSERT INTO health_checks (component, status, latency_ms, checked_at_us) VALUES (?, ?, 12, ?)"));
            q.addBindValue(component);
            q.addBindValue(status);
            q.addBindValue(at);
            ok = ok && q.exec();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("seed"));
    return ok;
}

} // namespace

class TestStatusHistory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void segmentsFromStoredChecks();
    void liveChecksExtendAndMerge();
    void unreadableDatabaseIsReported();
    void bandChartPaintsStatusColours();
};

void TestStatusHistory::segmentsFromStoredChecks()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ge.sqlite"));
    QVERIFY(ge::test::createEmptyDb(path).ok());
    // jetstream: up, up, down (2 checks), up; appview: degraded then up; one check outside the window.
    QVERIFY(insertChecks(path, {
        {QStringLiteral("jetstream"), QStringLiteral("UP"), kNow - 60 * kMin},
        {QStringLiteral("jetstream"), QStringLiteral("UP"), kNow - 50 * kMin},
        {QStringLiteral("jetstream"), QStringLiteral("DOWN"), kNow - 40 * kMin},
        {QStringLiteral("jetstream"), QStringLiteral("DOWN"), kNow - 35 * kMin},
        {QStringLiteral("jetstream"), QStringLiteral("UP"), kNow - 30 * kMin},
        {QStringLiteral("appview"), QStringLiteral("DEGRADED"), kNow - 20 * kMin},
        {QStringLiteral("appview"), QStringLiteral("UP"), kNow - 10 * kMin},
        {QStringLiteral("plc"), QStringLiteral("UP"), kNow - 3 * 24 * 60 * kMin},
    }));

    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWindow(kNow, 24 * 60 * kMin);
    QSignalSpy loaded(&model, &StatusHistoryModel::loaded);
    model.loadFromDatabase(path, kNow - 24 * 60 * kMin);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.constFirst().at(0).toInt(), 7); // the old plc check is not read

    QCOMPARE(model.components(), (QStringList{QStringLiteral("appview"), QStringLiteral("jetstream")}));
    QCOMPARE(model.rowCount(), 2);
    const QList<StatusSegment> js = model.segments(QStringLiteral("jetstream"));
    QCOMPARE(js.size(), 3); // equal neighbours merged
    QCOMPARE(js.at(0).status, HealthStatus::Up);
    QCOMPARE(js.at(0).fromUs, kNow - 60 * kMin);
    QCOMPARE(js.at(0).toUs, kNow - 40 * kMin);
    QCOMPARE(js.at(1).status, HealthStatus::Down);
    QCOMPARE(js.at(1).toUs, kNow - 30 * kMin);
    QCOMPARE(js.at(2).status, HealthStatus::Up);
    QCOMPARE(js.at(2).toUs, kNow); // the last status lasts until now
    QCOMPARE(model.statusAt(QStringLiteral("jetstream"), kNow - 38 * kMin), HealthStatus::Down);
    QCOMPARE(model.statusAt(QStringLiteral("jetstream"), kNow - 70 * kMin), HealthStatus::Unknown);
    // 10 of 60 minutes down.
    QCOMPARE(qRound(model.uptime(QStringLiteral("jetstream")) * 1000), 833);
    const QModelIndex jsRow = model.index(1, StatusHistoryModel::UptimeColumn);
    QCOMPARE(model.data(jsRow).toString(), QStringLiteral("83.3 %"));
    QCOMPARE(model.data(model.index(1, StatusHistoryModel::ChangesColumn)).toInt(), 2);
    QCOMPARE(model.data(model.index(0, 0), StatusHistoryModel::StatusRole).toInt(), int(HealthStatus::Up));
    QVERIFY(model.data(model.index(0, StatusHistoryModel::CurrentColumn)).toString().contains(toDisplayString(HealthStatus::Up)));

    // A narrower window clips the segments.
    model.setWindow(kNow, 45 * kMin);
    const QList<StatusSegment> clipped = model.segments(QStringLiteral("jetstream"));
    QCOMPARE(clipped.constFirst().fromUs, kNow - 45 * kMin);
    QCOMPARE(clipped.constFirst().status, HealthStatus::Up);
}

void TestStatusHistory::liveChecksExtendAndMerge()
{
    ManualClock clock(kNow - 5 * kMin);
    HealthModel health(clock);
    health.setCoalesceIntervalMs(0);
    StatusHistoryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setWindow(kNow - 5 * kMin, 60 * kMin);
    // A stored check, then the live ones of the same component.
    model.addSamples({StatusSample{QStringLiteral("database"), kNow - 30 * kMin, HealthStatus::Up}});
    model.follow(&health);
    QSignalSpy changed(&model, &StatusHistoryModel::historyChanged);

    HealthRow row;
    row.component = QStringLiteral("database");
    row.status = HealthStatus::Down;
    row.lastCheckUs = kNow - 5 * kMin;
    row.latencyMs = 3;
    health.upsert(row);
    health.flush();
    QVERIFY(changed.count() >= 1);
    QList<StatusSegment> segs = model.segments(QStringLiteral("database"));
    QCOMPARE(segs.size(), 2);
    QCOMPARE(segs.at(1).status, HealthStatus::Down);

    clock.advanceMs(5 * 60 * 1000);
    row.status = HealthStatus::Up;
    row.lastCheckUs = kNow;
    health.upsert(row);
    health.flush();
    segs = model.segments(QStringLiteral("database"));
    QCOMPARE(segs.size(), 3);
    QCOMPARE(segs.at(1).toUs, kNow); // the down stretch ended at the next check
    QCOMPARE(model.windowEndUs(), kNow); // live checks move the window
    // The same check delivered again (stored + live overlap) changes nothing.
    const int before = int(changed.count());
    model.addSamples({StatusSample{QStringLiteral("database"), kNow, HealthStatus::Up}});
    QCOMPARE(int(changed.count()), before);
    QCOMPARE(model.segments(QStringLiteral("database")).size(), 3);
}

void TestStatusHistory::unreadableDatabaseIsReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    // A database without the table (not migrated): the read fails and says so.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bare"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE x (a)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bare"));
    StatusHistoryModel model;
    QSignalSpy failed(&model, &StatusHistoryModel::loadFailed);
    model.loadFromDatabase(path, 0);
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().at(0).toString().contains(QStringLiteral("health history")));
    QCOMPARE(model.rowCount(), 0);
}

void TestStatusHistory::bandChartPaintsStatusColours()
{
    StatusHistoryModel model;
    model.setWindow(kNow, 60 * kMin);
    model.addSamples({StatusSample{QStringLiteral("jetstream"), kNow - 60 * kMin, HealthStatus::Up},
                      StatusSample{QStringLiteral("jetstream"), kNow - 30 * kMin, HealthStatus::Down}});
    ui::StatusBandChart chart(&model);
    chart.resize(600, chart.sizeHint().height());
    const QImage image = chart.render();
    const QRect band = chart.bandRect(0);
    // Left half green (up), right half red-ish (down, hatched: sample the base colour somewhere).
    const QColor left = image.pixelColor(band.left() + band.width() / 4, band.center().y());
    QCOMPARE(left, statusColor(HealthStatus::Up));
    bool sawDown = false;
    for (int dx = 0; dx < 12 && !sawDown; ++dx)
        sawDown = image.pixelColor(band.left() + band.width() * 3 / 4 + dx, band.center().y()) == statusColor(HealthStatus::Down);
    QVERIFY(sawDown);
    QVERIFY(chart.textAt(QPoint(band.left() + band.width() * 3 / 4, band.center().y())).contains(toDisplayString(HealthStatus::Down)));
    QVERIFY(chart.textAt(QPoint(band.left() + 5, band.center().y())).startsWith(QStringLiteral("Jetstream: ")));
    QVERIFY(chart.textAt(QPoint(1, 1)).isEmpty());
}

QTEST_MAIN(TestStatusHistory)
#include "tst_statushistory.moc"
