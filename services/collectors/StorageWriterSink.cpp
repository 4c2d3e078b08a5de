#include "collectors/StorageWriterSink.h"

#include "storage/StorageWriter.h"

namespace ge::collectors {

StorageWriterSink::StorageWriterSink(storage::StorageWriter &writer, QObject *parent)
    : QObject(parent), m_writer(writer)
{
    // Direct: committed() is emitted on the writer thread; the handler only touches mutex-guarded state.
    connect(&m_writer, &storage::StorageWriter::committed, this,
            [this](qint64, qint64 cursorUs) { onCommitted(cursorUs); }, Qt::DirectConnection);
}

void StorageWriterSink::setInitialCursor(const QString &stream, qint64 cursorUs)
{
    QMutexLocker lock(&m_mutex);
    m_committed[stream] = std::max(m_committed.value(stream, 0), cursorUs);
}

bool StorageWriterSink::push(WriteBatch &batch, std::chrono::milliseconds wait)
{
    std::optional<CursorUpdate> cursor = batch.cursor;
    if (cursor) {
        QMutexLocker lock(&m_mutex);
        m_inFlight[cursor->endpoint].insert(cursor->cursorUs);
    }
    // WriteBatch is implicitly shared (QList members): the copy is cheap and keeps `batch` intact
    // for the caller to retry when the queue stays full.
    const Status st = m_writer.submit(batch, int(wait.count()));
    if (!st) {
        if (cursor) {
            QMutexLocker lock(&m_mutex);
            m_inFlight[cursor->endpoint].erase(cursor->cursorUs);
        }
        return false;
    }
    batch = WriteBatch{};
    return true;
}

void StorageWriterSink::onCommitted(qint64 cursorUs)
{
    if (cursorUs <= 0)
        return;
    QMutexLocker lock(&m_mutex);
    // Coalesced transactions report their newest cursor; everything handed over before it is in.
    for (auto it = m_inFlight.begin(); it != m_inFlight.end(); ++it) {
        std::set<qint64> &pending = it.value();
        if (pending.count(cursorUs)) {
            m_committed[it.key()] = std::max(m_committed.value(it.key(), 0), cursorUs);
            pending.erase(pending.begin(), pending.upper_bound(cursorUs));
        }
    }
}

qsizetype StorageWriterSink::queueDepth() const
{
    return m_writer.queueDepth();
}

qsizetype StorageWriterSink::queueCapacity() const
{
    return m_writer.stats().queueCapacity;
}

std::optional<qint64> StorageWriterSink::committedCursorUs(const QString &stream) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_committed.constFind(stream);
    if (it == m_committed.cend())
        return std::nullopt;
    return it.value();
}

} // namespace ge::collectors
