// ingest_bench --url ws://127.0.0.1:6008/subscribe --tracked FILE --db PATH [--mode filtered|store-all]
//              [--compress] [--collections]
// The product's own path, end to end: JetstreamCollector (net::WebSocketClient on its thread) → parser → filter →
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

#include <QDir>

#include <fcntl.h>
#include <sys/resource.h>
#include <unistd.h>

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

// Linux schedstat of one thread: {ns on a CPU, ns waiting on a run queue}; {-1,-1} when unavailable.
struct SchedStat
{
    qint64 runNs = -1;
    qint64 waitNs = -1;
};

SchedStat readSchedStat(int fd)
{
    char buf[128];
    const ssize_t n = fd >= 0 ? ::pread(fd, buf, sizeof buf - 1, 0) : -1;
    if (n <= 0)
        return {};
    buf[n] = 0;
    SchedStat s;
    if (std::sscanf(buf, "%lld %lld", reinterpret_cast<long long *>(&s.runNs), reinterpret_cast<long long *>(&s.waitNs)) != 2)
        return {};
    return s;
}

// CPU seconds per thread name (ge-jetstream, ge-storage-writer, the main thread, ...).
QHash<QString, double> cpuByThread()
{
    QHash<QString, double> out;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/schedstat")));
        if (!comm.open(QIODevice::ReadOnly) || !stat.open(QIODevice::ReadOnly))
            continue;
        const QString name = QString::fromUtf8(comm.readAll().trimmed());
        out[name] += stat.readAll().split(' ').value(0).toDouble() / 1e9;
    }
    return out;
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
    const QCommandLineOption threadNice(QStringLiteral("thread-nice"),
                                        QStringLiteral("nice increment of the collector thread (default: the product's)"),
                                        QStringLiteral("N"));
    p.addOptions({url, mode, tracked, db, compress, collections, threadNice});
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
    if (p.isSet(threadNice))
        options.threadNice = p.value(threadNice).toInt();
    reliability::SystemRandomSource random;
    auto *collector = new collectors::JetstreamCollector(options, trackedAccounts, sink, SystemClock::instance(), random);
    QThread thread;
    thread.setObjectName(QStringLiteral("ge-jetstream"));
    collector->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, collector, &QObject::deleteLater);

    // "GUI thread" latency probe. Lateness of a 5 ms timer, split with the thread's schedstat into
    // the part spent waiting for a CPU (run queue: other threads and processes on a busy machine)
    // and the rest ("blocked": the event loop itself was busy, i.e. work on the GUI thread).
    QList<qint64> lateness, blocked, runqWait;
    lateness.reserve(100000);
    blocked.reserve(100000);
    runqWait.reserve(100000);
    const int schedFd = ::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC);
    QElapsedTimer probeClock;
    qint64 lastTick = 0;
    SchedStat lastSched;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    QObject::connect(&probe, &QTimer::timeout, &app, [&]() {
        const qint64 now = probeClock.nsecsElapsed();
        const SchedStat sched = readSchedStat(schedFd);
        if (lastTick > 0) {
            const qint64 late = std::max<qint64>(0, now - lastTick - 5'000'000);
            const qint64 wait = sched.waitNs >= 0 && lastSched.waitNs >= 0 ? sched.waitNs - lastSched.waitNs : 0;
            lateness.append(late);
            runqWait.append(wait);
            blocked.append(std::max<qint64>(0, late - wait));
        }
        lastTick = now;
        lastSched = sched;
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
    const QHash<QString, double> threadCpu = cpuByThread(); // before the collector thread ends
    probe.stop();
    thread.quit();
    thread.wait();
    writer.flush(600000); // the final COMMIT is inside the timing
    const double seconds = double(wall.nsecsElapsed()) / 1e9;
    const double cpu = cpuSeconds() - cpu0;
    const auto ws = writer.stats();
    writer.stop(60000);

    std::sort(lateness.begin(), lateness.end());
    std::sort(blocked.begin(), blocked.end());
    std::sort(runqWait.begin(), runqWait.end());
    const auto maxMs = [](const QList<qint64> &v) { return v.isEmpty() ? 0.0 : double(v.constLast()) / 1e6; };
    const double maxLateMs = maxMs(lateness);
    const double p99LateMs = lateness.isEmpty() ? 0 : double(lateness.at(qsizetype(double(lateness.size() - 1) * 0.99))) / 1e6;
    const quint64 evCount = last.counters.events();
    const auto usPerEvent = [&](const QString &threadName) {
        return evCount ? threadCpu.value(threadName) * 1e6 / double(evCount) : 0.0;
    };
    const quint64 events = last.counters.events();
    std::printf("{\"product\":\"growth-engine\",\"mode\":\"%s\",\"events\":%llu,\"matched\":%llu,\"malformed\":%llu,"
                "\"rows_committed\":%lld,\"transactions\":%lld,\"seconds\":%.3f,\"ev_per_s\":%.0f,\"cpu_pct\":%.0f,"
                "\"peak_rss_kib\":%ld,\"gui_latency_max_ms\":%.2f,\"gui_latency_p99_ms\":%.2f,\"gui_ticks\":%lld,"
                "\"gui_blocked_max_ms\":%.2f,\"gui_runq_wait_max_ms\":%.2f,\"cpu_us_per_event\":%.2f,"
                "\"collector_cpu_us_per_event\":%.2f,\"writer_cpu_us_per_event\":%.2f,\"thread_nice\":%d,"
                "\"backpressure_waits\":%llu,\"wire_bytes\":%llu,\"compression_ratio\":%.2f,\"cursor\":%lld}\n",
                qPrintable(p.value(mode)), static_cast<unsigned long long>(events),
                static_cast<unsigned long long>(last.counters.matched),
                static_cast<unsigned long long>(last.counters.malformedTotal()), static_cast<long long>(ws.applied.rows),
                static_cast<long long>(ws.transactions), seconds, double(events) / seconds, 100.0 * cpu / seconds,
                peakRssKiB(), maxLateMs, p99LateMs, static_cast<long long>(lateness.size()), maxMs(blocked), maxMs(runqWait),
                evCount ? cpu * 1e6 / double(evCount) : 0.0, usPerEvent(QStringLiteral("ge-jetstream")),
                usPerEvent(QStringLiteral("ge-storage-writ")), options.threadNice,
                static_cast<unsigned long long>(last.backpressureWaits), static_cast<unsigned long long>(last.wireBytes),
                last.compressionRatio, static_cast<long long>(last.counters.lastTimeUs));
    return 0;
}
