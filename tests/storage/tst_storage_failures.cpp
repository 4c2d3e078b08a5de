// Failure handling of the writer on SQLite: disk full (max_page_count and a real full tmpfs),
// read-only directory, locked database, queue full, shutdown while paused; corrupt database detection.
#include "StorageTestSupport.h"

#include "core/Clock.h"
#include "metrics/MetricsRegistry.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StartupCheck.h"
#include "storage/StorageWriter.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace ge;
using namespace ge::storage;
using ge::test::queryValue;

namespace {

const QString kA = QStringLiteral("did:plc:tracked-a");
const qint64 kT0 = 1'750'000'000'000'000LL;

WriteBatch follows(int from, int n, int rkeyLen = 8, std::optional<qint64> cursor = std::nullopt)
{
    WriteBatch b;
    for (int i = from; i < from + n; ++i) {
        b.followsCreated.append(FollowCreated{QStringLiteral("did:plc:f%1").arg(i), kA,
                                              QString::number(i).rightJustified(rkeyLen, QLatin1Char('k')), kT0 + i,
                                              EventSource::Jetstream});
    }
    if (cursor) {
        b.cursor = CursorUpdate{QStringLiteral("wss://js.test"), *cursor};
    }
    return b;
}

bool run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(20000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// A tmpfs mounted for the test (root only). Unmounted on destruction.
struct TmpfsMount
{
    QString path;
    bool mounted = false;
    bool mount(const QString &where, const QString &size)
    {
        path = where;
        mounted = ::geteuid() == 0
                  && run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                   QStringLiteral("size=") + size, QStringLiteral("tmpfs"), where});
        return mounted;
    }
    bool remount(bool readOnly)
    {
        return run(QStringLiteral("mount"), {QStringLiteral("-o"), readOnly ? QStringLiteral("remount,ro") : QStringLiteral("remount,rw"), path});
    }
    ~TmpfsMount()
    {
        if (mounted) {
            remount(false);
            run(QStringLiteral("umount"), {path});
        }
    }
};

} // namespace

class TestStorageFailures : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    ManualClock m_clock{kT0};
    QueryStats m_stats;

    DatabaseConfig prepared(const QString &path = {})
    {
        DatabaseConfig cfg = DatabaseConfig::sqlite(path.isEmpty() ? m_dir.filePath(QStringLiteral("f%1.sqlite").arg(++m_serial)) : path);
        auto conn = DbConnection::open(cfg, QStringLiteral("prep"));
        if (!conn || !Migrator().migrate(**conn)) {
            qWarning() << "cannot prepare" << cfg.sqlitePath;
        }
        return cfg;
    }
    static WriterOptions fastRetry()
    {
        WriterOptions o;
        o.retryIntervalMs = 20;
        o.maxRetryIntervalMs = 100;
        return o;
    }
    qint64 edges(const DatabaseConfig &cfg) { return queryValue(cfg, QStringLiteral("SELECT COUNT(*) FROM follow_edges")).toLongLong(); }

