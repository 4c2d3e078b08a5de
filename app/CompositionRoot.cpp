#include "CompositionRoot.h"

#include "MainWindow.h"
#include "Translations.h"
#include "cli/ExitCodes.h"
#include "cli/GlobalOptions.h"
#include "core/ShutdownSignals.h"
#include "logging/LogCategories.h"
#include "logging/Logger.h"
#include "status/StatusServer.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QTextStream>

namespace ge::app {

CompositionRoot::CompositionRoot(QObject *parent) : QObject(parent) {}

CompositionRoot::~CompositionRoot()
{
    shutdown();
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
        if (QGuiApplication::platformName() != u"offscreen" && QGuiApplication::platformName() != u"minimal")
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

    startStatusServer();

    auto *signals_ = new ShutdownSignals(this);
    connect(signals_, &ShutdownSignals::shutdownRequested, this, [](int sig) {
        qCInfo(lcApp) << "signal" << sig << "received; shutting down";
        QCoreApplication::quit();
    });

    ui::UiContext context;
    context.dataDir = cfg.dataDir;
    context.offline = cfg.offline;
    m_window = std::make_unique<ui::MainWindow>(context);
    m_window->show();
    return cli::ExitOk;
}

void CompositionRoot::startStatusServer()
{
    if (m_loaded.config.statusPort <= 0)
        return;
    m_statusServer = new StatusServer(this);
    m_statusServer->setHandler("/metrics", [this] {
        return StatusServer::Response{200, "text/plain; version=0.0.4; charset=utf-8", m_metrics.prometheusText()};
    });
    m_statusServer->setHandler("/health", [] {
        const QJsonObject body{{QStringLiteral("status"), QStringLiteral("UNKNOWN")},
                               {QStringLiteral("components"), QJsonObject()}};
        return StatusServer::Response{200, "application/json", QJsonDocument(body).toJson(QJsonDocument::Compact)};
    });
    const auto bound = m_statusServer->listen(quint16(m_loaded.config.statusPort));
    if (!bound.ok())
        qCWarning(lcApp) << bound.error().message;
}

void CompositionRoot::shutdown()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    m_window.reset();
    if (m_statusServer)
        m_statusServer->close();
    qCInfo(lcApp) << "stopped";
}

} // namespace ge::app
