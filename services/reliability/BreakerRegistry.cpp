#include "reliability/BreakerRegistry.h"

#include <algorithm>

namespace ge::reliability {

BreakerRegistry::BreakerRegistry(const Clock &clock, BreakerConfig defaultConfig, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_default(defaultConfig)
{
    qRegisterMetaType<ge::reliability::BreakerTransition>();
    qRegisterMetaType<ge::reliability::BreakerStats>();
}

BreakerRegistry::~BreakerRegistry()
{
    qDeleteAll(m_breakers);
}

void BreakerRegistry::setConfig(const QString &name, const BreakerConfig &config)
{
    CircuitBreaker *existing = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        m_configs.insert(name, config);
        existing = m_breakers.value(name);
    }
    if (existing)
        existing->setConfig(config);
}

BreakerConfig BreakerRegistry::configFor(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_configs.value(name, m_default);
}

CircuitBreaker *BreakerRegistry::breaker(const QString &name)
{
    CircuitBreaker *created = nullptr;
    {
        QMutexLocker lock(&m_mutex);
        if (CircuitBreaker *b = m_breakers.value(name))
            return b;
        // Created without a parent so that any thread may create it; the registry deletes it.
        created = new CircuitBreaker(name, m_configs.value(name, m_default), m_clock);
        created->moveToThread(thread());
        // Re-emit in the emitting thread; receivers connect to the registry with their own context.
        connect(created, &CircuitBreaker::transitioned, this, &BreakerRegistry::transitioned, Qt::DirectConnection);
        m_breakers.insert(name, created);
    }
    Q_EMIT breakerAdded(name);
    return created;
}

CircuitBreaker *BreakerRegistry::find(const QString &name) const
{
    QMutexLocker lock(&m_mutex);
    return m_breakers.value(name);
}

QStringList BreakerRegistry::names() const
{
    QMutexLocker lock(&m_mutex);
    QStringList n = m_breakers.keys();
    std::sort(n.begin(), n.end());
    return n;
}

QList<CircuitBreaker *> BreakerRegistry::breakers() const
{
    QList<CircuitBreaker *> list;
    const QStringList sorted = names();
    QMutexLocker lock(&m_mutex);
    for (const QString &n : sorted)
        list.append(m_breakers.value(n));
    return list;
}

QList<BreakerStats> BreakerRegistry::allStats() const
{
    QList<BreakerStats> stats;
    for (CircuitBreaker *b : breakers())
        stats.append(b->stats());
    return stats;
}

void BreakerRegistry::pollAll()
{
    for (CircuitBreaker *b : breakers())
        b->poll();
}

} // namespace ge::reliability
