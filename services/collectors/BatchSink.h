#pragma once

#include "domain/Events.h"

#include <QString>

#include <chrono>
#include <optional>

namespace ge::collectors {

// Where collectors hand their batches: the storage writer's bounded queue. A full queue makes
// push() wait (up to `wait`) and then return false with the batch left intact; the collector
// then stops reading its socket and retries, so nothing is ever dropped.
class BatchSink
{
public:
    virtual ~BatchSink() = default;
    virtual bool push(WriteBatch &batch, std::chrono::milliseconds wait) = 0;
    virtual qsizetype queueDepth() const = 0;
    virtual qsizetype queueCapacity() const = 0;
    // Newest cursor the writer has COMMITTED for this stream (not merely queued).
    virtual std::optional<qint64> committedCursorUs(const QString &stream) const = 0;
};

} // namespace ge::collectors
