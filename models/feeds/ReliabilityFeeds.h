#pragma once

#include "Operators.h"
#include "StatusTypes.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ge::reliability {
class BreakerRegistry;
class HealthMonitor;
struct BreakerStats;
struct BreakerTransition;
struct ComponentHealth;
} // namespace ge::reliability

namespace ge::storage {
class AuditLog;
}

namespace ge::models {

class BreakerModel;
class HealthModel;

BreakerRow toBreakerRow(const reliability::BreakerStats &stats);
BreakerTransition toTransition(const reliability::BreakerTransition &transition);
HealthRow toHealthRow(const reliability::ComponentHealth &component);

// Keeps a BreakerModel in step with a BreakerRegistry: transitions arrive as queued signals,
// counters are sampled once per second (the registry is thread-safe; sampling is cheap).
class BreakerFeed : public QObject
{
    Q_OBJECT
public:
    BreakerFeed(reliability::BreakerRegistry &registry, BreakerModel &model, QObject *parent = nullptr);
    void refresh();

private:
    reliability::BreakerRegistry &m_registry;
    BreakerModel &m_model;
    QTimer m_poll;
};

// Keeps a HealthModel in step with a HealthMonitor's rounds and component changes.
class HealthFeed : public QObject
{
    Q_OBJECT
public:
    HealthFeed(reliability::HealthMonitor &monitor, HealthModel &model, QObject *parent = nullptr);
    void refresh();

private:
    reliability::HealthMonitor &m_monitor;
    HealthModel &m_model;
};

// Breaker operator actions on a BreakerRegistry, each written to the audit log
// (actor "user", action "breaker.reset" / "breaker.force_open" / "breaker.disable").
class RegistryBreakerOperator : public BreakerOperator
{
public:
    RegistryBreakerOperator(reliability::BreakerRegistry &registry, storage::AuditLog *audit)
        : m_registry(registry), m_audit(audit)
    {
    }
    Status apply(const QString &breaker, BreakerAction action, const QString &reason) override;

private:
    reliability::BreakerRegistry &m_registry;
    storage::AuditLog *m_audit;
};

} // namespace ge::models
