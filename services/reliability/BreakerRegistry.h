#pragma once

#include "core/Clock.h"
#include "reliability/CircuitBreaker.h"

#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QStringList>

namespace ge::reliability {

// One circuit breaker per dependency name ("appview", "pds", "plc", "jetstream", "database"),
// created on first use with the configuration set for that name (or the default).
// Thread-safe. The UI enumerates breakers() / allStats() and subscribes to transitioned()
// (re-emitted for every breaker) and breakerAdded(); storage records transitioned().
// Breakers are owned by the registry and live as long as it does.
class BreakerRegistry : public QObject
{
    Q_OBJECT
public:
    explicit BreakerRegistry(const Clock &clock, BreakerConfig defaultConfig = {}, QObject *parent = nullptr);
    ~BreakerRegistry() override;

    // Configuration for a name; applies to an existing breaker too.
    void setConfig(const QString &name, const BreakerConfig &config);
    BreakerConfig configFor(const QString &name) const;

    CircuitBreaker *breaker(const QString &name); // get or create
    CircuitBreaker *find(const QString &name) const; // nullptr if absent
    QStringList names() const;                      // sorted
    QList<CircuitBreaker *> breakers() const;       // sorted by name
    QList<BreakerStats> allStats() const;

    // Performs due OPEN -> HALF_OPEN transitions of every breaker (call from a timer so the
    // UI sees half-open without waiting for the next call).
    void pollAll();

Q_SIGNALS:
    void breakerAdded(const QString &name);
    void transitioned(const ge::reliability::BreakerTransition &transition);

private:
    const Clock &m_clock;
    mutable QMutex m_mutex;
    BreakerConfig m_default;
    QHash<QString, BreakerConfig> m_configs;
    QHash<QString, CircuitBreaker *> m_breakers;
};

} // namespace ge::reliability
