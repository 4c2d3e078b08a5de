// Online backup while the writer runs, restore (validation first, old file kept), check, vacuum,
// scheduled backups with retention, and the `growth-engine db ...` commands end to end.
#include "StorageTestSupport.h"
#include "TestSupport.h"

#include "core/Clock.h"
#include "storage/AuditLog.h"
#include "storage/BackupScheduler.h"
#include "storage/DatabaseHealthProbe.h"
#include "storage/DbConnection.h"
#include "storage/Maintenance.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/ReadPool.h"
#include "storage/StartupCheck.h"
#include "storage/StorageService.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace ge;
using namespace ge::storage;
using ge::test::queryValue;

namespace {

const QString kA = QStringLiteral("did:plc:tracked-a");
const qint64 kT0 = 1'750'000'000'000'000LL;

WriteBatch follows(int from, int n)
{
    WriteBatch b;
    for (int i = from; i < from + n; ++i) {
        b.followsCreated.append(FollowCreated{QStringLiteral("did:plc:f%1").arg(i), kA, QStringLiteral("r%1").arg(i), kT0 + i,
                                              EventSource::Jetstream});
    }
    b.cursor = CursorUpdate{QStringLiteral("wss://js.test"), kT0 + from + n};
    return b;
}

} // namespace

class TestStorageMaintenance : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    ManualClock m_clock{kT0};
    QueryStats m_stats;

    DatabaseConfig prepared(const QString &path = {})
    {
        DatabaseConfig cfg = DatabaseConfig::sqlite(path.isEmpty() ? m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_serial)) : path);
        auto conn = DbConnection::open(cfg, QStringLiteral("prep"));
        if (!conn || !Migrator().migrate(**conn)) {
            qWarning() << "cannot prepare" << cfg.sqlitePath;
        }
        return cfg;
    }
    qint64 edges(const DatabaseConfig &cfg) { return queryValue(cfg, QStringLiteral("SELECT COUNT(*) FROM follow_edges")).toLongLong(); }

