#include "reliability/ReliabilityHistory.h"

#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ge::reliability {

namespace {
Status fail(const QString &what, const QSqlQuery &q)
{
    Error e = Error::storage(what, true);
    e.detail = q.lastError().text();
    return e;
}
} // namespace

Status insertBreakerTransition(QSqlDatabase &db, const BreakerTransition &t)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO breaker_transitions (breaker, from_state, to_state, reason, at_us) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(t.name);
    q.addBindValue(toString(t.from));
    q.addBindValue(toString(t.to));
    q.addBindValue(t.reason);
    q.addBindValue(t.atUs);
    if (!q.exec())
        return fail(QStringLiteral("cannot record breaker transition"), q);
    return {};
}

Status insertHealthCheck(QSqlDatabase &db, const QString &component, const HealthResult &r)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO health_checks (component, status, latency_ms, error, checked_at_us) "
                             "VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(component);
    q.addBindValue(toString(r.status));
    q.addBindValue(r.latencyMs >= 0 ? QVariant(r.latencyMs) : QVariant(QMetaType(QMetaType::LongLong)));
    q.addBindValue(r.error.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(r.error));
    q.addBindValue(r.checkedAtUs);
    if (!q.exec())
        return fail(QStringLiteral("cannot record health check"), q);
    return {};
}

ReliabilityHistoryRecorder::ReliabilityHistoryRecorder(BreakerRegistry *breakers, HealthMonitor *health, Submit submit,
                                                       QObject *parent)
    : QObject(parent)
    , m_submit(std::move(submit))
{
    if (breakers) {
        connect(breakers, &BreakerRegistry::transitioned, this, [this](const BreakerTransition &t) {
            ++m_transitions;
            m_submit([t](QSqlDatabase &db) { return insertBreakerTransition(db, t); });
        });
    }
    if (health) {
        connect(health, &HealthMonitor::roundFinished, this, [this](const HealthSnapshot &s) {
            for (const ComponentHealth &c : s.components) {
                if (c.result.checkedAtUs <= 0)
                    continue; // never checked
                ++m_healthRows;
                const QString name = c.name;
                const HealthResult r = c.result;
                m_submit([name, r](QSqlDatabase &db) { return insertHealthCheck(db, name, r); });
            }
        });
    }
}

} // namespace ge::reliability
