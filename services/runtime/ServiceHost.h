#pragma once

#include "collectors/CollectorState.h"
#include "collectors/IngestCounters.h"
#include "config/AppConfig.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QPointer>

#include <atomic>

#include <functional>
#include <memory>

class QThread;

namespace ge::metrics {
class MetricsRegistry;
}
namespace ge::storage {
class DbConnection;
class StorageService;
}
namespace ge::reliability {
class BucketStore;
class ReliabilityHistoryRecorder;
class ReliabilityStack;
class SystemRandomSource;
} // namespace ge::reliability
namespace ge::collectors {
struct BackfillAccount;
class JetstreamCollector;
class StorageWriterSink;
class TrackedAccounts;
} // namespace ge::collectors
namespace ge::secrets {
class CredentialStore;
}
namespace ge::campaigns {
class CampaignService;
}
namespace ge::collectors {
class BackfillCollector;
struct BackfillProgress;
} // namespace ge::collectors

namespace ge::runtime {

// The service graph shared by the GUI and the headless commands: storage (writer thread,
// readers, backups, retention), the reliability stack (breakers, limiter, health monitor with
// probes for every dependency), the tracked-account set and the Jetstream collector on its own
// thread. Lives on the thread that creates it (the GUI thread in the app); every blocking part
// runs on its own worker thread. Shutdown order: collectors → health → writer flush → readers.
class ServiceHost : public QObject
{
    Q_OBJECT
public:
    ServiceHost(const AppConfig &config, metrics::MetricsRegistry *metrics, const Clock &clock,
                QObject *parent = nullptr);
    ~ServiceHost() override;

    // Opens storage and starts the reliability stack. A database that must not be opened
    // (corrupt, unreadable, newer schema) gives an Error that names the latest backup.
    Status open();
    // Starts the Jetstream collector (not in offline mode). Safe to call more than once.
    Status startCollectors();
    void stopCollectors();
    bool collectorsRunning() const;
    // Restarts the Jetstream collector from sinceUs (within the server's replay window);
    // idempotent writes make the overlap with stored events harmless.
    Status replaySince(qint64 sinceUs);
    // Feeds a Jetstream capture (JSON lines) through the same parser, filter and writer on a
    // worker thread (the offline demo). Progress and the result arrive as collectorStats
    // with the name "replay".
    Status replayFile(const QString &path);
    bool replayRunning() const { return m_replayThread != nullptr; }
    // Reloads the tracked accounts from the database and updates the live filter.
    Status reloadTrackedAccounts();
    void shutdown();

    const AppConfig &config() const { return m_config; }
    const Clock &clock() const { return m_clock; }
    storage::StorageService *storage() const { return m_storage.get(); }
    // Called on this thread when open() is about to apply migrations; set, it makes open() run them
    // on a worker thread while this thread's event loop keeps running (StorageServiceOptions).
    void setMigrationStarted(std::function<void()> started) { m_migrationStarted = std::move(started); }
    reliability::ReliabilityStack *reliability() const { return m_reliability.get(); }
    collectors::TrackedAccounts *trackedAccounts() const { return m_tracked.get(); }
    secrets::CredentialStore *credentials() const { return m_credentials; }
    // The AT Protocol side (accounts, sessions, XRPC) on the "ge-network" thread; null offline.
    class NetworkHost *network() const { return m_network.get(); }
    // Follow-back campaigns (own worker thread); null offline.
    campaigns::CampaignService *campaigns() const { return m_campaigns; }
    // Crawls followers/follows of the tracked accounts now (on the network thread).
    Status runBackfillNow();

Q_SIGNALS:
    void collectorStats(const ge::collectors::CollectorStats &stats);
    void collectorStateChanged(bool running);
    // Rows were committed: pages may refresh (coalesce on the receiving side).
    void dataCommitted();
    void storagePaused(const QString &reason);
    void storageResumed();
    void backfillProgress(const QString &accountDid, qint64 pages, qint64 items, qint64 expected, qint64 etaMs,
                          qint64 accountsDone, qint64 accountsTotal);
    void backfillFinished();

private:
    void addHealthProbes();
    void startNetworkSide();
    // Tracked accounts, known followers and the committed cursor, read on a reader thread.
    QFuture<Result<collectors::CollectorStartState>> loadStartState() const;
    QList<collectors::BackfillAccount> backfillAccounts() const;

    const AppConfig m_config;
    metrics::MetricsRegistry *m_metrics;
    std::function<void()> m_migrationStarted;
    const Clock &m_clock;
    std::unique_ptr<storage::StorageService> m_storage;
    std::unique_ptr<storage::DbConnection> m_budgetConnection;
    std::unique_ptr<reliability::BucketStore> m_bucketStore;
    std::unique_ptr<reliability::ReliabilityStack> m_reliability;
    std::unique_ptr<reliability::ReliabilityHistoryRecorder> m_history;
    std::unique_ptr<collectors::TrackedAccounts> m_tracked;
    std::unique_ptr<collectors::StorageWriterSink> m_sink;
    std::unique_ptr<reliability::SystemRandomSource> m_random;
    secrets::CredentialStore *m_credentials = nullptr; // owned (QObject child)
    std::unique_ptr<class NetworkHost> m_network;
    campaigns::CampaignService *m_campaigns = nullptr;
    collectors::BackfillCollector *m_backfill = nullptr; // lives on the network thread
    QThread *m_jetstreamThread = nullptr;
    QPointer<collectors::JetstreamCollector> m_jetstream;
    QThread *m_replayThread = nullptr;
    std::atomic<bool> m_replayCancel{false};
    qint64 m_replaySinceUs = 0; // one-off rewind target for the next collector start
    bool m_open = false;
};

} // namespace ge::runtime
