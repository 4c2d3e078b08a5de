#pragma once

#include "config/ConfigLoader.h"
#include "metrics/MetricsRegistry.h"

#include <QHash>
#include <QObject>

#include <memory>

namespace ge {
class StatusServer;
namespace analytics {
class AnalyticsService;
}
namespace runtime {
class ServiceHost;
}
namespace models {
class BreakerModel;
class CollectorModel;
class HealthModel;
class LogModel;
class RegistryBreakerOperator;
} // namespace models
namespace ui {
class MainWindow;
}
} // namespace ge

namespace ge::app {

class AccountsBridge;
class CollectorBridge;

// Creates the services, threads and windows of the GUI application, wires them, and shuts
// them down in a defined order (window → collectors → health → writer flush → readers).
class CompositionRoot : public QObject
{
    Q_OBJECT
public:
    explicit CompositionRoot(QObject *parent = nullptr);
    ~CompositionRoot() override;

    // Parses the GUI's command line, loads configuration, starts services, shows the window.
    // Returns an exit code; ExitOk means the event loop should run.
    int start(const QStringList &args, const QString &language);
    void shutdown();

    const AppConfig &config() const { return m_loaded.config; }

private:
    int openStorage();
    void startStatusServer();
    void wireNotifications();
    bool interactive() const;

    LoadedConfig m_loaded;
    metrics::MetricsRegistry m_metrics;
    runtime::ServiceHost *m_host = nullptr;
    StatusServer *m_statusServer = nullptr;
    analytics::AnalyticsService *m_analytics = nullptr;
    models::HealthModel *m_healthModel = nullptr;
    models::BreakerModel *m_breakerModel = nullptr;
    models::CollectorModel *m_collectorModel = nullptr;
    models::LogModel *m_logModel = nullptr;
    std::unique_ptr<models::RegistryBreakerOperator> m_breakerOperator;
    CollectorBridge *m_collectorBridge = nullptr;
    AccountsBridge *m_accountsBridge = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    QHash<QString, QString> m_campaignStates; // campaign id -> last notified state
    bool m_shutDown = false;
};

} // namespace ge::app
