#include "feeds/ReliabilityFeeds.h"

#include "BreakerModel.h"
#include "HealthModel.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"
#include "storage/AuditLog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ge::models {

namespace {
BreakerState convert(reliability::BreakerState s)
{
    switch (s) {
    case reliability::BreakerState::Closed: return BreakerState::Closed;
    case reliability::BreakerState::Open: return BreakerState::Open;
    case reliability::BreakerState::HalfOpen: return BreakerState::HalfOpen;
    case reliability::BreakerState::ForcedOpen: return BreakerState::ForcedOpen;
    case reliability::BreakerState::Disabled: return BreakerState::Disabled;
    }
    return BreakerState::Closed;
}

HealthStatus convert(reliability::HealthStatus s)
{
    switch (s) {
    case reliability::HealthStatus::Up: return HealthStatus::Up;
    case reliability::HealthStatus::Degraded: return HealthStatus::Degraded;
    case reliability::HealthStatus::Down: return HealthStatus::Down;
    case reliability::HealthStatus::Unknown: break;
    }
    return HealthStatus::Unknown;
}
} // namespace

QString toString(BreakerAction action)
{
    switch (action) {
    case BreakerAction::Reset: return u"breaker.reset"_s;
    case BreakerAction::ForceOpen: return u"breaker.force_open"_s;
    case BreakerAction::Disable: return u"breaker.disable"_s;
    }
    return {};
}

BreakerRow toBreakerRow(const reliability::BreakerStats &s)
{
    BreakerRow r;
    r.name = s.name;
    r.state = convert(s.state);
    r.failureRate = s.failureRate < 0 ? 0 : s.failureRate / 100.0;
    r.successes = qint64(s.successCount);
    r.failures = qint64(s.failureCount);
    r.slowCalls = qint64(s.slowCount);
    r.rejected = qint64(s.rejectedCount);
    r.lastFailureUs = s.lastErrorUs;
    r.lastError = s.lastError;
    r.halfOpenAtUs = s.nextTrialUs;
    return r;
}

BreakerTransition toTransition(const reliability::BreakerTransition &t)
{
    return {t.name, convert(t.from), convert(t.to), t.reason, t.atUs};
}

HealthRow toHealthRow(const reliability::ComponentHealth &c)
{
    HealthRow r;
    r.component = c.name;
    r.displayName = componentDisplayName(c.name);
    r.status = convert(c.result.status);
    r.latencyMs = c.result.latencyMs;
    r.lastCheckUs = c.result.checkedAtUs;
    r.lastError = c.result.error;
    if (!c.result.details.isEmpty())
        r.details = QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(c.result.details)).toJson(QJsonDocument::Compact));
    return r;
}

BreakerFeed::BreakerFeed(reliability::BreakerRegistry &registry, BreakerModel &model, QObject *parent)
    : QObject(parent), m_registry(registry), m_model(model)
{
    connect(&registry, &reliability::BreakerRegistry::transitioned, this,
            [this](const reliability::BreakerTransition &t) {
                m_model.addTransition(toTransition(t));
                refresh();
            });
    connect(&registry, &reliability::BreakerRegistry::breakerAdded, this, [this](const QString &) { refresh(); });
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &BreakerFeed::refresh);
    m_poll.start();
    refresh();
}

void BreakerFeed::refresh()
{
    m_registry.pollAll();
    const auto stats = m_registry.allStats();
    for (const auto &s : stats)
        m_model.upsert(toBreakerRow(s));
}

HealthFeed::HealthFeed(reliability::HealthMonitor &monitor, HealthModel &model, QObject *parent)
    : QObject(parent), m_monitor(monitor), m_model(model)
{
    connect(&monitor, &reliability::HealthMonitor::roundFinished, this, [this](const reliability::HealthSnapshot &snap) {
        for (const auto &c : snap.components)
            m_model.upsert(toHealthRow(c));
    });
    refresh();
}

void HealthFeed::refresh()
{
    const auto snap = m_monitor.snapshot();
    for (const auto &c : snap.components)
        m_model.upsert(toHealthRow(c));
}

Status RegistryBreakerOperator::apply(const QString &breaker, BreakerAction action, const QString &reason)
{
    reliability::CircuitBreaker *b = m_registry.find(breaker);
    if (!b)
        return Error::make(ErrorCategory::NotFound,
                           QCoreApplication::translate("Breakers", "No breaker named %1.").arg(breaker));
    const QString why = reason.isEmpty() ? u"operator action from the dashboard"_s : reason;
    switch (action) {
    case BreakerAction::Reset: b->reset(why); break;
    case BreakerAction::ForceOpen: b->forceOpen(why); break;
    case BreakerAction::Disable: b->disable(why); break;
    }
    if (m_audit) {
        QJsonObject details{{u"reason"_s, why}, {u"state"_s, reliability::toString(b->state())}};
        (void)m_audit->append(u"user"_s, QString(), toString(action), breaker, u"ok"_s,
                              QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact)));
    }
    return {};
}

} // namespace ge::models
