#include "runtime/ServiceHost.h"

#include "runtime/NetworkHost.h"

#include "atproto/XrpcClient.h"
#include "campaigns/CampaignService.h"
#include "campaigns/SessionGateway.h"
#include "collectors/BackfillCollector.h"
#include "collectors/CollectorMetrics.h"
#include "collectors/CollectorState.h"
#include "collectors/JetstreamCollector.h"
#include "collectors/ReplayRunner.h"
#include "collectors/StorageWriterSink.h"
#include "collectors/TrackedAccounts.h"
#include "core/ThreadPriority.h"
#include "reliability/HealthProbe.h"
#include "reliability/BucketStore.h"
#include "reliability/HealthProbes.h"
#include "reliability/ReliabilityHistory.h"
#include "reliability/ReliabilityConfig.h"
#include "reliability/ReliabilityStack.h"
#include "reliability/RetryPolicy.h"
#include "secrets/KeychainCredentialStore.h"
#include "storage/DbConnection.h"
#include "storage/ReadPool.h"
#include "storage/StorageService.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QFuture>
#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcRuntime, "ge.runtime")

namespace ge::runtime {

namespace {

QString t(const char *text)
{
    return QCoreApplication::translate("ServiceHost", text);
}

constexpr auto kJetstreamStream = "jetstream";

// Asks the keychain for an entry that does not exist: "not found" proves the Secret Service
// answers; anything else (no D-Bus, locked, no provider, a prompt nobody answers) is DOWN.
class KeychainProbe final : public reliability::HealthProbe
{
public:
    bool needsNetwork() const override { return false; }
    void probe(reliability::HealthCallback done) override
    {
        if (!m_store)
            m_store = std::make_unique<secrets::KeychainCredentialStore>(
                QString::fromLatin1(secrets::KeychainCredentialStore::defaultService), std::chrono::seconds(8));
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        m_store->read(QStringLiteral("growth-engine-health-probe"), [done, timer](Result<QByteArray> r) {
            const qint64 ms = timer->elapsed();
            QVariantMap details{{QStringLiteral("backend"), QStringLiteral("Secret Service (QtKeychain)")}};
            if (r.ok() || r.error().category == ErrorCategory::NotFound)
                done(reliability::HealthResult::up(ms, details));
            else
                done(reliability::HealthResult::down(r.error().message, ms, details));
        });
    }

private:
    std::unique_ptr<secrets::KeychainCredentialStore> m_store;
};

} // namespace

ServiceHost::ServiceHost(const AppConfig &config, metrics::MetricsRegistry *metrics, const Clock &clock,
                         QObject *parent)
    : QObject(parent), m_config(config), m_metrics(metrics), m_clock(clock)
{
    m_tracked = std::make_unique<collectors::TrackedAccounts>();
    m_random = std::make_unique<reliability::SystemRandomSource>();
    if (m_metrics) { // collector figures on /metrics (Jetstream and replay via collectorStats, backfill below)
        auto *collectorMetrics = new collectors::CollectorMetrics(*m_metrics, this);
        collectorMetrics->setObjectName(QStringLiteral("collectorMetrics"));
        connect(this, &ServiceHost::collectorStats, collectorMetrics, &collectors::CollectorMetrics::onStats);
    }
}

ServiceHost::~ServiceHost()
{
    shutdown();
}

Status ServiceHost::open()
{
    if (m_open)
        return {};
    auto database = storage::DatabaseConfig::fromUrl(m_config.databaseUrl, m_config.dataDir);
    if (!database)
        return database.error();
    storage::StorageServiceOptions options;
    options.database = *database;
    if (database->isSqlite())
        options.backupDir = QDir(m_config.dataDir).filePath(QStringLiteral("backups"));
    options.backupIntervalHours = m_config.backupIntervalHours;
    options.backupKeep = m_config.backupRetention;
    options.retentionDays = m_config.retentionDays;
    options.migrationStarted = m_migrationStarted;
    m_storage = std::make_unique<storage::StorageService>(options, m_clock);
    m_storage->setMetrics(m_metrics);
    if (Status s = m_storage->open(); !s)
        return s;

    storage::StorageWriter *writer = m_storage->writer();
    connect(writer, &storage::StorageWriter::committed, this, [this](qint64 rows, qint64) {
        if (rows > 0)
            Q_EMIT dataCommitted();
    });
    connect(writer, &storage::StorageWriter::paused, this,
            [this](const Error &reason) { Q_EMIT storagePaused(reason.message); });
    connect(writer, &storage::StorageWriter::resumed, this, &ServiceHost::storageResumed);

    m_sink = std::make_unique<collectors::StorageWriterSink>(*writer);

    // Rate-limit budgets persist (a restart must not refill an hourly budget): reads through a
    // connection of this thread at start, writes as tasks of the single writer.
    auto submit = [writer](std::function<Status(QSqlDatabase &)> task) {
        (void)writer->submitTask([task](storage::DbConnection &conn) { return task(conn.db()); });
    };
    auto budgetConnection = storage::DbConnection::open(m_storage->database(), QStringLiteral("ge-ratelimit"));
    if (budgetConnection) {
        m_budgetConnection = std::move(*budgetConnection);
        m_bucketStore = std::make_unique<reliability::SubmittingBucketStore>(m_budgetConnection->db().connectionName(),
                                                                             submit);
    } else {
        qCWarning(lcRuntime).noquote() << "rate-limit budgets will not persist:" << budgetConnection.error().summary();
    }
    m_reliability =
        std::make_unique<reliability::ReliabilityStack>(m_config, m_clock, m_metrics, m_bucketStore.get());
    m_history = std::make_unique<reliability::ReliabilityHistoryRecorder>(
        &m_reliability->breakers(), &m_reliability->health(), submit);
    addHealthProbes();
    m_reliability->start();
    m_open = true;
    if (!m_config.offline)
        startNetworkSide();
    qCInfo(lcRuntime).noquote() << "storage open:" << m_storage->database().describe();
    return {};
}

void ServiceHost::addHealthProbes()
{
    reliability::HealthMonitor &health = m_reliability->health();
    health.addProbe(QStringLiteral("database"), m_storage->makeHealthProbe());
    health.addProbe(QStringLiteral("keychain"), std::make_unique<KeychainProbe>());
    // Breakers exist from the start so that the Breakers page lists every dependency.
    for (const char *dependency : {"jetstream", "appview", "plc", "pds"})
        m_reliability->breakers().breaker(QString::fromLatin1(dependency));
}

void ServiceHost::startNetworkSide()
{
    m_network = std::make_unique<NetworkHost>(m_config, m_storage->database(), m_reliability.get(), m_clock);
    if (Status s = m_network->start(); !s) {
        qCWarning(lcRuntime).noquote() << "AT Protocol side not started:" << s.error().summary();
        m_network.reset();
        return;
    }
    campaigns::CampaignWorkerConfig cc;
    cc.database = m_storage->database();
    cc.lockDir = m_config.dataDir;
    cc.pacer.headroomFraction = m_config.rateLimitHeadroom;
    m_campaigns = new campaigns::CampaignService(
        cc, campaigns::sessionGatewayFactory(m_network->xrpc(), m_network->sessions(), m_clock), m_clock, this);
    m_campaigns->start();

    collectors::BackfillOptions bo;
    bo.appView = atproto::XrpcTarget::appView(m_config.appViewUrl);
    bo.intervalMs = qint64(m_config.backfillIntervalHours) * 3600 * 1000;
    storage::StorageWriter *writer = m_storage->writer();
    collectors::StorageWriterSink *sink = m_sink.get();
    const storage::DatabaseConfig db = m_storage->database();
    QPointer<ServiceHost> self(this);
    NetworkHost *network = m_network.get();
    QMetaObject::invokeMethod(
        network->context(),
        [this, self, network, writer, sink, db, bo] {
            auto *backfill = new collectors::BackfillCollector(*network->xrpc(), *writer, *sink, db, m_clock, bo,
                                                               network->context());
            connect(backfill, &collectors::BackfillCollector::progress, this,
                    [this](const collectors::BackfillProgress &p) {
                        Q_EMIT backfillProgress(p.accountDid, p.pages, p.items, p.expected, p.etaMs, p.accountsDone,
                                                p.accountsTotal);
                    });
            connect(backfill, &collectors::BackfillCollector::finished, this, [this] {
                Q_EMIT backfillFinished();
                Q_EMIT dataCommitted();
            });
            if (auto *collectorMetrics = findChild<collectors::CollectorMetrics *>(QStringLiteral("collectorMetrics")))
                collectorMetrics->watch(backfill);
            m_backfill = backfill;
        },
        Qt::BlockingQueuedConnection);
}

Status ServiceHost::runBackfillNow()
{
    if (!m_network || !m_backfill)
        return Error::make(ErrorCategory::Network, t(QT_TRANSLATE_NOOP("ServiceHost", "Offline mode: backfill needs the network.")));
    const QList<collectors::BackfillAccount> accounts = backfillAccounts();
    if (accounts.isEmpty())
        return Error::validation(t(QT_TRANSLATE_NOOP("ServiceHost", "No tracked accounts to backfill. Add an account in Settings first.")));
    collectors::BackfillCollector *backfill = m_backfill;
    m_network->post([backfill, accounts] {
        backfill->setAccounts(accounts);
        backfill->runNow();
    });
    return {};
}

QList<collectors::BackfillAccount> ServiceHost::backfillAccounts() const
{
    QList<collectors::BackfillAccount> accounts;
    for (const QString &did : m_tracked->dids())
        accounts.append(collectors::BackfillAccount{did, {}});
    return accounts;
}

QFuture<Result<collectors::CollectorStartState>> ServiceHost::loadStartState() const
{
    const QString stream = QString::fromLatin1(kJetstreamStream);
    return m_storage->readers()->run<collectors::CollectorStartState>(
        [stream](storage::DbConnection &conn) { return collectors::loadCollectorState(conn, stream); });
}

Status ServiceHost::reloadTrackedAccounts()
{
    if (!m_open)
        return Error::storage(t(QT_TRANSLATE_NOOP("ServiceHost", "The database is not open.")));
    loadStartState().then(this, [this](Result<collectors::CollectorStartState> state) {
        if (!state) {
            qCWarning(lcRuntime).noquote() << "cannot load tracked accounts:" << state.error().summary();
            return;
        }
        m_tracked->setDids(state->trackedDids);
        if (m_network && m_backfill) {
            collectors::BackfillCollector *backfill = m_backfill;
            const QList<collectors::BackfillAccount> accounts = backfillAccounts();
            m_network->post([backfill, accounts] { backfill->setAccounts(accounts); });
        }
        for (const QString &did : std::as_const(state->trackedDids))
            if (Status s = m_reliability->addAccount(did); !s)
                qCWarning(lcRuntime).noquote() << "rate-limit buckets for" << did << ":" << s.error().summary();
        if (m_jetstream) {
            QPointer<collectors::JetstreamCollector> collector = m_jetstream;
            const QStringList followers = state->knownFollowers;
            QMetaObject::invokeMethod(collector, [collector, followers] {
                if (collector) {
                    collector->addKnownFollowers(followers);
                    collector->sendOptionsUpdate();
                }
            });
        }
    });
    return {};
}

Status ServiceHost::startCollectors()
{
    if (!m_open)
        return Error::storage(t(QT_TRANSLATE_NOOP("ServiceHost", "The database is not open.")));
    if (m_config.offline) {
        qCInfo(lcRuntime) << "offline mode: collectors not started";
        return Error::make(ErrorCategory::Network, t(QT_TRANSLATE_NOOP("ServiceHost", "Offline mode: the collectors do not connect.")));
    }
    if (m_jetstream)
        return {};
    const QString stream = QString::fromLatin1(kJetstreamStream);
    loadStartState().then(this, [this, stream](Result<collectors::CollectorStartState> state) {
        if (!state) {
            qCWarning(lcRuntime).noquote() << "collector not started:" << state.error().summary();
            return;
        }
        if (m_jetstream || !m_open)
            return;
        m_tracked->setDids(state->trackedDids);
        if (state->cursorUs)
            m_sink->setInitialCursor(stream, *state->cursorUs);

        collectors::JetstreamOptions options;
        options.endpoints.clear();
        for (const QString &url : m_config.jetstreamEndpoints)
            options.endpoints.append(QUrl(url));
        options.compress = m_config.jetstreamCompress;
        options.rewindUs = qint64(m_config.jetstreamRewindSeconds) * 1'000'000;
        options.silenceTimeoutMs = m_config.websocketStallSeconds * 1000;
        options.reconnect = reliability::collectorRetryFrom(m_config);
        options.stream = stream;
        if (m_replaySinceUs > 0 && state->cursorUs && *state->cursorUs > m_replaySinceUs)
            options.rewindUs = std::max(options.rewindUs, *state->cursorUs - m_replaySinceUs);
        m_replaySinceUs = 0;

        m_jetstreamThread = new QThread(this);
        m_jetstreamThread->setObjectName(QStringLiteral("ge-jetstream"));
        auto *collector = new collectors::JetstreamCollector(options, *m_tracked, *m_sink, m_clock, *m_random);
        collector->setBreaker(m_reliability->breakers().breaker(QStringLiteral("jetstream")));
        collector->addKnownFollowers(state->knownFollowers);
        collector->moveToThread(m_jetstreamThread);
        connect(m_jetstreamThread, &QThread::finished, collector, &QObject::deleteLater);
        connect(collector, &collectors::JetstreamCollector::statsChanged, this, &ServiceHost::collectorStats);
        connect(collector, &collectors::JetstreamCollector::backfillRequested, this, [this] {
            qCInfo(lcRuntime) << "Jetstream outage longer than the replay window: starting a backfill";
            if (Status s = runBackfillNow(); !s)
                qCWarning(lcRuntime).noquote() << s.error().summary();
        });
        connect(m_tracked.get(), &collectors::TrackedAccounts::changed, collector,
                &collectors::JetstreamCollector::sendOptionsUpdate);
        m_jetstream = collector;
        m_jetstreamThread->start();
        QMetaObject::invokeMethod(collector, &collectors::JetstreamCollector::start, Qt::QueuedConnection);
        // The backfill schedule: never-crawled accounts now, every account each backfill.interval_hours.
        if (m_network && m_backfill) {
            collectors::BackfillCollector *backfill = m_backfill;
            const QList<collectors::BackfillAccount> accounts = backfillAccounts();
            m_network->post([backfill, accounts] {
                backfill->setAccounts(accounts);
                backfill->startSchedule();
            });
        }
        qCInfo(lcRuntime) << "jetstream collector started";
        Q_EMIT collectorStateChanged(true);
    });
    return {};
}

Status ServiceHost::replaySince(qint64 sinceUs)
{
    if (m_config.offline)
        return Error::make(ErrorCategory::Network, t(QT_TRANSLATE_NOOP("ServiceHost", "Offline mode: Jetstream cannot be replayed.")));
    const qint64 windowUs = 24LL * 3600 * 1'000'000;
    if (sinceUs < m_clock.nowUs() - windowUs)
        qCWarning(lcRuntime) << "replay start is older than Jetstream's replay window; the server clamps it";
    stopCollectors();
    m_replaySinceUs = sinceUs;
    return startCollectors();
}

Status ServiceHost::replayFile(const QString &path)
{
    if (!m_open)
        return Error::storage(t(QT_TRANSLATE_NOOP("ServiceHost", "The database is not open.")));
    if (m_replayThread)
        return Error::validation(t(QT_TRANSLATE_NOOP("ServiceHost", "A replay is already running.")));
    if (const QFileInfo info(path); !info.isFile() || !info.isReadable())
        return Error::validation(t(QT_TRANSLATE_NOOP("ServiceHost", "Cannot read the capture file %1.")).arg(QDir::toNativeSeparators(path)));
    m_replayCancel = false;
    const QString stream = QStringLiteral("replay:") + QFileInfo(path).fileName();
    auto *sink = m_sink.get();
    auto *tracked = m_tracked.get();
    QPointer<ServiceHost> self(this);
    m_replayThread = QThread::create([self, sink, tracked, path, this] {
        // A replay is a CPU-bound loop: under contention the GUI thread gets the core first.
        lowerWorkerThreadPriority(kBackgroundNice);
        collectors::ReplayRunner runner(*tracked, *sink);
        collectors::CollectorStats stats;
        stats.name = QStringLiteral("replay");
        stats.endpoint = path;
        stats.state = QStringLiteral("replaying");
        auto report = runner.run(path, [&](const collectors::ReplayReport &r) {
            stats.counters = r.counters;
            if (self)
                QMetaObject::invokeMethod(self, [self, stats] {
                    if (self)
                        Q_EMIT self->collectorStats(stats);
                });
            if (m_replayCancel)
                runner.cancel();
        });
        stats.state = QStringLiteral("stopped");
        if (report) {
            stats.counters = report->counters;
        } else {
            stats.state = QStringLiteral("failed");
            qCWarning(lcRuntime).noquote() << "replay failed:" << report.error().summary();
        }
        if (self)
            QMetaObject::invokeMethod(self, [self, stats] {
                if (self)
                    Q_EMIT self->collectorStats(stats);
            });
    });
    m_replayThread->setObjectName(QStringLiteral("ge-replay"));
    connect(m_replayThread, &QThread::finished, this, [this] {
        m_replayThread->deleteLater();
        m_replayThread = nullptr;
        Q_EMIT dataCommitted();
    });
    m_replayThread->start();
    qCInfo(lcRuntime).noquote() << "replaying" << path << "as stream" << stream;
    return {};
}

bool ServiceHost::collectorsRunning() const
{
    return m_jetstream != nullptr;
}

void ServiceHost::stopCollectors()
{
    if (!m_jetstreamThread)
        return;
    if (m_jetstream) {
        m_jetstream->requestStop();
        QMetaObject::invokeMethod(m_jetstream, &collectors::JetstreamCollector::stop, Qt::BlockingQueuedConnection);
    }
    m_jetstreamThread->quit();
    m_jetstreamThread->wait();
    delete m_jetstreamThread;
    m_jetstreamThread = nullptr;
    m_jetstream = nullptr;
    qCInfo(lcRuntime) << "jetstream collector stopped";
    Q_EMIT collectorStateChanged(false);
}

void ServiceHost::shutdown()
{
    if (m_replayThread) {
        m_replayCancel = true;
        m_replayThread->wait();
        delete m_replayThread;
        m_replayThread = nullptr;
    }
    stopCollectors();
    if (m_campaigns) {
        m_campaigns->stop();
        delete m_campaigns;
        m_campaigns = nullptr;
    }
    if (m_network) {
        if (collectors::BackfillCollector *backfill = m_backfill)
            QMetaObject::invokeMethod(
                m_network->context(), [backfill] { backfill->stop(); delete backfill; },
                Qt::BlockingQueuedConnection);
        m_backfill = nullptr;
        m_network->stop();
        m_network.reset();
    }
    if (m_reliability)
        m_reliability->stop();
    m_history.reset();
    if (m_storage && m_open)
        m_storage->close(30000);
    m_open = false;
}

} // namespace ge::runtime
