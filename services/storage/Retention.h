#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>

namespace ge::storage {

class DbConnection;
class StorageWriter;

struct PruneResult
{
    qint64 followEvents = 0;
    qint64 engagementEvents = 0;
    qint64 unattributed = 0;
    qint64 total() const { return followEvents + engagementEvents + unattributed; }
};

// Prunes raw events (follow_events, engagement_events, unattributed_unfollows) older than a cutoff
// in small batches, each batch its own short writer transaction so collectors are never held up.
// Aggregates (follow_daily, engagement_daily, follower_snapshots, posts counters) and current state
// (follow_edges) are kept; since schema v5 an edge is also its first follow (view follow_changes),
// so first follows outlive the retention period and unfollows and re-follows do not.
class Retention : public QObject
{
    Q_OBJECT
public:
    Retention(StorageWriter &writer, QObject *parent = nullptr) : QObject(parent), m_writer(writer) {}

    // Deletes at most batchSize rows per table older than cutoffUs, in the caller's transaction.
    static Result<PruneResult> pruneBatch(DbConnection &conn, qint64 cutoffUs, int batchSize);

    // Runs batches through the writer until nothing older than cutoffUs is left; finished() at the end.
    void start(qint64 cutoffUs, int batchSize = 2000);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(qint64 rowsDeleted, const ge::Error &error, bool ok);

private:
    void next();

    StorageWriter &m_writer;
    qint64 m_cutoffUs = 0;
    int m_batch = 2000;
    qint64 m_total = 0;
    bool m_running = false;
};

} // namespace ge::storage
