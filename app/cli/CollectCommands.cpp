#include "cli/Commands.h"

#include "atproto/XrpcClient.h"
#include "collectors/BackfillCollector.h"
#include "collectors/CollectorState.h"
#include "collectors/CollectorsLogging.h"
#include "collectors/JetstreamCollector.h"
#include "collectors/ReplayRunner.h"
#include "collectors/StorageWriterSink.h"
#include "collectors/TrackedAccounts.h"
#include "core/Clock.h"
#include "core/ShutdownSignals.h"
#include "metrics/MetricsRegistry.h"
#include "net/HttpClient.h"
#include "reliability/ReliabilityStack.h"
#include "reliability/RetryPolicy.h"
#include "runtime/NetworkHost.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include <memory>
#include <variant>

namespace ge::cli {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("Commands", text);
}

// The headless storage stack: migrated database + the single writer thread.
struct HeadlessStorage
{
    storage::DatabaseConfig db;
    std::unique_ptr<storage::QueryStats> stats;
    std::unique_ptr<storage::StorageWriter> writer;
    std::unique_ptr<collectors::StorageWriterSink> sink;
    collectors::CollectorStartState state;

    ~HeadlessStorage()
    {
        if (writer)
            writer->stop(30000);
    }
};

// Opens (and migrates) the configured database, loads the collector state of `stream`, registers
// the DIDs given with --track as watched accounts and starts the writer. Exit code on failure.
std::variant<std::unique_ptr<HeadlessStorage>, int> openStorage(CliContext &ctx, const QString &stream,
                                                                 QStringList &trackDids)
{
    auto hs = std::make_unique<HeadlessStorage>();
    auto dbConfig = storage::DatabaseConfig::fromUrl(ctx.config().databaseUrl, ctx.config().dataDir);
    if (!dbConfig) {
        ctx.err() << dbConfig.error().message << Qt::endl;
        return int(ExitConfig);
    }
    hs->db = *dbConfig;
    {
        auto conn = storage::DbConnection::open(hs->db, QStringLiteral("cli-collect-setup"));
        if (!conn) {
            ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "Cannot open the database: %1")).arg(conn.error().message) << Qt::endl;
            return int(ExitStorage);
        }
        auto migrated = storage::Migrator().migrate(**conn);
        if (!migrated) {
            ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "Cannot migrate the database: %1")).arg(migrated.error().message) << Qt::endl;
            return int(ExitStorage);
        }
        // Handles cannot be resolved offline: look them up among known profiles and accounts.
        for (QString &entry : trackDids) {
            if (entry.startsWith(u"did:"))
                continue;
            QString handle = entry.startsWith(u'@') ? entry.mid(1) : entry;
            auto did = (*conn)->scalar(QStringLiteral("SELECT did FROM accounts WHERE handle = ? UNION ALL "
                                                      "SELECT did FROM profiles WHERE handle = ? LIMIT 1"),
                                       {handle, handle});
            if (!did || !did->isValid()) {
                ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "Unknown handle '%1': give the account's DID (did:plc:…) or add the account first."))
                                 .arg(handle)
                          << Qt::endl;
                return int(ExitUsage);
            }
            entry = did->toString();
        }
        for (const QString &did : std::as_const(trackDids)) {
            const Status st = (*conn)->select(QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) "
                                                             "VALUES (?, ?, 'watched', ?) ON CONFLICT (did) DO NOTHING"),
                                              {did, did, SystemClock::instance().nowUs()})
                                  .ok()
                                  ? Status()
                                  : Status(Error::storage(t(QT_TRANSLATE_NOOP("Commands", "Cannot register tracked account %1")).arg(did)));
            if (!st) {
                ctx.err() << st.error().message << Qt::endl;
                return int(ExitStorage);
            }
        }
        auto state = collectors::loadCollectorState(**conn, stream);
        if (!state) {
            ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "Cannot read the collector state: %1")).arg(state.error().message) << Qt::endl;
            return int(ExitStorage);
        }
        hs->state = *state;
    }
    hs->stats = std::make_unique<storage::QueryStats>();
    hs->writer = std::make_unique<storage::StorageWriter>(hs->db, SystemClock::instance(), hs->stats.get());
    hs->writer->start();
    if (!hs->writer->waitUntilReady(30000)) {
        ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "The database writer did not start.")) << Qt::endl;
        return int(ExitStorage);
    }
    hs->sink = std::make_unique<collectors::StorageWriterSink>(*hs->writer);
    if (hs->state.cursorUs)
        hs->sink->setInitialCursor(stream, *hs->state.cursorUs);
    return hs;
}

} // namespace

