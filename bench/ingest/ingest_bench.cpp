// ingest_bench --url ws://127.0.0.1:6008/subscribe --tracked FILE --db PATH [--mode filtered|store-all]
//              [--compress] [--collections]
// The product's own path, end to end: JetstreamCollector (QWebSocket on its thread) → parser → filter →
// StorageWriter (its thread, bounded queue) → SQLite (product schema). Follows the ingest-peer
// contract: the clock starts before connect and stops after the server's close and the final commit;
// prints one JSON line with ev_per_s. The main thread stands in for the GUI thread: a 5 ms timer
// measures its event-loop latency while ingest runs.
#include "collectors/JetstreamCollector.h"
#include "collectors/StorageWriterSink.h"
#include "collectors/TrackedAccounts.h"
#include "core/Clock.h"
#include "reliability/RetryPolicy.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace ge;

namespace {

double cpuSeconds()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return double(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) + double(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
}

long peakRssKiB()
{
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("ge.*.info=false\nge.storage.warning=true"));
    QCommandLineParser p;
    const QCommandLineOption url(QStringLiteral("url"), QStringLiteral("ws URL"), QStringLiteral("URL"),
                                 QStringLiteral("ws://127.0.0.1:6008/subscribe"));
    const QCommandLineOption mode(QStringLiteral("mode"), QStringLiteral("filtered|store-all"), QStringLiteral("MODE"),
                                  QStringLiteral("filtered"));
    const QCommandLineOption tracked(QStringLiteral("tracked"), QStringLiteral("tracked DIDs file"), QStringLiteral("FILE"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("SQLite file (fresh)"), QStringLiteral("PATH"),
                                QStringLiteral("/var/tmp/ge-ingest-bench.sqlite"));
    const QCommandLineOption compress(QStringLiteral("compress"), QStringLiteral("compress=true (zstd)"));
    const QCommandLineOption collections(QStringLiteral("collections"),
                                         QStringLiteral("send the product's wantedCollections (server-side filter)"));
    p.addOptions({url, mode, tracked, db, compress, collections});
    p.process(app);

    QStringList dids;
    if (p.isSet(tracked)) {
        QFile f(p.value(tracked));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(p.value(tracked)));
            return 2;
        }
        for (const QByteArray &l : f.readAll().split('\n'))
            if (l.startsWith("did:"))
                dids.append(QString::fromUtf8(l.trimmed()));
    }

    const QString dbPath = p.value(db);
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(dbPath + suffix);
    const storage::DatabaseConfig dbConfig = storage::DatabaseConfig::sqlite(dbPath);
    {
        auto conn = storage::DbConnection::open(dbConfig, QStringLiteral("bench-setup"));
        if (!conn || !storage::Migrator().migrate(**conn)) {
            std::fprintf(stderr, "cannot create %s\n", qPrintable(dbPath));
            return 4;
        }
        (void)(*conn)->begin();
        for (const QString &did : std::as_const(dids))
            (void)(*conn)->select(QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, 'watched', 1)"),
                                  {did, did});
        (void)(*conn)->commit();
    }
    storage::QueryStats stats;
    storage::StorageWriter writer(dbConfig, SystemClock::instance(), &stats);
    writer.start();
    if (!writer.waitUntilReady(30000))
        return 4;
    collectors::StorageWriterSink sink(writer);
    collectors::TrackedAccounts trackedAccounts;
    trackedAccounts.setDids(dids);

    collectors::JetstreamOptions options;
    options.endpoints = {QUrl(p.value(url))};
    options.compress = p.isSet(compress);
    if (!p.isSet(collections))
        options.wantedCollections.clear(); // the peer contract: no query, filter locally
    options.sendMaxMessageSize = false;
    options.silenceTimeoutMs = 60000;
    reliability::SystemRandomSource random;
    auto *collector = new collectors::JetstreamCollector(options, trackedAccounts, sink, SystemClock::instance(), random);
    QThread thread;
    thread.setObjectName(QStringLiteral("ge-jetstream"));
    collector->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, collector, &QObject::deleteLater);

    // "GUI thread" latency probe.
    QList<qint64> lateness;
    lateness.reserve(100000);
    QElapsedTimer probeClock;
    qint64 lastTick = 0;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &app, [&]() {
        const qint64 now = probeClock.nsecsElapsed();
        if (lastTick > 0)
            lateness.append(std::max<qint64>(0, now - lastTick - 5'000'000));
        lastTick = now;
    });

    collectors::CollectorStats last;
    QObject::connect(collector, &collectors::JetstreamCollector::statsChanged, &app,
                     [&last](const collectors::CollectorStats &s) { last = s; });
    QObject::connect(collector, &collectors::JetstreamCollector::disconnected, &app, [collector](const QString &) {
        // The replay server closes with 1000 after the last event: stop instead of reconnecting.
        collector->requestStop();
        QMetaObject::invokeMethod(collector, &collectors::JetstreamCollector::stop, Qt::QueuedConnection);
    });
    QObject::connect(collector, &collectors::JetstreamCollector::stopped, &app, []() { QCoreApplication::exit(0); });

    const double cpu0 = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    probeClock.start();
    probe.start();
    thread.start();
    QMetaObject::invokeMethod(collector, &collectors::JetstreamCollector::start, Qt::QueuedConnection);
    QCoreApplication::exec();
    probe.stop();
    thread.quit();
    thread.wait();
    writer.flush(600000); // the final COMMIT is inside the timing
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const auto ws = writer.stats();
    writer.stop(60000);

    std::sort(lateness.begin(), lateness.end());
    const double maxLateMs = lateness.isEmpty() ? 0 : double(lateness.constLast()) / 1e6;
    const double p99LateMs = lateness.isEmpty() ? 0 : double(lateness.at(qsizetype(double(lateness.size() - 1) * 0.99))) / 1e6;
    const quint64 events = last.counters.events();
    std::printf("{\"product\":\"growth-engine\",\"mode\":\"%s\",\"events\":%llu,\"matched\":%llu,\"malformed\":%llu,"
                "\"rows_committed\":%lld,\"transactions\":%lld,\"seconds\":%.3f,\"ev_per_s\":%.0f,\"cpu_pct\":%.0f,"
                "\"peak_rss_kib\":%ld,\"gui_latency_max_ms\":%.2f,\"gui_latency_p99_ms\":%.2f,\"gui_ticks\":%lld,"
                "\"backpressure_waits\":%llu,\"wire_bytes\":%llu,\"compression_ratio\":%.2f,\"cursor\":%lld}\n",
                qPrintable(p.value(mode)), static_cast<unsigned long long>(events),
                static_cast<unsigned long long>(last.counters.matched),
                static_cast<unsigned long long>(last.counters.malformedTotal()), static_cast<long long>(ws.applied.rows),
                static_cast<long long>(ws.transactions), seconds, double(events) / seconds, 100.0 * cpu / seconds,
                peakRssKiB(), maxLateMs, p99LateMs, static_cast<long long>(lateness.size()),
                static_cast<unsigned long long>(last.backpressureWaits), static_cast<unsigned long long>(last.wireBytes),
                last.compressionRatio, static_cast<long long>(last.counters.lastTimeUs));
    return 0;
}
