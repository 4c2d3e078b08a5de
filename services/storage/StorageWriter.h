#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "domain/Events.h"
#include "storage/BatchApplier.h"
#include "storage/DatabaseConfig.h"
#include "storage/SqlDialect.h"

#include <QFuture>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>

namespace ge::metrics {
class Counter;
class Gauge;
class Histogram;
class MetricsRegistry;
} // namespace ge::metrics

namespace ge::storage {

class DbConnection;
class QueryStats;

struct WriterOptions
{
    int queueCapacity = 64;             // batches (and tasks) waiting; producers block beyond it
    // Queued batches are coalesced into one transaction up to this many rows (only under a backlog:
    // a lone batch commits at once). Each commit writes every page it dirtied; the follow-edge key is
    // random, so fewer, larger commits write far fewer pages per row (ADR 0002, revision 3).
    int maxRowsPerTransaction = 200000;
    // SQLite only: WAL size (pages) at which a commit checkpoints (PRAGMA wal_autocheckpoint on the
    // write connection; SQLite's default is 1000): 64 Ki pages = 256 MiB. See ADR 0002.
    int walAutocheckpointPages = 65536;
    int retryIntervalMs = 1000;         // first retry after a transient failure (disk full, locked, ...)
    int maxRetryIntervalMs = 30000;     // doubling back-off cap while paused
};

struct WriterStats
{
    int queueDepth = 0;
    int queueCapacity = 0;
    bool paused = false;
    qint64 batchesCommitted = 0;
    qint64 transactions = 0;
    qint64 failedBatches = 0;         // rejected by the database for a non-transient reason (logged, signalled)
    qint64 rejectedSubmits = 0;       // submit() calls that got "queue full"
    qint64 retries = 0;
    ApplyCounters applied;
    QString lastError;
};

// The single writer. One thread ("ge-storage-writer") owns the only write connection; producers on
// any thread hand it WriteBatch values through a bounded queue; each batch is committed in one
// transaction together with its Jetstream cursor (queued batches may be coalesced into one
// transaction: they then commit or roll back together, which keeps the "rows + cursor" guarantee).
//
// Semantics (the collectors rely on these):
//  * FollowCreated → upsert follow_edges (follower, subject). A new edge is its own first follow
//    (schema v5: the view follow_changes reads it from first_seen_us) and +1 in follow_daily, with no
//    event row. A re-follow of a removed edge (a newer event than the removal) clears removed_at_us,
//    stores the rkey, inserts follow_events 'follow' and +1 in follow_daily. Already-active edge →
//    refreshes last_seen_us and learns the rkey if it was unknown (''); no event (counted as
//    duplicate). A replayed create of a follow that was later deleted (same rkey, or time ≤
//    removed_at_us) changes nothing. A Jetstream create whose rkey an edge of the follower holds is
//    a replay and stops at the (rkey, follower) index, without reading the edge (its last_seen_us
//    is not refreshed by the replay).
//  * FollowDeleted with subjectDid (backfill diff) → marks that edge removed + follow_events
//    'unfollow' (+1 lost). With only (follower, rkey) (Jetstream) → the edge with that rkey is marked
//    removed + 'unfollow'. If no edge has the rkey: a replay (rkey seen in follow_events) is ignored;
//    else if the follower currently follows a tracked account (accounts table) the delete goes to
//    unattributed_unfollows; else it is ignored and counted (ApplyCounters::ignoredDeletes,
//    storage_counters 'ignored_follow_deletes').
//  * EngagementEvent → engagement_events (natural key actor+collection+rkey); only an actually
//    inserted row adds to posts' counters and engagement_daily, so replays never double-count.
//    deleted=true (undo) sets deleted_at_us once and subtracts once.
//  * PostEvent → posts upsert (counters kept) or deleted_at_us. IdentityEvent → profiles.handle (and
//    accounts.handle for tracked accounts). AccountStatusEvent → profiles.active/status.
//    ProfileInfo → profiles upsert (negative counts = unknown, keep old). FollowerSnapshot → upsert.
//    Older updates never overwrite newer profile data (updated_at_us guard).
//  * cursor → jetstream_cursors, in the same transaction as the rows.
//
// Backpressure: submit() blocks up to timeoutMs while the queue is full and then returns a
// retryable Error ("queue full"); nothing is dropped. backpressureChanged(true) tells a collector to
// stop reading its socket; backpressureChanged(false) when space returns.
// Failures: a transient failure (disk full, read-only, locked, I/O, lost connection) rolls the
// transaction back, keeps the batches at the head of the queue, emits paused(error) and retries with
// back-off until it succeeds (then resumed()). Committed data is never touched. A batch the database
// rejects permanently (schema violation) is logged with its size, counted and reported by
// batchFailed(); the others in its transaction are committed without it.
class StorageWriter : public QObject
{
    Q_OBJECT
public:
    using Task = std::function<Status(DbConnection &)>;

