#pragma once

#include "config/ConfigLoader.h"
#include "metrics/MetricsRegistry.h"

#include <QObject>

#include <memory>

namespace ge {
class StatusServer;
namespace ui {
class MainWindow;
}
} // namespace ge

namespace ge::app {

// Creates the services, threads and windows of the GUI application, wires them, and shuts
// them down in a defined order (collectors → writer flush → readers → threads).
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
    void startStatusServer();

    LoadedConfig m_loaded;
    metrics::MetricsRegistry m_metrics;
    StatusServer *m_statusServer = nullptr;
    std::unique_ptr<ui::MainWindow> m_window;
    bool m_shutDown = false;
};

} // namespace ge::app
