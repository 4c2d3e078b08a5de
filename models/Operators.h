#pragma once

#include "core/Result.h"

#include <QString>

namespace ge::models {

enum class BreakerAction { Reset, ForceOpen, Disable };
QString toString(BreakerAction action); // "breaker.reset", "breaker.force_open", "breaker.disable"

// Operator controls the Breakers page calls after the user confirmed. Implementations apply
// the action and write it to the audit log.
class BreakerOperator
{
public:
    virtual ~BreakerOperator() = default;
    virtual Status apply(const QString &breaker, BreakerAction action, const QString &reason) = 0;
};

// Collector controls of the Collectors page.
class CollectorOperator
{
public:
    virtual ~CollectorOperator() = default;
    virtual Status start(const QString &collector) = 0;
    virtual Status stop(const QString &collector) = 0;
    // Re-reads events from sinceUs (Jetstream cursor rewind, or a capture replay).
    virtual Status replay(const QString &collector, qint64 sinceUs) = 0;
    // Feeds a Jetstream capture file (JSON lines) through the collectors (the offline demo).
    virtual Status replayFile(const QString &path)
    {
        Q_UNUSED(path);
        return Error::validation(QStringLiteral("replay from a file is not available"));
    }
};

} // namespace ge::models
