#include "collectors/TrackedAccounts.h"

namespace ge::collectors {

TrackedAccounts::TrackedAccounts(QObject *parent) : QObject(parent), m_set(std::make_shared<DidSet>()) {}

void TrackedAccounts::publish(std::shared_ptr<const DidSet> next)
{
    {
        std::lock_guard lock(m_mutex);
        m_set = std::move(next);
    }
    m_version.fetch_add(1, std::memory_order_acq_rel);
    Q_EMIT changed();
}

void TrackedAccounts::setDids(const QStringList &dids)
{
    auto next = std::make_shared<DidSet>();
    for (const QString &did : dids) {
        if (did.startsWith(u"did:"))
            next->insert(did);
    }
    publish(std::move(next));
}

void TrackedAccounts::add(const QString &did)
{
    if (!did.startsWith(u"did:"))
        return;
    auto next = std::make_shared<DidSet>(*snapshot());
    if (next->insert(did))
        publish(std::move(next));
}

void TrackedAccounts::remove(const QString &did)
{
    auto next = std::make_shared<DidSet>(*snapshot());
    if (next->remove(did.toStdString()))
        publish(std::move(next));
}

std::shared_ptr<const DidSet> TrackedAccounts::snapshot() const
{
    std::lock_guard lock(m_mutex);
    return m_set;
}

QStringList TrackedAccounts::dids() const
{
    QStringList out;
    const auto set = snapshot();
    for (const std::string &did : *set)
        out.append(QString::fromStdString(did));
    out.sort();
    return out;
}

} // namespace ge::collectors
