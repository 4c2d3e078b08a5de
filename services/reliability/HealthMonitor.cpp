#include "reliability/HealthMonitor.h"

#include "reliability/HealthWorker.h"
#include "reliability/ReliabilityLog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <algorithm>

namespace ge::reliability {

HealthMonitor::HealthMonitor(const Clock &clock, HealthMonitorOptions options, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_options(options)
    , m_offline(options.offline)
{
    qRegisterMetaType<ge::reliability::HealthResult>();
    qRegisterMetaType<ge::reliability::HealthSnapshot>();
    m_worker = new HealthWorker(this, std::max<qint64>(1, m_options.probeTimeout.count()),
                                std::max<qint64>(1, m_options.interval.count()));
    connect(m_worker, &HealthWorker::roundFinished, this, &HealthMonitor::roundFinished);
    connect(m_worker, &HealthWorker::componentChanged, this, &HealthMonitor::componentChanged);
    if (m_options.ownThread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("ge-health"));
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
}

HealthMonitor::~HealthMonitor()
{
    shutdownWorker();
}

void HealthMonitor::shutdown()
{
    shutdownWorker();
}

void HealthMonitor::shutdownWorker()
{
    if (!m_worker)
        return;
    m_worker->disconnect(this);
    if (m_thread) {
        // The worker (and with it every probe) is deleted on its own thread when it finishes.
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    } else {
        delete m_worker;
    }
    m_worker = nullptr;
}

void HealthMonitor::addProbe(const QString &name, std::unique_ptr<HealthProbe> probe)
{
    {
        QMutexLocker lock(&m_mutex);
        ComponentHealth c;
        c.name = name;
        c.result = HealthResult::unknown(QCoreApplication::translate("HealthMonitor", "not checked yet"));
        auto it = std::find_if(m_components.begin(), m_components.end(),
                               [&name](const ComponentHealth &x) { return x.name == name; });
        if (it == m_components.end()) {
            m_components.append(c);
            std::sort(m_components.begin(), m_components.end(),
                      [](const ComponentHealth &a, const ComponentHealth &b) { return a.name < b.name; });
        }
    }
    std::shared_ptr<HealthProbe> shared(std::move(probe));
    HealthWorker *worker = m_worker;
    if (!worker)
        return; // shut down: the probe is dropped here
    QMetaObject::invokeMethod(worker, [worker, name, shared] { worker->addProbe(name, shared); }, Qt::QueuedConnection);
}

QStringList HealthMonitor::components() const
{
    QMutexLocker lock(&m_mutex);
    QStringList names;
    for (const ComponentHealth &c : m_components)
        names.append(c.name);
    return names;
}

void HealthMonitor::start()
{
    HealthWorker *worker = m_worker;
    if (!worker)
        return;
    QMetaObject::invokeMethod(worker, [worker] { worker->startTimer(); }, Qt::QueuedConnection);
}

void HealthMonitor::stop()
{
    HealthWorker *worker = m_worker;
    if (!worker)
        return;
    QMetaObject::invokeMethod(worker, [worker] { worker->stopTimer(); }, Qt::QueuedConnection);
}

void HealthMonitor::checkNow()
{
    HealthWorker *worker = m_worker;
    if (!worker)
        return;
    QMetaObject::invokeMethod(worker, [worker] { worker->runRound(); }, Qt::QueuedConnection);
}

void HealthMonitor::setOffline(bool offline)
{
    QMutexLocker lock(&m_mutex);
    m_offline = offline;
}

bool HealthMonitor::isOffline() const
{
    QMutexLocker lock(&m_mutex);
    return m_offline;
}

void HealthMonitor::storeResult(const QString &name, const HealthResult &result, bool *changed)
{
    QMutexLocker lock(&m_mutex);
    for (ComponentHealth &c : m_components) {
        if (c.name != name)
            continue;
        *changed = c.result.status != result.status || c.result.error != result.error;
        c.result = result;
        if (result.status == HealthStatus::Up)
            c.lastUpUs = result.checkedAtUs;
        return;
    }
    *changed = false;
}

HealthSnapshot HealthMonitor::finishRound()
{
    QMutexLocker lock(&m_mutex);
    m_takenAtUs = m_clock.nowUs();
    HealthStatus overall = m_components.isEmpty() ? HealthStatus::Unknown : HealthStatus::Up;
    for (const ComponentHealth &c : m_components)
        overall = worst(overall, c.result.status);
    m_overall = overall;
    HealthSnapshot s;
    s.overall = m_overall;
    s.takenAtUs = m_takenAtUs;
    s.components = m_components;
    return s;
}

HealthSnapshot HealthMonitor::snapshot() const
{
    QMutexLocker lock(&m_mutex);
    HealthSnapshot s;
    s.overall = m_overall;
    s.takenAtUs = m_takenAtUs;
    s.components = m_components;
    return s;
}

// ---------------------------------------------------------------------------------------------

HealthWorker::HealthWorker(HealthMonitor *monitor, qint64 probeTimeoutMs, qint64 intervalMs)
    : m_monitor(monitor)
    , m_probeTimeoutMs(probeTimeoutMs)
{
    m_interval = new QTimer(this);
    m_interval->setInterval(static_cast<int>(std::min<qint64>(intervalMs, std::numeric_limits<int>::max())));
    connect(m_interval, &QTimer::timeout, this, &HealthWorker::runRound);
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] { onTimeout(m_round); });
}

