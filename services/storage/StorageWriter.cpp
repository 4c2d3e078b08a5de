#include "storage/StorageWriter.h"

#include "core/ThreadPriority.h"

#include "metrics/MetricsRegistry.h"
#include "storage/DbConnection.h"
#include "storage/QueryStats.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QPromise>

namespace ge::storage {

StorageWriter::StorageWriter(DatabaseConfig config, const Clock &clock, QueryStats *stats, WriterOptions options,
                             QObject *parent)
    : QObject(parent), m_config(std::move(config)), m_clock(clock), m_stats(stats), m_options(options),
      m_dialect(m_config.backend)
{
    m_statsData.queueCapacity = m_options.queueCapacity;
    m_retryDelayMs = m_options.retryIntervalMs;
}

StorageWriter::~StorageWriter()
{
    stop();
}

void StorageWriter::setMetrics(metrics::MetricsRegistry *registry)
{
    if (!registry) {
        return;
    }
    m_depthGauge = &registry->gauge(QStringLiteral("ge_storage_queue_depth"), {}, QStringLiteral("Batches waiting for the storage writer"));
    m_pausedGauge = &registry->gauge(QStringLiteral("ge_storage_writer_paused"), {}, QStringLiteral("1 while the writer is paused by a storage failure"));
    m_rowsCounter = &registry->counter(QStringLiteral("ge_storage_rows_committed_total"), {}, QStringLiteral("Rows committed by the storage writer"));
    m_failedCounter = &registry->counter(QStringLiteral("ge_storage_batches_failed_total"), {}, QStringLiteral("Batches the database rejected"));
    m_commitHistogram = &registry->histogram(QStringLiteral("ge_storage_commit_ms"), {}, QStringLiteral("Writer transaction duration"));
}

void StorageWriter::start()
{
    QMutexLocker lock(&m_mutex);
    if (m_thread) {
        return;
    }
    m_thread = QThread::create([this] {
        // Background work: under CPU contention the GUI thread gets the core first.
        lowerWorkerThreadPriority(kBackgroundNice);
        run();
    });
    m_thread->setObjectName(QStringLiteral("ge-storage-writer"));
    m_thread->start();
}

bool StorageWriter::waitUntilReady(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    while (!m_ready && !m_stopped) {
        if (!m_progress.wait(&m_mutex, deadline)) {
            break;
        }
    }
    return m_ready;
}

Status StorageWriter::submit(WriteBatch batch, int timeoutMs)
{
    bool becameFull = false;
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping || m_stopped) {
            return Error::storage(QCoreApplication::translate("Storage", "The storage writer has stopped"));
        }
        QDeadlineTimer deadline(timeoutMs);
        while (int(m_queue.size()) >= m_options.queueCapacity) {
            if (timeoutMs <= 0 || !m_notFull.wait(&m_mutex, deadline) || m_stopping) {
                if (int(m_queue.size()) < m_options.queueCapacity && !m_stopping) {
                    break;
                }
                ++m_statsData.rejectedSubmits;
                const bool notify = !m_full;
                m_full = true;
                lock.unlock();
                if (notify) {
                    Q_EMIT backpressureChanged(true);
                }
                return Error::storage(QCoreApplication::translate("Storage", "The storage queue is full; pause reading"),
                                      true);
            }
        }
        m_queue.push_back(Item{std::move(batch), {}, {}});
        ++m_submitted;
        depth = int(m_queue.size());
        if (depth >= m_options.queueCapacity && !m_full) {
            m_full = true;
            becameFull = true;
        }
        if (m_depthGauge) {
            m_depthGauge->set(depth); // under the lock: the writer's popFront() cannot overtake it
        }
        m_notEmpty.wakeOne();
    }
    Q_EMIT queueDepthChanged(depth);
    if (becameFull) {
        Q_EMIT backpressureChanged(true);
    }
    return {};
}