// growth-engine replay FILE.jsonl [--track HANDLE_OR_DID ...]
int runReplayCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption track(QStringList{QStringLiteral("track")},
                                   t(QT_TRANSLATE_NOOP("Commands", "Account to track (DID, or a handle already known). Repeatable.")),
                                   t(QT_TRANSLATE_NOOP("Commands", "HANDLE_OR_DID")));
    parser.addOption(track);
    if (auto exit = ctx.parse(parser, t(QT_TRANSLATE_NOOP("Commands", "Feed a Jetstream capture (one event per line) through the collector's "
                                        "parser, filter and writer.")),
                              QStringLiteral("FILE.jsonl")))
        return *exit;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return ctx.usageError(t(QT_TRANSLATE_NOOP("Commands", "replay takes exactly one FILE.jsonl")));
    const QString path = files.constFirst();
    if (!QFileInfo(path).isReadable()) {
        ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "Cannot read %1")).arg(path) << Qt::endl;
        return ExitNoData;
    }
    QStringList trackDids = parser.values(track);
    const QString stream = QStringLiteral("replay:") + QFileInfo(path).fileName();
    auto opened = openStorage(ctx, stream, trackDids);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    auto hs = std::move(std::get<std::unique_ptr<HeadlessStorage>>(opened));

    collectors::TrackedAccounts tracked;
    QStringList all = hs->state.trackedDids + trackDids;
    all.removeDuplicates();
    tracked.setDids(all);

    collectors::ReplayRunner runner(tracked, *hs->sink);
    runner.addKnownFollowers(hs->state.knownFollowers);
    auto report = runner.run(path);
    if (!report) {
        ctx.err() << report.error().message << Qt::endl;
        return ExitFailed;
    }
    if (!hs->writer->flush(60000)) {
        ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "The database writer did not finish in time.")) << Qt::endl;
        return ExitStorage;
    }
    const auto ws = hs->writer->stats();
    hs->writer->stop(30000);
    const collectors::IngestCounters &c = report->counters;
    ctx.out() << t(QT_TRANSLATE_NOOP("Commands", "replayed %1: lines=%2 events=%3 matched=%4 ignored=%5 control=%6 unreadable=%7"))
                     .arg(path)
                     .arg(report->lines)
                     .arg(c.events())
                     .arg(c.matched)
                     .arg(c.ignored)
                     .arg(c.control)
                     .arg(report->unreadable)
              << Qt::endl;
    ctx.out() << t(QT_TRANSLATE_NOOP("Commands", "stored: new_follows=%1 unfollows=%2 unattributed_unfollows=%3 engagements=%4 duplicates=%5 "
                   "failed_batches=%6"))
                     .arg(ws.applied.newFollows)
                     .arg(ws.applied.unfollows)
                     .arg(ws.applied.unattributedUnfollows)
                     .arg(ws.applied.engagements)
                     .arg(ws.applied.duplicates)
                     .arg(ws.failedBatches)
              << Qt::endl;
    ctx.out() << c.summary() << Qt::endl;
    if (ws.failedBatches > 0)
        return ExitStorage;
    if (report->unreadable > 0) {
        ctx.err() << QCoreApplication::translate("Commands", "%n line(s) could not be read.", nullptr, int(report->unreadable)) << Qt::endl;
        return ExitFailed;
    }
    if (report->lines == 0)
        return ExitNoData;
    return ExitOk;
}