HealthWorker::~HealthWorker()
{
    m_probes.clear(); // probes are destroyed on this (the worker's) thread
}

void HealthWorker::addProbe(const QString &name, std::shared_ptr<HealthProbe> probe)
{
    m_probes[name] = std::move(probe);
}

void HealthWorker::startTimer()
{
    m_interval->start();
    runRound();
}

void HealthWorker::stopTimer()
{
    m_interval->stop();
}

void HealthWorker::runRound()
{
    if (m_running) {
        m_pendingRound = true;
        return;
    }
    ++m_round;
    m_running = true;
    m_started.clear();
    const quint64 round = m_round;
    const qint64 nowUs = m_monitor->m_clock.nowUs();
    const bool offline = m_monitor->isOffline();
    if (offline) {
        for (const auto &entry : m_probes) {
            if (!entry.second->needsNetwork())
                continue;
            HealthResult r = HealthResult::unknown(QCoreApplication::translate("HealthMonitor", "offline mode"));
            r.checkedAtUs = nowUs;
            bool changed = false;
            m_monitor->storeResult(entry.first, r, &changed);
            if (changed)
                Q_EMIT componentChanged(entry.first, r);
        }
    }
    QElapsedTimer elapsed;
    elapsed.start();
    for (const auto &entry : m_probes)
        if (!offline || !entry.second->needsNetwork())
            m_started.insert(entry.first, 0);
    m_deadline->start(static_cast<int>(std::min<qint64>(m_probeTimeoutMs, std::numeric_limits<int>::max())));
    const QPointer<HealthWorker> self(this);
    for (const auto &entry : m_probes) {
        if (offline && entry.second->needsNetwork())
            continue;
        const QString name = entry.first;
        auto timer = std::make_shared<QElapsedTimer>();
        timer->start();
        entry.second->probe([self, round, name, timer](HealthResult result) {
            if (result.latencyMs < 0)
                result.latencyMs = timer->elapsed();
            HealthWorker *worker = self.data();
            if (!worker)
                return;
            QMetaObject::invokeMethod(
                worker, [worker, round, name, result] { worker->onResult(round, name, result); },
                Qt::QueuedConnection);
        });
    }
    finishIfComplete();
}

void HealthWorker::onResult(quint64 round, const QString &name, HealthResult result)
{
    if (round != m_round || !m_started.contains(name))
        return; // late (timed out) or repeated answer
    m_started.remove(name);
    result.checkedAtUs = m_monitor->m_clock.nowUs();
    bool changed = false;
    m_monitor->storeResult(name, result, &changed);
    if (changed) {
        qCInfo(lcHealth).noquote() << "health" << name << toString(result.status) << result.error;
        Q_EMIT componentChanged(name, result);
    }
    finishIfComplete();
}

void HealthWorker::onTimeout(quint64 round)
{
    if (round != m_round)
        return;
    const QStringList pending = m_started.keys();
    m_started.clear();
    const qint64 nowUs = m_monitor->m_clock.nowUs();
    for (const QString &name : pending) {
        HealthResult r = HealthResult::down(
            QCoreApplication::translate("HealthMonitor", "no answer within %1 ms").arg(m_probeTimeoutMs),
            m_probeTimeoutMs);
        r.checkedAtUs = nowUs;
        bool changed = false;
        m_monitor->storeResult(name, r, &changed);
        if (changed)
            Q_EMIT componentChanged(name, r);
    }
    finishIfComplete();
}

void HealthWorker::finishIfComplete()
{
    if (!m_running || !m_started.isEmpty())
        return;
    m_deadline->stop();
    m_running = false;
    const HealthSnapshot snapshot = m_monitor->finishRound();
    Q_EMIT roundFinished(snapshot);
    if (m_pendingRound) {
        m_pendingRound = false;
        QMetaObject::invokeMethod(this, &HealthWorker::runRound, Qt::QueuedConnection);
    }
}

} // namespace ge::reliability
