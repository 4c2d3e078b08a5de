#include "CompositionRoot.h"

#include "AccountsBridge.h"
#include "CollectorBridge.h"
#include "runtime/NetworkHost.h"
#include "settings/AccountsPanel.h"
#include "MainWindow.h"
#include "TrayNotifier.h"
#include "pages/OverviewPage.h"

#include <QPointer>
#include "Translations.h"
#include "analytics/AnalyticsService.h"
#include "cli/ExitCodes.h"
#include "cli/GlobalOptions.h"
#include "startup/StartupRecovery.h"
#include "core/ShutdownSignals.h"
#include "logging/LogCategories.h"
#include "logging/Logger.h"
#include "BreakerModel.h"
#include "CollectorModel.h"
#include "HealthModel.h"
#include "LogModel.h"
#include "NewFollowersWatcher.h"
#include "feeds/LogFeed.h"
#include "feeds/ReliabilityFeeds.h"
#include "reliability/HealthMonitor.h"
#include "reliability/ReliabilityStack.h"
#include "campaigns/CampaignService.h"
#include "runtime/ServiceHost.h"
#include "status/StatusServer.h"
#include "storage/StorageService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTextStream>

namespace ge::app {

CompositionRoot::CompositionRoot(QObject *parent) : QObject(parent) {}

CompositionRoot::~CompositionRoot()
{
    shutdown();
}

bool CompositionRoot::interactive() const
{
    const QString platform = QGuiApplication::platformName();
    return platform != u"offscreen" && platform != u"minimal";
}

int CompositionRoot::start(const QStringList &args, const QString &language)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addGlobalOptions(parser);
    if (!parser.parse(QStringList{QStringLiteral("growth-engine")} + args)) {
        QTextStream(stderr) << parser.errorText() << Qt::endl;
        return cli::ExitUsage;
    }
    m_loaded = loadConfig(cli::configSourcesFrom(parser));
    const AppConfig &cfg = m_loaded.config;
    installTranslators(*QCoreApplication::instance(), language.isEmpty() ? cfg.language : language);
    if (!m_loaded.ok()) {
        const QString text = formatProblems(m_loaded.problems);
        QTextStream(stderr) << text;
        if (interactive())
            QMessageBox::critical(nullptr, tr("Growth Engine cannot start"),
                                  tr("The configuration is invalid; fix it and start again.") + QStringLiteral("\n\n")
                                      + text);
        return cli::ExitConfig;
    }

    LogOptions logOptions;
    logOptions.directory = QDir(cfg.dataDir).filePath(QStringLiteral("logs"));
    logOptions.level = cfg.logLevel;
    Logger::install(logOptions);
    qCInfo(lcApp) << "starting growth-engine" << QCoreApplication::applicationVersion() << "data dir" << cfg.dataDir
                  << (cfg.offline ? "(offline)" : "");

    // Models exist before the services so that the log view sees startup messages.
    const Clock &clock = SystemClock::instance();
    m_logModel = new models::LogModel(this);
    new models::LogFeed(*m_logModel, this);
    m_healthModel = new models::HealthModel(clock, this);
    m_breakerModel = new models::BreakerModel(clock, this);
    m_collectorModel = new models::CollectorModel(clock, this);

    m_host = new runtime::ServiceHost(cfg, &m_metrics, clock, this);
    if (const int rc = openStorage(); rc != cli::ExitOk)
        return rc;

    reliability::ReliabilityStack *rel = m_host->reliability();
    new models::HealthFeed(rel->health(), *m_healthModel, this);
    new models::BreakerFeed(rel->breakers(), *m_breakerModel, this);
    m_breakerOperator = std::make_unique<models::RegistryBreakerOperator>(rel->breakers(), m_host->storage()->audit());
    m_collectorBridge = new CollectorBridge(*m_host, *m_collectorModel, this);
    if (m_host->storage()->database().isSqlite()) {
        m_analytics = new analytics::AnalyticsService(m_host->storage()->database().sqlitePath, clock, this);
        connect(m_host, &runtime::ServiceHost::dataCommitted, m_analytics,
                &analytics::AnalyticsService::notifyDataChanged);
    }

    startStatusServer();
    auto *signals_ = new ShutdownSignals(this);
    connect(signals_, &ShutdownSignals::shutdownRequested, this, [](int sig) {
        qCInfo(lcApp) << "signal" << sig << "received; shutting down";
        QCoreApplication::quit();
    });

    ui::UiContext context;
    context.dataDir = cfg.dataDir;
    context.offline = cfg.offline;
    context.clock = &clock;
    context.config = &m_loaded.config;
    context.analytics = m_analytics;
    context.health = m_healthModel;
    context.breakers = m_breakerModel;
    context.collectors = m_collectorModel;
    context.logs = m_logModel;
    context.breakerOperator = m_breakerOperator.get();
    context.collectorOperator = m_collectorBridge;
    context.campaigns = m_host->campaigns();
    if (runtime::NetworkHost *network = m_host->network()) {
        m_accountsBridge = new AccountsBridge(*m_host, *network, this);
        AccountsBridge *bridge = m_accountsBridge;
        context.accountsPanelFactory = [bridge](QWidget *parent) -> QWidget * {
            return new ui::AccountsPanel(bridge, parent);
        };
    } else {
        context.accountsPanelFactory = [](QWidget *parent) -> QWidget * {
            return new ui::AccountsPanel(nullptr, parent);
        };
    }
    m_window = std::make_unique<ui::MainWindow>(context);
    m_window->show();
    wireNotifications();

