#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace ge {
struct AppConfig;
class Clock;
namespace analytics {
class AnalyticsService;
}
namespace campaigns {
class CampaignService;
}
namespace models {
class BreakerModel;
class BreakerOperator;
class CollectorModel;
class CollectorOperator;
class HealthModel;
class LogModel;
} // namespace models
} // namespace ge

namespace ge::ui {

// What the composition root hands to the widgets: models and service facades, all owned
// elsewhere (parent ownership in the composition root). Widgets never reach for globals.
// Every pointer may be null: the window then shows empty pages (and creates empty models).
struct UiContext
{
    QString dataDir;
    bool offline = false;

    const Clock *clock = nullptr;                      // null: the system clock
    const AppConfig *config = nullptr;                 // the loaded configuration (Settings shows it)
    analytics::AnalyticsService *analytics = nullptr;  // read queries (reader thread)
    models::HealthModel *health = nullptr;             // fed by models/feeds/HealthFeed
    models::BreakerModel *breakers = nullptr;          // fed by models/feeds/BreakerFeed
    models::CollectorModel *collectors = nullptr;      // fed by the collectors' stats
    models::LogModel *logs = nullptr;                  // fed by models/feeds/LogFeed
    models::BreakerOperator *breakerOperator = nullptr;     // reset / force open / disable
    models::CollectorOperator *collectorOperator = nullptr; // start / stop / replay
    campaigns::CampaignService *campaigns = nullptr;        // follow-back campaigns (own thread)
    // Builds the accounts panel (ui/settings/AccountsPanel) embedded in Settings.
    std::function<QWidget *(QWidget *parent)> accountsPanelFactory;
    // INI file the Settings page writes (ConfigLoader reads it at the next start);
    // empty: <dataDir>/growth-engine.ini.
    QString settingsFile;
};

} // namespace ge::ui