QFuture<Status> StorageWriter::submitTask(Task task)
{
    auto promise = std::make_shared<QPromise<Status>>();
    QFuture<Status> future = promise->future();
    promise->start();
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        if (m_stopping || m_stopped) {
            lock.unlock();
            promise->addResult(Status(Error::storage(QCoreApplication::translate("Storage", "The storage writer has stopped"))));
            promise->finish();
            return future;
        }
        // Tasks are operator actions (small, rare): they are never refused for a full queue.
        m_queue.push_back(Item{{}, std::move(task), promise});
        ++m_submitted;
        depth = int(m_queue.size());
        m_notEmpty.wakeOne();
    }
    Q_EMIT queueDepthChanged(depth);
    return future;
}

bool StorageWriter::flush(int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    QMutexLocker lock(&m_mutex);
    const qint64 target = m_submitted;
    while (m_done < target) {
        if (m_stopped || !m_progress.wait(&m_mutex, deadline)) {
            return m_done >= target;
        }
    }
    return true;
}

void StorageWriter::stop(int timeoutMs)
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (!m_thread || m_stopped) {
            m_stopped = true;
            return;
        }
        thread = m_thread;
    }
    flush(timeoutMs);
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_notEmpty.wakeAll();
        m_notFull.wakeAll();
    }
    thread->wait();
    delete thread;
    std::deque<Item> left;
    {
        QMutexLocker lock(&m_mutex);
        m_thread = nullptr;
        m_stopped = true;
        left.swap(m_queue);
        m_progress.wakeAll();
    }
    qint64 rows = 0;
    for (Item &item : left) {
        if (item.isTask()) {
            item.promise->addResult(Status(Error::storage(QCoreApplication::translate("Storage", "The storage writer stopped before this action was saved"))));
            item.promise->finish();
        } else {
            rows += item.batch.size();
        }
    }
    if (!left.empty()) {
        Error e = Error::storage(QCoreApplication::translate("Storage", "%n queued batch(es) could not be saved before shutdown; "
                                                                         "their cursor was not advanced, so they will be replayed",
                                                             nullptr, int(left.size())));
        qCWarning(lcStorage).noquote() << e.message << "rows:" << rows;
        Q_EMIT batchFailed(e, rows);
    }
}

void StorageWriter::retryNow()
{
    QMutexLocker lock(&m_mutex);
    m_retryNow = true;
    m_notEmpty.wakeAll();
}

int StorageWriter::queueDepth() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_queue.size());
}

bool StorageWriter::isPaused() const
{
    QMutexLocker lock(&m_mutex);
    return m_statsData.paused;
}

StorageFault StorageWriter::lastFault() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastFault;
}

WriterStats StorageWriter::stats() const
{
    QMutexLocker lock(&m_mutex);
    WriterStats s = m_statsData;
    s.queueDepth = int(m_queue.size());
    return s;
}

bool StorageWriter::ensureConnection()
{
    if (m_conn) {
        return true;
    }
    Result<DbConnectionPtr> conn = DbConnection::open(m_config, QStringLiteral("ge-storage-writer"), OpenMode::ReadWrite, m_stats);
    if (!conn) {
        handleTransient(conn.error(), StorageFault::CantOpen);
        return false;
    }
    m_conn = std::move(conn.value());
    if (m_config.isSqlite() && m_options.walAutocheckpointPages > 0) {
        // Fewer, larger checkpoints on the write connection (ADR 0002); failure only costs speed.
        if (Status s = m_conn->exec(QStringLiteral("PRAGMA wal_autocheckpoint = %1").arg(m_options.walAutocheckpointPages)); !s) {
            qCWarning(lcStorage).noquote() << "wal_autocheckpoint not set:" << s.error().detail;
        }
    }
    m_applier = std::make_unique<BatchApplier>(*m_conn);
    bool first = false;
    {
        QMutexLocker lock(&m_mutex);
        first = !m_ready;
        m_ready = true;
        m_progress.wakeAll();
    }
    if (first) {
        Q_EMIT ready();
    }
    return true;
}

