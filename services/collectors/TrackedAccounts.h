#pragma once

#include "collectors/DidSet.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>
#include <mutex>

namespace ge::collectors {

// The DIDs the collectors watch, changed at runtime from any thread (accounts added or removed
// in the UI). Readers take an immutable snapshot; a collector re-reads it only when version()
// moved, so the hot path costs one atomic load per event.
class TrackedAccounts : public QObject
{
    Q_OBJECT
public:
    explicit TrackedAccounts(QObject *parent = nullptr);

    void setDids(const QStringList &dids);
    void add(const QString &did);
    void remove(const QString &did);

    std::shared_ptr<const DidSet> snapshot() const;
    QStringList dids() const;
    quint64 version() const { return m_version.load(std::memory_order_acquire); }

Q_SIGNALS:
    // Emitted in the thread that made the change; connect queued from workers.
    void changed();

private:
    void publish(std::shared_ptr<const DidSet> next);

    mutable std::mutex m_mutex;
    std::shared_ptr<const DidSet> m_set;
    std::atomic<quint64> m_version{0};
};

} // namespace ge::collectors
