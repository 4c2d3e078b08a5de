#pragma once

#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace ge::storage {
class DbConnection;
}

namespace ge::collectors {

// What a collector needs from the database when it starts: the committed cursor of its stream,
// the tracked accounts, and the DIDs already known to follow them (so their later deletes are
// kept and attributed by rkey after a restart).
struct CollectorStartState
{
    std::optional<qint64> cursorUs;
    QStringList trackedDids;
    QStringList knownFollowers;
};

Result<CollectorStartState> loadCollectorState(storage::DbConnection &conn, const QString &stream);

} // namespace ge::collectors