void StorageWriter::waitRetry()
{
    QMutexLocker lock(&m_mutex);
    QDeadlineTimer deadline(m_retryDelayMs);
    m_retryDelayMs = std::min(m_retryDelayMs * 2, m_options.maxRetryIntervalMs);
    while (!m_retryNow && !m_stopping) {
        if (!m_notEmpty.wait(&m_mutex, deadline)) {
            break;
        }
    }
    m_retryNow = false;
}

void StorageWriter::handleTransient(const Error &error, StorageFault fault)
{
    bool notify = false;
    {
        QMutexLocker lock(&m_mutex);
        ++m_statsData.retries;
        notify = !m_statsData.paused || m_lastFault != fault;
        m_statsData.paused = true;
        m_statsData.lastError = error.message;
        m_lastFault = fault;
    }
    if (m_pausedGauge) {
        m_pausedGauge->set(1);
    }
    if (notify) {
        qCWarning(lcStorage).noquote() << "writer paused:" << error.message << "|" << error.detail;
        Q_EMIT paused(error);
    }
    if (fault != StorageFault::Locked && fault != StorageFault::DiskFull) {
        // The connection may be in a bad state (I/O error, lost server, remounted filesystem): reopen.
        m_applier.reset();
        m_conn.reset();
    }
}

Status StorageWriter::commitItems(const std::vector<Item *> &items, ApplyCounters &counters)
{
    m_conn->resetFault();
    if (Status s = m_conn->beginWrite(); !s) {
        return s;
    }
    Status result;
    for (Item *item : items) {
        if (item->isTask()) {
            result = item->task(*m_conn);
        } else {
            result = m_applier->apply(item->batch, counters);
        }
        if (!result) {
            break;
        }
    }
    if (result) {
        result = m_applier->finish(counters);
    }
    if (result) {
        result = m_conn->commit();
    }
    if (!result) {
        m_conn->rollback();
        m_applier->discard();
    }
    return result;
}

void StorageWriter::popFront(size_t n)
{
    bool notFull = false;
    int depth = 0;
    {
        QMutexLocker lock(&m_mutex);
        for (size_t i = 0; i < n && !m_queue.empty(); ++i) {
            m_queue.pop_front();
            ++m_done;
        }
        depth = int(m_queue.size());
        if (m_full && depth <= m_options.queueCapacity / 2) {
            m_full = false;
            notFull = true;
        }
        if (m_depthGauge) {
            m_depthGauge->set(depth); // before the wake, so a returning flush() sees it
        }
        m_notFull.wakeAll();
        m_progress.wakeAll();
    }
    Q_EMIT queueDepthChanged(depth);
    if (notFull) {
        Q_EMIT backpressureChanged(false);
    }
}