// growth-engine collect [--duration SECONDS] [--track HANDLE_OR_DID ...]
int runCollectCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption duration(QStringList{QStringLiteral("duration")},
                                      t(QT_TRANSLATE_NOOP("Commands", "Stop after this many seconds (default: until SIGINT/SIGTERM).")),
                                      t(QT_TRANSLATE_NOOP("Commands", "SECONDS")));
    const QCommandLineOption track(QStringList{QStringLiteral("track")},
                                   t(QT_TRANSLATE_NOOP("Commands", "Also track this account (DID, or a handle already known). Repeatable.")),
                                   t(QT_TRANSLATE_NOOP("Commands", "HANDLE_OR_DID")));
    const QCommandLineOption noBackfill(QStringList{QStringLiteral("no-backfill")},
                                        t(QT_TRANSLATE_NOOP("Commands", "Only stream from Jetstream; do not crawl followers and follows.")));
    parser.addOption(duration);
    parser.addOption(track);
    parser.addOption(noBackfill);
    if (auto exit = ctx.parse(parser, t(QT_TRANSLATE_NOOP("Commands", "Run the collectors headless until stopped (Jetstream live, and the backfill "
                                        "crawl of accounts never crawled, then on its schedule); everything read is "
                                        "committed."))))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(t(QT_TRANSLATE_NOOP("Commands", "unexpected argument '%1'")).arg(parser.positionalArguments().constFirst()));
    qint64 durationS = 0;
    if (parser.isSet(duration)) {
        bool ok = false;
        durationS = parser.value(duration).toLongLong(&ok);
        if (!ok || durationS <= 0)
            return ctx.usageError(t(QT_TRANSLATE_NOOP("Commands", "--duration needs a positive number of seconds")));
    }

    collectors::JetstreamOptions options;
    options.endpoints.clear();
    for (const QString &e : ctx.config().jetstreamEndpoints)
        options.endpoints.append(QUrl(e));
    options.compress = ctx.config().jetstreamCompress;
    options.rewindUs = qint64(ctx.config().jetstreamRewindSeconds) * 1'000'000;

    QStringList trackDids = parser.values(track);
    auto opened = openStorage(ctx, options.stream, trackDids);
    if (std::holds_alternative<int>(opened))
        return std::get<int>(opened);
    auto hs = std::move(std::get<std::unique_ptr<HeadlessStorage>>(opened));

    collectors::TrackedAccounts tracked;
    QStringList all = hs->state.trackedDids + trackDids;
    all.removeDuplicates();
    tracked.setDids(all);
    if (all.isEmpty())
        qCWarning(collectors::lcCollectors) << "collect: no tracked accounts; only the cursor advances";

    reliability::SystemRandomSource random;
    auto *collector = new collectors::JetstreamCollector(options, tracked, *hs->sink, SystemClock::instance(), random);
    collector->addKnownFollowers(hs->state.knownFollowers);
    QThread thread;
    thread.setObjectName(QStringLiteral("ge-jetstream"));
    collector->moveToThread(&thread);
    QObject::connect(&thread, &QThread::finished, collector, &QObject::deleteLater);
    QObject::connect(&tracked, &collectors::TrackedAccounts::changed, collector,
                     &collectors::JetstreamCollector::sendOptionsUpdate);

    collectors::IngestCounters finalCounters;
    int exitCode = ExitOk;
    QObject::connect(collector, &collectors::JetstreamCollector::statsChanged, QCoreApplication::instance(),
                     [&finalCounters](const collectors::CollectorStats &s) { finalCounters = s.counters; });
    QObject::connect(collector, &collectors::JetstreamCollector::stopped, QCoreApplication::instance(),
                     []() { QCoreApplication::exit(0); });

    // Backfill on the main thread (its XRPC calls are asynchronous): accounts never crawled now,
    // then every backfill.interval_hours. Watched accounts only (AppView reads); own accounts'
    // follow records need a session, which the GUI's network side has.
    const Clock &clock = SystemClock::instance();
    metrics::MetricsRegistry registry;
    std::unique_ptr<reliability::ReliabilityStack> reliabilityStack;
    std::unique_ptr<net::HttpClient> http;
    std::unique_ptr<atproto::XrpcClient> xrpc;
    std::unique_ptr<collectors::BackfillCollector> backfill;
    const bool runBackfill = !parser.isSet(noBackfill) && !ctx.config().offline && !all.isEmpty();
    if (runBackfill) {
        reliabilityStack = std::make_unique<reliability::ReliabilityStack>(ctx.config(), clock, &registry, nullptr);
        reliabilityStack->start();
        http = std::make_unique<net::HttpClient>(runtime::NetworkHost::httpDeps(reliabilityStack.get(), clock));
        xrpc = std::make_unique<atproto::XrpcClient>(
            http.get(), runtime::NetworkHost::xrpcOptions(ctx.config(), reliabilityStack.get()));
        collectors::BackfillOptions bo;
        bo.appView = atproto::XrpcTarget::appView(ctx.config().appViewUrl);
        bo.intervalMs = qint64(ctx.config().backfillIntervalHours) * 3600 * 1000;
        backfill = std::make_unique<collectors::BackfillCollector>(*xrpc, *hs->writer, *hs->sink, hs->db, clock, bo);
        QList<collectors::BackfillAccount> accounts;
        for (const QString &did : std::as_const(all))
            accounts.append(collectors::BackfillAccount{did, {}});
        backfill->setAccounts(accounts);
        QObject::connect(backfill.get(), &collectors::BackfillCollector::accountCompleted, QCoreApplication::instance(),
                         [&ctx](const QString &did, qint64 followers, qint64 follows, qint64 gone) {
                             ctx.out() << t(QT_TRANSLATE_NOOP("Commands", "backfilled %1: followers=%2 follows=%3 unfollows_found=%4"))
                                              .arg(did)
                                              .arg(followers)
                                              .arg(follows)
                                              .arg(gone)
                                       << Qt::endl;
                         });
    }

    bool stopping = false;
    auto requestStop = [&]() {
        if (stopping)
            return;
        stopping = true;
        qCInfo(collectors::lcCollectors) << "collect: stopping";
        if (backfill)
            backfill->stop(); // no further page; the stored cursor resumes an unfinished crawl
        collector->requestStop();
        QMetaObject::invokeMethod(collector, &collectors::JetstreamCollector::stop, Qt::QueuedConnection);
    };

    ShutdownSignals shutdownSignals;
    QObject::connect(&shutdownSignals, &ShutdownSignals::shutdownRequested, QCoreApplication::instance(),
                     [&](int signalNumber) {
                         qCInfo(collectors::lcCollectors) << "collect: signal" << signalNumber;
                         requestStop();
                     });

    QTimer stopTimer;
    stopTimer.setSingleShot(true);
    QObject::connect(&stopTimer, &QTimer::timeout, QCoreApplication::instance(), requestStop);
    if (durationS > 0)
        stopTimer.start(std::chrono::seconds(durationS));

    thread.start();
    QMetaObject::invokeMethod(collector, &collectors::JetstreamCollector::start, Qt::QueuedConnection);
    if (backfill)
        QMetaObject::invokeMethod(backfill.get(), &collectors::BackfillCollector::startSchedule, Qt::QueuedConnection);
    QCoreApplication::exec();

    thread.quit();
    thread.wait();
    // In-flight XRPC calls are aborted silently; what a finished page wrote is in the writer queue.
    xrpc.reset();
    http.reset();
    backfill.reset();
    if (reliabilityStack)
        reliabilityStack->stop();

    if (!hs->writer->flush(60000)) {
        ctx.err() << t(QT_TRANSLATE_NOOP("Commands", "The database writer did not finish in time.")) << Qt::endl;
        exitCode = ExitStorage;
    }
    const auto ws = hs->writer->stats();
    hs->writer->stop(30000);
    ctx.out() << t(QT_TRANSLATE_NOOP("Commands", "collected: ")) << finalCounters.summary() << Qt::endl;
    ctx.out() << t(QT_TRANSLATE_NOOP("Commands", "stored: new_follows=%1 unfollows=%2 engagements=%3 failed_batches=%4"))
                     .arg(ws.applied.newFollows)
                     .arg(ws.applied.unfollows)
                     .arg(ws.applied.engagements)
                     .arg(ws.failedBatches)
              << Qt::endl;
    if (ws.failedBatches > 0)
        exitCode = ExitStorage;
    return exitCode;
}

} // namespace ge::cli