private Q_SLOTS:
    void diskFullPausesKeepsDataAndResumes()
    {
        DatabaseConfig cfg = prepared();
        // Ballast that can be freed later to "make space".
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("CREATE TABLE ballast (b BLOB)")).isEmpty());
        QVERIFY(ge::test::execSql(cfg, QStringLiteral("INSERT INTO ballast SELECT randomblob(4000) FROM "
                                                      "(WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 600) SELECT x FROM c)")).isEmpty());
        const qint64 pages = queryValue(cfg, QStringLiteral("PRAGMA page_count")).toLongLong();
        DatabaseConfig limited = cfg;
        limited.maxPageCount = pages + 2; // room for a little, not for 1000 follows

        StorageWriter writer(limited, m_clock, &m_stats, fastRetry());
        QSignalSpy paused(&writer, &StorageWriter::paused);
        QSignalSpy resumed(&writer, &StorageWriter::resumed);
        writer.start();
        QVERIFY(writer.waitUntilReady(5000));
        QVERIFY(writer.submit(follows(0, 2, 8, kT0 + 2), 1000).ok());
        QVERIFY(writer.flush(5000));
        QCOMPARE(edges(cfg), 2);

        QVERIFY(writer.submit(follows(100, 1000, 20, kT0 + 3000), 1000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 1, 10000);
        QVERIFY(writer.lastFault() == StorageFault::DiskFull);
        QVERIFY(writer.isPaused());
        QVERIFY(paused.at(0).at(0).value<Error>().message.contains(QStringLiteral("full")));
        QCOMPARE(writer.queueDepth(), 1);                // kept, not dropped
        QCOMPARE(edges(cfg), 2);                         // committed data intact
        QCOMPARE(queryValue(cfg, QStringLiteral("SELECT cursor_us FROM jetstream_cursors")).toLongLong(), kT0 + 2);

        QVERIFY(ge::test::execSql(cfg, QStringLiteral("DELETE FROM ballast")).isEmpty()); // space returns
        writer.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(resumed.count() == 1, 10000);
        QVERIFY(writer.flush(5000));
        QCOMPARE(edges(cfg), 1002);
        QCOMPARE(queryValue(cfg, QStringLiteral("SELECT cursor_us FROM jetstream_cursors")).toLongLong(), kT0 + 3000);
        QVERIFY(!writer.isPaused());
        writer.stop();
    }

    void realFullFilesystem()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("tiny"));
        QVERIFY(QDir().mkpath(mnt));
        TmpfsMount fs;
        if (!fs.mount(mnt, QStringLiteral("3m"))) {
            QSKIP("cannot mount a tmpfs here (needs root); the max_page_count test covers SQLITE_FULL");
        }
        DatabaseConfig cfg = prepared(mnt + QStringLiteral("/db.sqlite"));
        QFile filler(mnt + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray chunk(64 * 1024, 'x');
        while (filler.write(chunk) == chunk.size() && filler.flush()) {
        }
        filler.close();

        StorageWriter writer(cfg, m_clock, &m_stats, fastRetry());
        QSignalSpy paused(&writer, &StorageWriter::paused);
        QSignalSpy resumed(&writer, &StorageWriter::resumed);
        writer.start();
        QVERIFY(writer.submit(follows(0, 5000, 40), 1000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 1, 15000);
        QVERIFY(writer.lastFault() == StorageFault::DiskFull || writer.lastFault() == StorageFault::IoError
                || writer.lastFault() == StorageFault::CantOpen);
        QCOMPARE(writer.queueDepth(), 1);

        QVERIFY(QFile::remove(mnt + QStringLiteral("/filler")));
        writer.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(resumed.count() >= 1 || writer.queueDepth() == 0, 15000);
        QVERIFY(writer.flush(10000));
        QCOMPARE(edges(cfg), 5000);
        writer.stop();
    }

    void readOnlyDirectoryPausesThenResumes()
    {
        const QString mnt = m_dir.filePath(QStringLiteral("ro"));
        QVERIFY(QDir().mkpath(mnt));
        TmpfsMount fs;
        const bool mounted = fs.mount(mnt, QStringLiteral("16m"));
        const bool canChmod = ::geteuid() != 0;
        if (!mounted && !canChmod) {
            QSKIP("running as root without mount permission: a read-only directory cannot be simulated");
        }
        DatabaseConfig cfg = prepared(mnt + QStringLiteral("/db.sqlite"));
        {
            StorageWriter first(cfg, m_clock, &m_stats, fastRetry());
            first.start();
            QVERIFY(first.submit(follows(0, 10), 1000).ok());
            QVERIFY(first.flush(5000));
            first.stop();
        }
        QFile::remove(cfg.sqlitePath + QStringLiteral("-shm"));
        if (mounted) {
            QVERIFY(fs.remount(true));
        } else {
            QVERIFY(QFile::setPermissions(mnt, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            QVERIFY(QFile::setPermissions(cfg.sqlitePath, QFileDevice::ReadOwner));
        }
        StorageWriter writer(cfg, m_clock, &m_stats, fastRetry());
        QSignalSpy paused(&writer, &StorageWriter::paused);
        QSignalSpy resumed(&writer, &StorageWriter::resumed);
        writer.start();
        QVERIFY(writer.submit(follows(10, 10), 1000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 1, 10000);
        QVERIFY(writer.isPaused());
        QCOMPARE(writer.queueDepth(), 1);
        QVERIFY(!paused.at(0).at(0).value<Error>().message.isEmpty());

        if (mounted) {
            QVERIFY(fs.remount(false));
        } else {
            QVERIFY(QFile::setPermissions(mnt, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
            QVERIFY(QFile::setPermissions(cfg.sqlitePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        writer.retryNow();
        QTRY_VERIFY_WITH_TIMEOUT(writer.queueDepth() == 0, 10000);
        QTRY_COMPARE(resumed.count(), 1);
        QCOMPARE(edges(cfg), 20);
        writer.stop();
    }

    void lockedDatabasePausesUntilReleased()
    {
        DatabaseConfig cfg = prepared();
        DatabaseConfig quick = cfg;
        quick.busyTimeoutMs = 50;
        StorageWriter writer(quick, m_clock, &m_stats, fastRetry());
        QSignalSpy paused(&writer, &StorageWriter::paused);
        QSignalSpy resumed(&writer, &StorageWriter::resumed);
        writer.start();
        QVERIFY(writer.submit(follows(0, 5), 1000).ok());
        QVERIFY(writer.flush(5000));

        auto other = DbConnection::open(cfg, QStringLiteral("locker"));
        QVERIFY(other.ok());
        QVERIFY((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
        QVERIFY((*other)->exec(QStringLiteral("INSERT INTO storage_counters (name, value) VALUES ('other', 1)")).ok());

        QVERIFY(writer.submit(follows(5, 5), 1000).ok());
        QTRY_VERIFY_WITH_TIMEOUT(paused.count() >= 1, 10000);
        QVERIFY(writer.lastFault() == StorageFault::Locked);
        QVERIFY(paused.at(0).at(0).value<Error>().message.contains(QStringLiteral("locked")));
        QCOMPARE(writer.queueDepth(), 1);

        QVERIFY((*other)->commit().ok());
        QTRY_VERIFY_WITH_TIMEOUT(resumed.count() == 1, 10000);
        QVERIFY(writer.flush(5000));
        QCOMPARE(edges(cfg), 10);
        QCOMPARE(queryValue(cfg, QStringLiteral("SELECT value FROM storage_counters WHERE name = 'other'")).toInt(), 1);
        writer.stop();
    }

    void stopWhilePausedReportsUnsavedBatches()
    {
        DatabaseConfig cfg = prepared();
        DatabaseConfig quick = cfg;
        quick.busyTimeoutMs = 20;
        StorageWriter writer(quick, m_clock, &m_stats, fastRetry());
        QSignalSpy failed(&writer, &StorageWriter::batchFailed);
        writer.start();
        QVERIFY(writer.submit(follows(0, 1, 8, kT0 + 1), 1000).ok());
        QVERIFY(writer.flush(5000));
        auto other = DbConnection::open(cfg, QStringLiteral("locker"));
        QVERIFY((*other)->exec(QStringLiteral("BEGIN EXCLUSIVE")).ok());
        QVERIFY(writer.submit(follows(1, 7, 8, kT0 + 9), 1000).ok());
        QTRY_VERIFY(writer.isPaused());
        writer.stop(100);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(1).toLongLong(), 7);
        QVERIFY(failed.at(0).at(0).value<Error>().message.contains(QStringLiteral("replayed")));
        (*other)->rollback();
        QCOMPARE(queryValue(cfg, QStringLiteral("SELECT cursor_us FROM jetstream_cursors")).toLongLong(), kT0 + 1);
        QVERIFY(!writer.submit(follows(50, 1), 0).ok()); // stopped
    }

    void fullQueueSignalsBackpressureAndDropsNothing()
    {
        DatabaseConfig cfg = prepared();
        WriterOptions o = fastRetry();
        o.queueCapacity = 2;
        StorageWriter writer(cfg, m_clock, &m_stats, o);
        metrics::MetricsRegistry registry;
        writer.setMetrics(&registry);
        QSignalSpy pressure(&writer, &StorageWriter::backpressureChanged);
        QVERIFY(writer.submit(follows(0, 1), 0).ok());
        QVERIFY(writer.submit(follows(1, 1), 0).ok());
        QCOMPARE(pressure.count(), 1);
        QCOMPARE(pressure.at(0).at(0).toBool(), true);
        Status third = writer.submit(follows(2, 1), 20);
        QVERIFY(!third.ok());
        QVERIFY(third.error().retryable);
        QVERIFY(third.error().message.contains(QStringLiteral("full")));
        QCOMPARE(writer.stats().rejectedSubmits, 1);
        QCOMPARE(writer.queueDepth(), 2);
        QCOMPARE(registry.gauge(QStringLiteral("ge_storage_queue_depth")).value(), 2.0);
        writer.start(); // the writer drains; producers may submit again
        QVERIFY(writer.flush(5000));
        QTRY_COMPARE(pressure.count(), 2);
        QCOMPARE(pressure.at(1).at(0).toBool(), false);
        QVERIFY(writer.submit(follows(2, 1), 1000).ok());
        QVERIFY(writer.flush(5000));
        QCOMPARE(edges(cfg), 3);
        QCOMPARE(registry.gauge(QStringLiteral("ge_storage_queue_depth")).value(), 0.0);
        QCOMPARE(registry.counter(QStringLiteral("ge_storage_rows_committed_total")).value(), quint64(3));
        writer.stop();
    }

    void corruptAndUncleanDatabasesAreDetected()
    {
        const QString backupDir = m_dir.filePath(QStringLiteral("backups"));
        QVERIFY(QDir().mkpath(backupDir));
        QFile marker(backupDir + QStringLiteral("/growth-engine-20260101-000000-000.sqlite"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.close();

        DatabaseConfig garbage = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("garbage.sqlite")));
        QFile g(garbage.sqlitePath);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(8192, '\x5a'));
        g.close();
        StartupInspection r = StartupCheck::inspect(garbage, backupDir);
        QVERIFY(r.state == StartupInspection::State::Corrupt);
        QVERIFY(!r.canOpen());
        QVERIFY(r.latestBackup.endsWith(QStringLiteral("growth-engine-20260101-000000-000.sqlite")));
        QVERIFY(r.message.contains(r.latestBackup));
        auto open = DbConnection::open(garbage, QStringLiteral("g"));
        QVERIFY(!open.ok());
        QCOMPARE(QFileInfo(garbage.sqlitePath).size(), 8192); // nothing overwritten

        // A database cut short (e.g. a bad copy) fails the quick_check.
        DatabaseConfig cut = prepared();
        {
            StorageWriter w(cut, m_clock, &m_stats, fastRetry());
            w.start();
            QVERIFY(w.submit(follows(0, 3000, 40), 2000).ok());
            QVERIFY(w.flush(20000));
            w.stop();
        }
        QVERIFY(ge::test::execSql(cut, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).isEmpty());
        const qint64 size = QFileInfo(cut.sqlitePath).size();
        QVERIFY(QFile::resize(cut.sqlitePath, size / 2));
        r = StartupCheck::inspect(cut, backupDir, true);
        QVERIFY2(r.state == StartupInspection::State::Corrupt || r.state == StartupInspection::State::Unreadable,
                 qPrintable(toString(r.state)));
        QVERIFY(!r.message.isEmpty());

        // Integrity flag: set while open; found at startup → quick_check runs.
        DatabaseConfig ok = prepared();
        QVERIFY(StartupCheck::setOpenFlag(ok));
        r = StartupCheck::inspect(ok, backupDir);
        QVERIFY(r.state == StartupInspection::State::Ok);
        QVERIFY(r.uncleanShutdown);
        QVERIFY(r.fullCheckRan);
        StartupCheck::clearOpenFlag(ok);
        r = StartupCheck::inspect(ok, backupDir);
        QVERIFY(!r.uncleanShutdown);
        QVERIFY(!r.fullCheckRan);

        DatabaseConfig missing = DatabaseConfig::sqlite(m_dir.filePath(QStringLiteral("none.sqlite")));
        QVERIFY(StartupCheck::inspect(missing, backupDir).state == StartupInspection::State::New);
    }
};

QTEST_GUILESS_MAIN(TestStorageFailures)
#include "tst_storage_failures.moc"
