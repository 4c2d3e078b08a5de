#pragma once

#include "core/Clock.h"
#include "reliability/HealthProbe.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QThread;

namespace ge::reliability {

class HealthWorker;

struct HealthMonitorOptions
{
    std::chrono::milliseconds interval{60000};     // between rounds when started
    std::chrono::milliseconds probeTimeout{10000}; // a probe that has not answered by then is DOWN
    bool offline = false;                          // offline mode: every component UNKNOWN, no probing
    bool ownThread = true;                         // run probes on a worker thread "ge-health"
};

// Runs health probes per component on a timer off the GUI thread; keeps the latest result of
// each; the overall status is the worst component status. snapshot() is thread-safe.
// Signals are delivered in the monitor's own thread.
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(const Clock &clock, HealthMonitorOptions options = {}, QObject *parent = nullptr);
    ~HealthMonitor() override;

    // Adds a component (call before start()/checkNow()). The probe is handed to the worker
    // thread and destroyed there.
    void addProbe(const QString &name, std::unique_ptr<HealthProbe> probe);
    QStringList components() const;

    // Starts periodic rounds (the first one at once).
    void start();
    void stop();
    // Stops for good: joins the worker thread and destroys the probes, so nothing they look at
    // (the database writer, the network thread) is touched afterwards. Later calls do nothing.
    void shutdown();
    // Runs one round now (asynchronously); roundFinished() follows.
    void checkNow();
    void setOffline(bool offline);
    bool isOffline() const;

    HealthSnapshot snapshot() const;

Q_SIGNALS:
    void roundFinished(const ge::reliability::HealthSnapshot &snapshot);
    // A component's status changed (from, to included in the result).
    void componentChanged(const QString &name, const ge::reliability::HealthResult &result);

private:
    friend class HealthWorker;
    void storeResult(const QString &name, const HealthResult &result, bool *changed);
    HealthSnapshot finishRound();
    void shutdownWorker();

    const Clock &m_clock;
    HealthMonitorOptions m_options;
    mutable QMutex m_mutex;
    QList<ComponentHealth> m_components; // sorted by name
    HealthStatus m_overall = HealthStatus::Unknown;
    qint64 m_takenAtUs = 0;
    bool m_offline = false;
    QThread *m_thread = nullptr;
    HealthWorker *m_worker = nullptr;
};

} // namespace ge::reliability
