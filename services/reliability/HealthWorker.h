#pragma once

#include "reliability/HealthProbe.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <map>
#include <memory>

class QTimer;

namespace ge::reliability {

class HealthMonitor;

// Internal: lives on the monitor's worker thread and runs the probes.
class HealthWorker : public QObject
{
    Q_OBJECT
public:
    HealthWorker(HealthMonitor *monitor, qint64 probeTimeoutMs, qint64 intervalMs);
    ~HealthWorker() override;

    void addProbe(const QString &name, std::shared_ptr<HealthProbe> probe);
    void startTimer();
    void stopTimer();
    void runRound();

Q_SIGNALS:
    void roundFinished(const ge::reliability::HealthSnapshot &snapshot);
    void componentChanged(const QString &name, const ge::reliability::HealthResult &result);

private:
    void onResult(quint64 round, const QString &name, HealthResult result);
    void onTimeout(quint64 round);
    void finishIfComplete();

    HealthMonitor *m_monitor;
    qint64 m_probeTimeoutMs;
    std::map<QString, std::shared_ptr<HealthProbe>> m_probes;
    QTimer *m_interval = nullptr;
    QTimer *m_deadline = nullptr;
    quint64 m_round = 0;
    bool m_running = false;
    bool m_pendingRound = false;
    QHash<QString, qint64> m_started; // pending probes of the current round: name -> start ms
};

} // namespace ge::reliability
