#include "collectors/IngestCounters.h"
#include "collectors/TrackedAccounts.h"
#include "config/ConfigLoader.h"
#include "metrics/MetricsRegistry.h"
#include "reliability/HealthMonitor.h"
#include "reliability/ReliabilityStack.h"
#include "runtime/ServiceHost.h"
#include "storage/StorageService.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ge;

namespace {
AppConfig configFor(const QString &dir, bool offline)
{
    ConfigSources sources;
    sources.dataDir = dir;
    sources.environment = QProcessEnvironment();
    if (offline)
        sources.overrides.insert(QStringLiteral("app.offline"), QStringLiteral("true"));
    // Unroutable loopback ports: online probes fail fast and locally.
    sources.overrides.insert(QStringLiteral("appview.url"), QStringLiteral("http://127.0.0.1:9"));
    sources.overrides.insert(QStringLiteral("plc.url"), QStringLiteral("http://127.0.0.1:9"));
    sources.overrides.insert(QStringLiteral("jetstream.endpoints"), QStringLiteral("ws://127.0.0.1:9/subscribe"));
    sources.overrides.insert(QStringLiteral("http.total_timeout_ms"), QStringLiteral("2000"));
    return loadConfig(sources).config;
}

QString statusOf(const reliability::HealthSnapshot &s, const QString &name)
{
    for (const auto &c : s.components)
        if (c.name == name)
            return reliability::toString(c.result.status);
    return QStringLiteral("missing");
}

QString errorOf(const reliability::HealthSnapshot &s, const QString &name)
{
    for (const auto &c : s.components)
        if (c.name == name)
            return c.result.error;
    return {};
}
} // namespace