private Q_SLOTS:
    void backupWhileWritingIsConsistent()
    {
        DatabaseConfig cfg = prepared();
        StorageWriter writer(cfg, m_clock, &m_stats);
        writer.start();
        QVERIFY(writer.submit(follows(0, 20000), 5000).ok());
        QVERIFY(writer.flush(60000));

        std::atomic<bool> stop{false};
        std::atomic<int> submitted{0};
        QThread *producer = QThread::create([&] {
            int i = 1'000'000;
            while (!stop) {
                if (writer.submit(follows(i, 200), 2000).ok()) {
                    submitted += 200;
                    i += 200;
                }
            }
        });
        producer->start();
        QTRY_VERIFY(submitted > 1000);
        const QString file = m_dir.filePath(QStringLiteral("live-backup.sqlite"));
        const Status s = maintenance::backup(cfg, file);
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message + s.error().detail));
        stop = true;
        producer->wait();
        delete producer;
        QVERIFY(writer.flush(60000));
        writer.stop();

        QVERIFY(maintenance::validateBackup(file).ok());
        const DatabaseConfig backupCfg = DatabaseConfig::sqlite(file);
        const qint64 inBackup = edges(backupCfg);
        QVERIFY(inBackup >= 20000);
        QVERIFY(inBackup <= edges(cfg));
        // The backup is a transaction-consistent snapshot: its cursor matches its rows.
        const qint64 cursor = queryValue(backupCfg, QStringLiteral("SELECT cursor_us FROM jetstream_cursors")).toLongLong();
        const qint64 maxTime = queryValue(backupCfg, QStringLiteral("SELECT MAX(first_seen_us) FROM follow_edges")).toLongLong();
        QCOMPARE(cursor, maxTime + 1);
        QVERIFY(!QFile::exists(file + QStringLiteral(".partial")));
    }

    void restoreValidatesFirstAndKeepsTheOldFile()
    {
        DatabaseConfig cfg = prepared();
        {
            StorageWriter w(cfg, m_clock, &m_stats);
            w.start();
            QVERIFY(w.submit(follows(0, 10), 1000).ok());
            w.stop();
        }
        const QString good = m_dir.filePath(QStringLiteral("good-backup.sqlite"));
        QVERIFY(maintenance::backup(cfg, good).ok());
        {
            StorageWriter w(cfg, m_clock, &m_stats);
            w.start();
            QVERIFY(w.submit(follows(10, 5), 1000).ok());
            w.stop();
        }
        QCOMPARE(edges(cfg), 15);

        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(4096, 'g'));
        g.close();
        QVERIFY(!maintenance::restore(cfg, garbage).ok());
        QVERIFY(!maintenance::restore(cfg, m_dir.filePath(QStringLiteral("missing.sqlite"))).ok());
        QCOMPARE(edges(cfg), 15); // untouched

        // A backup from a newer schema is refused.
        const QString future = m_dir.filePath(QStringLiteral("future.sqlite"));
        QVERIFY(QFile::copy(good, future));
        QVERIFY(ge::test::execSql(DatabaseConfig::sqlite(future), QStringLiteral("INSERT INTO schema_version VALUES (999, 'x', 0)")).isEmpty());
        Result<QString> refused = maintenance::restore(cfg, future);
        QVERIFY(!refused.ok());
        QCOMPARE(edges(cfg), 15);

        // In use by a running app (integrity flag with a live PID other than ours) → refused.
        QFile flag(StartupCheck::flagPath(cfg));
        QVERIFY(flag.open(QIODevice::WriteOnly));
        flag.write("1"); // PID 1 is always alive
        flag.close();
        Result<QString> busy = maintenance::restore(cfg, good);
        QVERIFY(!busy.ok());
        QVERIFY(busy.error().message.contains(QStringLiteral("in use")));
        StartupCheck::clearOpenFlag(cfg);

        Result<QString> moved = maintenance::restore(cfg, good);
        QVERIFY2(moved.ok(), qPrintable(moved.ok() ? QString() : moved.error().message));
        QVERIFY(QFile::exists(*moved));
        QCOMPARE(edges(cfg), 10);
        QCOMPARE(edges(DatabaseConfig::sqlite(*moved)), 15);
    }

    void checkFindsForeignKeyAndAuditProblems()
    {
        DatabaseConfig cfg = prepared();
        Result<CheckReport> r = maintenance::check(cfg, true);
        QVERIFY(r.ok());
        QVERIFY(r->ok());
        QCOMPARE(r->schemaVersion, Migrator::latestVersion());
        {
            StorageWriter w(cfg, m_clock, &m_stats);
            w.start();
            AuditLog audit(w, m_clock);
            auto f = audit.append(QStringLiteral("cli"), kA, QStringLiteral("campaign.pause"), QStringLiteral("1"), QStringLiteral("ok"));
            f.waitForFinished();
            QVERIFY(f.result().ok());
            w.stop();
        }
        QVERIFY(maintenance::check(cfg, false)->ok());
        auto conn = DbConnection::open(cfg, QStringLiteral("tamper"));
        QVERIFY((*conn)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
        QVERIFY((*conn)->exec(QStringLiteral("INSERT INTO campaign_items (campaign_id, target_did, state, updated_at_us) VALUES (42, 'did:x', 'queued', 0)")).ok());
        QVERIFY((*conn)->exec(QStringLiteral("UPDATE audit_log SET actor = 'someone-else'")).ok());
        r = maintenance::check(cfg, false);
        QVERIFY(r.ok());
        QVERIFY(!r->foreignKeysOk);
        QVERIFY(!r->audit.ok);
        QVERIFY(!r->ok());
        QVERIFY(r->summary().contains(QStringLiteral("BROKEN")));
    }

    void vacuumGivesSpaceBack()
    {
        DatabaseConfig cfg = prepared();
        {
            StorageWriter w(cfg, m_clock, &m_stats);
            w.start();
            QVERIFY(w.submit(follows(0, 20000), 5000).ok());
            w.stop();
        }
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("DELETE FROM follow_edges")).isEmpty());
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("DELETE FROM follow_events")).isEmpty());
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isEmpty());
        const qint64 before = maintenance::sizes(cfg).databaseBytes;
        QVERIFY(maintenance::vacuum(cfg).ok());
        const qint64 after = maintenance::sizes(cfg).databaseBytes;
        QVERIFY2(after < before / 2, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    }

    void scheduledBackupsKeepTheNewestN()
    {
        DatabaseConfig cfg = prepared();
        ReadPool pool(cfg, &m_stats, 1);
        const QString dir = m_dir.filePath(QStringLiteral("auto-backups"));
        BackupScheduler scheduler(pool, m_clock, dir, 2, 60);
        QSignalSpy finished(&scheduler, &BackupScheduler::backupFinished);
        QStringList written;
        for (int i = 0; i < 3; ++i) {
            auto f = scheduler.backupNow();
            f.waitForFinished();
            QVERIFY2(f.result().ok(), qPrintable(f.result().ok() ? QString() : f.result().error().message));
            written << *f.result();
            m_clock.advanceMs(60 * 60 * 1000);
        }
        QTRY_COMPARE(finished.count(), 3);
        const QStringList kept = BackupScheduler::backups(dir);
        QCOMPARE(kept.size(), 2);
        QCOMPARE(kept.first(), written.last());
        QCOMPARE(BackupScheduler::latestBackup(dir), written.last());
        QVERIFY(!QFile::exists(written.first()));
    }

    void healthProbeReportsWriterAndStats()
    {
        DatabaseConfig cfg = prepared();
        StorageWriter w(cfg, m_clock, &m_stats);
        w.start();
        QVERIFY(w.submit(follows(0, 10), 1000).ok());
        QVERIFY(w.flush(5000));
        DatabaseHealthProbe probe(cfg, &w, &m_stats);
        reliability::HealthResult got;
        probe.probe([&got](reliability::HealthResult r) { got = r; });
        QVERIFY(got.status == reliability::HealthStatus::Up);
        QVERIFY(got.details.value(QStringLiteral("queries")).toLongLong() > 0);
        QVERIFY(got.details.value(QStringLiteral("databaseBytes")).toLongLong() > 0);
        QVERIFY(got.details.contains(QStringLiteral("p95Ms")));
        w.stop();
        QFile::remove(cfg.sqlitePath + QStringLiteral("-wal"));
        QFile::remove(cfg.sqlitePath + QStringLiteral("-shm"));
        QFile::remove(cfg.sqlitePath);
        QFile bad(cfg.sqlitePath);
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(QByteArray(4096, 'x'));
        bad.close();
        DatabaseHealthProbe broken(cfg, nullptr, &m_stats);
        broken.probe([&got](reliability::HealthResult r) { got = r; });
        QVERIFY(got.status == reliability::HealthStatus::Down);
        QVERIFY(!got.error.isEmpty());
    }

    void storageServiceLifecycle()
    {
        StorageServiceOptions o;
        o.database = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("service/growth-engine.sqlite")));
        o.backupDir = m_dir.filePath(QStringLiteral("service/backups"));
        o.retentionDays = 30;
        {
            StorageService service(o, m_clock);
            QVERIFY(service.open().ok());
            QVERIFY(QFile::exists(StartupCheck::flagPath(o.database)));
            QVERIFY(service.writer()->submit(follows(0, 10), 1000).ok());
            auto f = service.audit()->append(QStringLiteral("user"), kA, QStringLiteral("backup"), QString(), QStringLiteral("ok"));
            f.waitForFinished();
            QVERIFY(f.result().ok());
            auto b = service.backups()->backupNow();
            b.waitForFinished();
            QVERIFY(b.result().ok());
            service.close();
            QVERIFY(!QFile::exists(StartupCheck::flagPath(o.database)));
        }
        QCOMPARE(edges(o.database), 10);
        // A damaged file is not opened: the error offers the latest backup, the file stays as it was.
        QFile::remove(o.database.sqlitePath + QStringLiteral("-wal"));
        QFile::remove(o.database.sqlitePath + QStringLiteral("-shm"));
        QFile db(o.database.sqlitePath);
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, '#'));
        db.close();
        StorageService broken(o, m_clock);
        const Status s = broken.open();
        QVERIFY(!s.ok());
        QVERIFY(broken.inspection().state == StartupInspection::State::Corrupt);
        QVERIFY(s.error().message.contains(BackupScheduler::latestBackup(o.backupDir)));
        QCOMPARE(QFileInfo(o.database.sqlitePath).size(), 8192);
        QVERIFY(!broken.isOpen());
    }

    void dbCommandsEndToEnd()
    {
        const QString dataDir = m_dir.filePath(QStringLiteral("cli-data"));
        QVERIFY(QDir().mkpath(dataDir));
        const QStringList env{QStringLiteral("GROWTH_ENGINE_DATABASE_URL=")};
        const QStringList base{QStringLiteral("--data-dir"), dataDir};
        auto runDb = [&](const QStringList &args) { return ge::test::runApp(QStringList{QStringLiteral("db")} + args + base, {}, env); };

        ge::test::ProcessResult r = runDb({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 7); // no database yet

        DatabaseConfig cfg = prepared(QDir(dataDir).filePath(DatabaseConfig::defaultFileName()));
        {
            StorageWriter w(cfg, m_clock, &m_stats);
            w.start();
            QVERIFY(w.submit(follows(0, 100), 1000).ok());
            w.stop();
        }
        r = runDb({QStringLiteral("check")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("result: ok"));
        r = runDb({QStringLiteral("check"), QStringLiteral("--json"), QStringLiteral("--full")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"integrity\": true"));

        const QString backup = m_dir.filePath(QStringLiteral("cli-backup.sqlite"));
        r = runDb({QStringLiteral("backup"), backup});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(QFile::exists(backup));
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("DELETE FROM follow_edges")).isEmpty());
        r = runDb({QStringLiteral("restore"), backup});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("kept at"));
        QCOMPARE(edges(cfg), 100);

        r = runDb({QStringLiteral("vacuum")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runDb({QStringLiteral("restore")});
        QCOMPARE(r.exitCode, 2);
        r = runDb({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);

        // A corrupt database: clear message, latest backup offered, storage exit code.
        const QString backups = QDir(dataDir).filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backups));
        QVERIFY(QFile::copy(backup, backups + QStringLiteral("/growth-engine-20260101-000000-000.sqlite")));
        QFile::remove(cfg.sqlitePath + QStringLiteral("-wal"));
        QFile::remove(cfg.sqlitePath + QStringLiteral("-shm"));
        QFile db(cfg.sqlitePath);
        QVERIFY(db.open(QIODevice::WriteOnly | QIODevice::Truncate));
        db.write(QByteArray(8192, '#'));
        db.close();
        r = runDb({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains("growth-engine-20260101-000000-000.sqlite"));
        QVERIFY(r.err.contains("db restore"));
    }
};

QTEST_GUILESS_MAIN(TestStorageMaintenance)
#include "tst_storage_maintenance.moc"
