#include "collectors/CollectorState.h"

#include "storage/DbConnection.h"
#include "storage/FollowerQueries.h"

namespace ge::collectors {

Result<CollectorStartState> loadCollectorState(storage::DbConnection &conn, const QString &stream)
{
    CollectorStartState state;
    auto cursor = storage::queries::cursor(conn, stream);
    if (!cursor)
        return cursor.error();
    state.cursorUs = *cursor;
    auto tracked = storage::queries::trackedAccounts(conn);
    if (!tracked)
        return tracked.error();
    state.trackedDids = *tracked;
    auto q = conn.select(QStringLiteral("SELECT DISTINCT follower_did FROM follow_edges WHERE removed_at_us IS NULL"));
    if (!q)
        return q.error();
    while (q->next())
        state.knownFollowers.append(q->value(0).toString());
    return state;
}

} // namespace ge::collectors
