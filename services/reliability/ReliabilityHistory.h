#pragma once

#include "core/Result.h"
#include "reliability/BreakerTypes.h"
#include "reliability/HealthTypes.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>

namespace ge::reliability {

class BreakerRegistry;
class HealthMonitor;

// Rows of breaker_transitions / health_checks (migration 0001) written on a given connection.
Status insertBreakerTransition(QSqlDatabase &db, const BreakerTransition &transition);
Status insertHealthCheck(QSqlDatabase &db, const QString &component, const HealthResult &result);

// Keeps the history the UI charts: every breaker transition and every component's result of
// every health round. It does not write itself: each row is handed to `submit` as a task to run
// on the database writer's thread and connection (the only write connection), e.g.
//   [writer](SqlTask t) { writer->submitTask([t](storage::DbConnection &c) { return t(c.db()); }); }
// Lives on the thread that created it; signals arrive queued.
class ReliabilityHistoryRecorder : public QObject
{
    Q_OBJECT
public:
    using SqlTask = std::function<Status(QSqlDatabase &)>;
    using Submit = std::function<void(SqlTask)>;

    ReliabilityHistoryRecorder(BreakerRegistry *breakers, HealthMonitor *health, Submit submit,
                               QObject *parent = nullptr);

    qint64 transitionsRecorded() const { return m_transitions; }
    qint64 healthRowsRecorded() const { return m_healthRows; }

private:
    Submit m_submit;
    qint64 m_transitions = 0;
    qint64 m_healthRows = 0;
};

} // namespace ge::reliability