    if (const Status s = m_host->reloadTrackedAccounts(); !s)
        qCWarning(lcApp).noquote() << s.error().summary();
    if (!cfg.offline) {
        if (const Status s = m_host->startCollectors(); !s)
            qCWarning(lcApp).noquote() << s.error().summary();
    }
    rel->health().checkNow();
    return cli::ExitOk;
}

int CompositionRoot::openStorage()
{
    ui::RecoveryPrompts prompts;
    std::unique_ptr<QProgressDialog> upgrading;
    if (interactive()) {
        prompts = ui::messageBoxPrompts();
        // A migration can rebuild large tables (minutes on years of history): it runs on a worker
        // thread and this dialog says what is happening instead of a start-up that seems hung.
        m_host->setMigrationStarted([&upgrading] {
            upgrading = std::make_unique<QProgressDialog>(
                tr("Upgrading the database for this version of Growth Engine…\n"
                   "On a large database this can take a few minutes. Nothing is lost if it is interrupted."),
                QString(), 0, 0);
            upgrading->setWindowTitle(tr("Growth Engine"));
            upgrading->setCancelButton(nullptr);
            upgrading->setMinimumDuration(0);
            upgrading->setWindowModality(Qt::ApplicationModal);
            upgrading->show();
        });
    }
    const Status opened = ui::openWithRecovery(*m_host, prompts);
    m_host->setMigrationStarted({});
    upgrading.reset();
    if (opened)
        return cli::ExitOk;
    QTextStream(stderr) << tr("The database cannot be opened: %1").arg(opened.error().message) << Qt::endl;
    qCCritical(lcApp).noquote() << "database cannot be opened:" << opened.error().summary();
    return cli::ExitStorage;
}

void CompositionRoot::wireNotifications()
{
    // Storage problems (disk full, read-only, locked): the writer pauses and retries; the
    // Overview says so and points to Health until it resumes.
    if (auto *overview = m_window->pageAs<ui::OverviewPage>(QStringLiteral("overview"))) {
        QPointer<ui::OverviewPage> page(overview);
        connect(m_host, &runtime::ServiceHost::storagePaused, this, [page](const QString &reason) {
            if (page)
                page->setExternalAttention(
                    QStringLiteral("storage"),
                    {models::AttentionItem{models::HealthStatus::Down,
                                           tr("Database writes paused: %1. Collectors wait; nothing committed is lost.")
                                               .arg(reason),
                                           QStringLiteral("health")}});
        });
        connect(m_host, &runtime::ServiceHost::storageResumed, this, [page] {
            if (page)
                page->setExternalAttention(QStringLiteral("storage"), {});
        });
    }
    ui::TrayNotifier *tray = m_window->tray();
    if (!tray)
        return;
    // "N new followers": committed follow events of tracked accounts (live stream), coalesced by the tray.
    if (m_host->storage()->database().isSqlite()) {
        auto *watcher = new models::NewFollowersWatcher(m_host->storage()->database().sqlitePath, this);
        connect(m_host, &runtime::ServiceHost::dataCommitted, watcher, &models::NewFollowersWatcher::notifyDataChanged);
        connect(watcher, &models::NewFollowersWatcher::newFollowers, tray,
                [tray](const QString &did, const QString &handle, qint64 n) {
                    tray->addNewFollowers(handle.isEmpty() ? did : QString(QLatin1Char('@') + handle), n);
                });
        watcher->start();
    }
    if (campaigns::CampaignService *service = m_host->campaigns()) {
        // One notification per state change of a campaign, not per progress tick.
        connect(service, &campaigns::CampaignService::progressChanged, this,
                [this, tray](const campaigns::CampaignProgress &p) {
                    const QString state = campaigns::toString(p.campaign.state);
                    const QString key = QString::number(p.campaign.id);
                    if (m_campaignStates.value(key) == state)
                        return;
                    const bool first = !m_campaignStates.contains(key);
                    m_campaignStates.insert(key, state);
                    if (!first || p.campaign.state != campaigns::CampaignState::Running)
                        tray->campaignChanged(tr("Campaign %1").arg(p.campaign.id), state,
                                              p.waitReason.isEmpty() ? p.campaign.stateReason : p.waitReason);
                });
    }
}

void CompositionRoot::startStatusServer()
{
    if (m_loaded.config.statusPort <= 0)
        return;
    m_statusServer = new StatusServer(this);
    m_statusServer->setHandler("/metrics", [this] {
        return StatusServer::Response{200, "text/plain; version=0.0.4; charset=utf-8", m_metrics.prometheusText()};
    });
    m_statusServer->setHandler("/health", [this] {
        const reliability::HealthSnapshot snapshot = m_host->reliability()->health().snapshot();
        const int status = snapshot.overall == reliability::HealthStatus::Down ? 503 : 200;
        return StatusServer::Response{status, "application/json", snapshot.toJsonBytes(false)};
    });
    const auto bound = m_statusServer->listen(quint16(m_loaded.config.statusPort));
    if (!bound.ok())
        qCWarning(lcApp).noquote() << bound.error().message;
}

void CompositionRoot::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_window.reset();
    if (m_statusServer)
        m_statusServer->close();
    if (m_host)
        m_host->shutdown();
    qCInfo(lcApp) << "stopped";
    Logger::setListener(nullptr);
}

} // namespace ge::app