void StorageWriter::run()
{
    for (;;) {
        {
            QMutexLocker lock(&m_mutex);
            if (m_stopping && (m_queue.empty() || m_statsData.paused)) {
                break;
            }
        }
        if (!ensureConnection()) {
            waitRetry();
            continue;
        }
        std::vector<Item *> items;
        {
            QMutexLocker lock(&m_mutex);
            while (m_queue.empty() && !m_stopping) {
                m_notEmpty.wait(&m_mutex);
            }
            if (m_queue.empty()) {
                break;
            }
            if (m_queue.front().isTask()) {
                items.push_back(&m_queue.front());
            } else {
                qint64 rows = 0;
                for (Item &it : m_queue) {
                    if (it.isTask() || (!items.empty() && rows + it.batch.size() > m_options.maxRowsPerTransaction)) {
                        break;
                    }
                    items.push_back(&it);
                    rows += it.batch.size();
                }
            }
        }

        ApplyCounters counters;
        QElapsedTimer commitTimer;
        commitTimer.start();
        Status status = commitItems(items, counters);
        if (m_commitHistogram && status) {
            m_commitHistogram->observe(double(commitTimer.nsecsElapsed()) / 1e6);
        }
        if (!status && items.size() > 1 && !(status.error().retryable && status.error().category == ErrorCategory::Storage)) {
            // A permanent failure in a coalesced transaction: isolate the bad batch, commit the rest.
            for (size_t i = 0; i < items.size(); ++i) {
                ApplyCounters one;
                Status s = commitItems({items[i]}, one);
                if (!s && s.error().retryable && s.error().category == ErrorCategory::Storage) {
                    // Transient after all: keep this one and the rest queued.
                    handleTransient(s.error(), m_conn ? m_conn->lastFault() : StorageFault::Other);
                    popFront(i);
                    items.clear();
                    break;
                }
                if (s) {
                    counters += one;
                    QMutexLocker lock(&m_mutex);
                    ++m_statsData.batchesCommitted;
                    ++m_statsData.transactions;
                } else {
                    QMutexLocker lock(&m_mutex);
                    ++m_statsData.failedBatches;
                    if (m_failedCounter) {
                        m_failedCounter->inc();
                    }
                    m_statsData.lastError = s.error().message;
                    lock.unlock();
                    qCWarning(lcStorage).noquote() << "batch rejected:" << s.error().message << s.error().detail
                                                   << "rows:" << items[i]->batch.size();
                    Q_EMIT batchFailed(s.error(), items[i]->batch.size());
                }
            }
            if (items.empty()) {
                waitRetry();
                continue;
            }
            {
                QMutexLocker lock(&m_mutex);
                m_statsData.applied += counters;
            }
            popFront(items.size());
            continue;
        }
        if (!status) {
            const Error &e = status.error();
            if (e.retryable && e.category == ErrorCategory::Storage) {
                handleTransient(e, m_conn ? m_conn->lastFault() : StorageFault::Other);
                waitRetry();
                continue;
            }
            // Permanent failure of a single item.
            Item *item = items.front();
            {
                QMutexLocker lock(&m_mutex);
                ++m_statsData.failedBatches;
                if (m_failedCounter) {
                    m_failedCounter->inc();
                }
                m_statsData.lastError = e.message;
            }
            if (item->isTask()) {
                item->promise->addResult(status);
                item->promise->finish();
            } else {
                qCWarning(lcStorage).noquote() << "batch rejected:" << e.message << e.detail << "rows:" << item->batch.size();
                Q_EMIT batchFailed(e, item->batch.size());
            }
            popFront(1);
            continue;
        }

        // Committed.
        qint64 rows = 0;
        qint64 cursorUs = 0;
        bool wasPaused = false;
        for (Item *item : items) {
            if (item->isTask()) {
                item->promise->addResult(Status());
                item->promise->finish();
            } else {
                rows += item->batch.size();
                if (item->batch.cursor) {
                    cursorUs = item->batch.cursor->cursorUs;
                }
            }
        }
        {
            QMutexLocker lock(&m_mutex);
            wasPaused = m_statsData.paused;
            m_statsData.paused = false;
            m_lastFault = StorageFault::None;
            m_retryDelayMs = m_options.retryIntervalMs;
            m_statsData.applied += counters;
            m_statsData.batchesCommitted += qint64(std::count_if(items.begin(), items.end(), [](Item *i) { return !i->isTask(); }));
            ++m_statsData.transactions;
        }
        // Metrics first: flush() returns once popFront() wakes it, and callers read the metrics then.
        if (m_rowsCounter) {
            m_rowsCounter->inc(quint64(rows));
        }
        if (m_pausedGauge) {
            m_pausedGauge->set(0);
        }
        popFront(items.size());
        if (wasPaused) {
            qCInfo(lcStorage) << "writer resumed";
            Q_EMIT resumed();
        }
        Q_EMIT committed(rows, cursorUs);
    }
    m_applier.reset();
    m_conn.reset();
}

} // namespace ge::storage