    StorageWriter(DatabaseConfig config, const Clock &clock, QueryStats *stats, WriterOptions options = {},
                  QObject *parent = nullptr);
    ~StorageWriter() override;

    // Publishes ge_storage_queue_depth (gauge), ge_storage_writer_paused (gauge 0/1),
    // ge_storage_rows_committed_total, ge_storage_batches_failed_total (counters) and
    // ge_storage_commit_ms (histogram). Call before start(); the registry must outlive the writer.
    void setMetrics(metrics::MetricsRegistry *registry);

    // Starts the writer thread; the connection is opened there (a failure to open pauses and retries).
    void start();
    // Blocks until the connection is open (or timeout). For the CLI and tests; not for the GUI thread.
    bool waitUntilReady(int timeoutMs);

    // Queues a batch. Blocks at most timeoutMs while the queue is full; then returns a retryable
    // Error. After stop() it returns an Error immediately.
    Status submit(WriteBatch batch, int timeoutMs = 0);
    // Runs task in the writer thread inside its own write transaction (commit on success, rollback on
    // error). For operator actions and audit entries (see AuditLog), campaigns, health history.
    QFuture<Status> submitTask(Task task);

    // Waits until everything queued before the call is committed or failed. False on timeout.
    bool flush(int timeoutMs);
    // Flushes (up to timeoutMs) and stops the thread. Batches still queued after that (database
    // unavailable) are reported in the log and by batchFailed(); their cursor was not advanced, so
    // the collectors replay them on the next start.
    void stop(int timeoutMs = 10000);

    // Makes a paused writer retry immediately (e.g. after the user freed disk space).
    void retryNow();

    int queueDepth() const;
    bool isPaused() const;
    StorageFault lastFault() const;
    WriterStats stats() const;

Q_SIGNALS:
    void ready();
    void paused(const ge::Error &reason);
    void resumed();
    void committed(qint64 rows, qint64 cursorUs); // cursorUs = 0 when the transaction had no cursor
    void batchFailed(const ge::Error &error, qint64 rows);
    void queueDepthChanged(int depth);
    void backpressureChanged(bool full);

private:
    struct Item
    {
        WriteBatch batch;
        Task task;
        std::shared_ptr<QPromise<Status>> promise;
        bool isTask() const { return static_cast<bool>(task); }
    };

    void run();
    bool ensureConnection();
    Status commitItems(const std::vector<Item *> &items, ApplyCounters &counters);
    void handleTransient(const Error &error, StorageFault fault);
    void popFront(size_t n);
    void waitRetry();

    DatabaseConfig m_config;
    const Clock &m_clock;
    QueryStats *m_stats;
    WriterOptions m_options;
    SqlDialect m_dialect;

    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_notEmpty;
    QWaitCondition m_notFull;
    QWaitCondition m_progress;
    std::deque<Item> m_queue;
    qint64 m_submitted = 0;   // sequence numbers for flush()
    qint64 m_done = 0;
    bool m_stopping = false;
    bool m_stopped = false;
    bool m_ready = false;
    bool m_retryNow = false;
    bool m_full = false;
    int m_retryDelayMs = 0;
    WriterStats m_statsData;
    StorageFault m_lastFault = StorageFault::None;

    metrics::Gauge *m_depthGauge = nullptr;
    metrics::Gauge *m_pausedGauge = nullptr;
    metrics::Counter *m_rowsCounter = nullptr;
    metrics::Counter *m_failedCounter = nullptr;
    metrics::Histogram *m_commitHistogram = nullptr;

    // writer-thread only
    std::unique_ptr<DbConnection> m_conn;
    std::unique_ptr<BatchApplier> m_applier;
};

} // namespace ge::storage
