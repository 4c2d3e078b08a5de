#pragma once

#include "collectors/BatchSink.h"

#include <QHash>
#include <QMutex>
#include <QObject>

#include <set>

namespace ge::storage {
class StorageWriter;
}

namespace ge::collectors {

// BatchSink over the storage writer's bounded queue. Knows which cursors were COMMITTED (from the
// writer's committed() signal), so a reconnect resumes from data that is really on disk.
class StorageWriterSink : public QObject, public BatchSink
{
    Q_OBJECT
public:
    explicit StorageWriterSink(storage::StorageWriter &writer, QObject *parent = nullptr);

    // Cursor already on disk at startup (jetstream_cursors).
    void setInitialCursor(const QString &stream, qint64 cursorUs);

    bool push(WriteBatch &batch, std::chrono::milliseconds wait) override;
    qsizetype queueDepth() const override;
    qsizetype queueCapacity() const override;
    std::optional<qint64> committedCursorUs(const QString &stream) const override;

private:
    void onCommitted(qint64 cursorUs);

    storage::StorageWriter &m_writer;
    mutable QMutex m_mutex;
    QHash<QString, qint64> m_committed;
    // cursors handed over and not yet seen committed, per stream
    QHash<QString, std::set<qint64>> m_inFlight;
};

} // namespace ge::collectors