class TestServiceHost : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // The app's start-up hook: open() announces pending migrations (the progress dialog) and runs
    // them off this thread; an up-to-date database announces nothing.
    void announcesMigrationsOnlyWhenThereAreAny()
    {
        QTemporaryDir dir;
        metrics::MetricsRegistry metrics;
        int announced = 0;
        {
            runtime::ServiceHost host(configFor(dir.path(), true), &metrics, SystemClock::instance());
            host.setMigrationStarted([&announced] { ++announced; });
            const Status opened = host.open();
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().summary()));
            QCOMPARE(announced, 1);
            host.shutdown();
        }
        runtime::ServiceHost again(configFor(dir.path(), true), &metrics, SystemClock::instance());
        again.setMigrationStarted([&announced] { ++announced; });
        QVERIFY(again.open().ok());
        QCOMPARE(announced, 1);
        again.shutdown();
    }

    void offlineChecksLocalDependenciesOnly()
    {
        QTemporaryDir dir;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(configFor(dir.path(), true), &metrics, SystemClock::instance());
        const Status opened = host.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().summary()));
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("growth-engine.sqlite"))));

        reliability::HealthMonitor &health = host.reliability()->health();
        QSignalSpy rounds(&health, &reliability::HealthMonitor::roundFinished);
        health.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 20000);
        const auto snapshot = health.snapshot();
        QCOMPARE(statusOf(snapshot, QStringLiteral("database")), QStringLiteral("UP"));
        QCOMPARE(statusOf(snapshot, QStringLiteral("appview")), QStringLiteral("UNKNOWN"));
        QCOMPARE(errorOf(snapshot, QStringLiteral("appview")), QStringLiteral("offline mode"));
        QCOMPARE(statusOf(snapshot, QStringLiteral("plc")), QStringLiteral("UNKNOWN"));
        // The keychain is a local dependency: it is checked offline too (UP under the test keyring,
        // DOWN with a reason without one) — never "offline mode".
        QVERIFY(errorOf(snapshot, QStringLiteral("keychain")) != QStringLiteral("offline mode"));
        QVERIFY(health.components().contains(QStringLiteral("keychain")));

        const QStringList breakers = host.reliability()->breakers().names();
        for (const char *name : {"jetstream", "appview", "plc", "pds"})
            QVERIFY2(breakers.contains(QLatin1StringView(name)), name);

        const Status started = host.startCollectors();
        QVERIFY(!started.ok());
        QVERIFY(started.error().category == ErrorCategory::Network);
        QVERIFY(!host.collectorsRunning());

        host.shutdown();
        // A clean shutdown clears the integrity flag.
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("growth-engine.sqlite.open"))));
    }

    void onlineUnreachableDependenciesAreDown()
    {
        QTemporaryDir dir;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(configFor(dir.path(), false), &metrics, SystemClock::instance());
        QVERIFY(host.open().ok());
        reliability::HealthMonitor &health = host.reliability()->health();
        QSignalSpy rounds(&health, &reliability::HealthMonitor::roundFinished);
        health.checkNow();
        QTRY_VERIFY_WITH_TIMEOUT(!rounds.isEmpty(), 30000);
        const auto snapshot = health.snapshot();
        QCOMPARE(statusOf(snapshot, QStringLiteral("appview")), QStringLiteral("DOWN"));
        QVERIFY(!errorOf(snapshot, QStringLiteral("appview")).isEmpty());
        QCOMPARE(statusOf(snapshot, QStringLiteral("database")), QStringLiteral("UP"));
        QCOMPARE(reliability::toString(snapshot.overall), QStringLiteral("DOWN"));
        host.shutdown();
    }

    void corruptDatabaseIsRefusedAndKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("growth-engine.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray garbage(8192, 'x');
        f.write(garbage);
        f.close();
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(configFor(dir.path(), true), &metrics, SystemClock::instance());
        const Status opened = host.open();
        QVERIFY(!opened.ok());
        QVERIFY(opened.error().category == ErrorCategory::Storage);
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), garbage); // nothing overwritten
    }

    void replayFileRefusesMissingFilesAndASecondReplay()
    {
        const QString capture = QString::fromLocal8Bit(qgetenv("GE_TEST_DATA_DIR"))
                                + QStringLiteral("/jetstream/bluesky-jetstream_corpus_expected_v1.jsonl");
        QVERIFY2(QFile::exists(capture), qPrintable(capture));
        QTemporaryDir dir;
        metrics::MetricsRegistry metrics;
        runtime::ServiceHost host(configFor(dir.path(), true), &metrics, SystemClock::instance());
        QVERIFY(host.open().ok());

        const Status missing = host.replayFile(dir.filePath(QStringLiteral("no-such-capture.jsonl")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().category == ErrorCategory::Validation);
        QVERIFY2(missing.error().message.contains(QStringLiteral("no-such-capture.jsonl")),
                 qPrintable(missing.error().message));
        QVERIFY(!host.replayFile(dir.path()).ok()); // a directory is not a capture

        QSignalSpy stats(&host, &runtime::ServiceHost::collectorStats);
        QSignalSpy committed(&host, &runtime::ServiceHost::dataCommitted);
        QVERIFY(host.replayFile(capture).ok());
        // The first replay's thread is registered until its finish is handled on this thread.
        const Status second = host.replayFile(capture);
        QVERIFY(!second.ok());
        QVERIFY(second.error().message.contains(QStringLiteral("already running")));

        QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 30000);
        const auto last = stats.constLast().at(0).value<collectors::CollectorStats>();
        QCOMPARE(last.name, QStringLiteral("replay"));
        QCOMPARE(last.state, QStringLiteral("stopped"));
        QVERIFY(last.counters.lines() > 100); // the capture holds 152 lines
        QCOMPARE(last.counters.malformedTotal(), quint64(0));

        // Once finished, another replay may start.
        committed.clear();
        QVERIFY(host.replayFile(capture).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!committed.isEmpty(), 30000);
        host.shutdown();
    }
};

QTEST_GUILESS_MAIN(TestServiceHost)
#include "tst_servicehost.moc"
