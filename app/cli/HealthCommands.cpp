#include "cli/Commands.h"

#include "core/Clock.h"
#include "net/HttpClient.h"
#include "reliability/BreakerRegistry.h"
#include "reliability/HealthMonitor.h"
#include "reliability/HealthProbes.h"
#include "storage/DatabaseConfig.h"
#include "storage/DatabaseHealthProbe.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

namespace ge::cli {

namespace {

QString trh(const char *text)
{
    return QCoreApplication::translate("HealthCommands", text);
}

} // namespace

// growth-engine health [--json] [--timeout MS]
// One round of every health probe, headless. Exit 0 only when every component is UP, else 1.
// Bounded: every probe has a timeout and the round as a whole has a deadline.
int runHealthCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), trh(QT_TRANSLATE_NOOP("HealthCommands", "Output JSON (the same document as the status port's /health).")));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     trh(QT_TRANSLATE_NOOP("HealthCommands", "Per-probe timeout in milliseconds (default: http.total_timeout_ms, at most 60000).")),
                                     QStringLiteral("ms"));
    parser.addOption(json);
    parser.addOption(timeout);
    if (auto exit = ctx.parse(parser, trh(QT_TRANSLATE_NOOP("HealthCommands", "Check every dependency once and report UP / DEGRADED / DOWN / UNKNOWN."))))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(trh(QT_TRANSLATE_NOOP("HealthCommands", "unexpected argument '%1'")).arg(parser.positionalArguments().constFirst()));

    const AppConfig &cfg = ctx.config();
    qint64 totalMs = cfg.httpTotalTimeoutMs;
    if (parser.isSet(timeout)) {
        bool ok = false;
        totalMs = parser.value(timeout).toLongLong(&ok);
        if (!ok || totalMs < 1 || totalMs > 600000)
            return ctx.usageError(trh(QT_TRANSLATE_NOOP("HealthCommands", "--timeout must be a number of milliseconds between 1 and 600000")));
    }
    totalMs = std::clamp<qint64>(totalMs, 1, 60000);
    const qint64 connectMs = std::clamp<qint64>(cfg.httpConnectTimeoutMs, 1, totalMs);

    const Clock &clock = SystemClock::instance();
    reliability::BreakerRegistry breakers(clock);
    reliability::HealthMonitorOptions options;
    options.offline = cfg.offline;
    options.probeTimeout = std::chrono::milliseconds(totalMs + 1000);
    reliability::HealthMonitor monitor(clock, options);

    net::HttpClient::Deps deps;
    deps.breakers = &breakers;
    reliability::DependencyEndpoints endpoints;
    endpoints.appView = cfg.appViewUrl;
    endpoints.plc = cfg.plcUrl;
    if (!cfg.jetstreamEndpoints.isEmpty())
        endpoints.jetstream = QUrl(cfg.jetstreamEndpoints.constFirst());
    endpoints.pds = cfg.pdsOverride;
    reliability::addDependencyProbes(monitor, endpoints, deps, &breakers, std::chrono::milliseconds(connectMs),
                                     std::chrono::milliseconds(totalMs));

    // The database: probed when it exists (a health check must not create one).
    const Result<storage::DatabaseConfig> db = storage::DatabaseConfig::fromUrl(cfg.databaseUrl, cfg.dataDir);
    if (!db) {
        const QString why = db.error().message;
        monitor.addProbe(QStringLiteral("database"),
                         std::make_unique<reliability::FunctionProbe>([why](reliability::HealthCallback done) {
                             done(reliability::HealthResult::down(why));
                         }));
    } else if (db->isSqlite() && !QFileInfo::exists(db->sqlitePath)) {
        const QString path = db->sqlitePath;
        monitor.addProbe(QStringLiteral("database"),
                         std::make_unique<reliability::FunctionProbe>([path](reliability::HealthCallback done) {
                             done(reliability::HealthResult::unknown(
                                 QCoreApplication::translate("HealthCommands", "no database yet at %1").arg(path)));
                         }));
    } else {
        monitor.addProbe(QStringLiteral("database"),
                         std::make_unique<storage::DatabaseHealthProbe>(*db, nullptr, nullptr));
    }

    QEventLoop loop;
    bool finished = false;
    QObject::connect(&monitor, &reliability::HealthMonitor::roundFinished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    // Hard deadline for the round: never hang, whatever a probe does.
    QTimer::singleShot(options.probeTimeout + std::chrono::milliseconds(3000), &loop, &QEventLoop::quit);
    monitor.checkNow();
    loop.exec();

    const reliability::HealthSnapshot snapshot = monitor.snapshot();
    if (!finished) {
        ctx.err() << trh(QT_TRANSLATE_NOOP("HealthCommands", "The health check did not finish in time.")) << Qt::endl;
        if (parser.isSet(json))
            ctx.out() << snapshot.toJsonBytes();
        return ExitFailed;
    }
    if (parser.isSet(json)) {
        ctx.out() << snapshot.toJsonBytes();
    } else {
        ctx.out() << trh(QT_TRANSLATE_NOOP("HealthCommands", "overall: %1")).arg(reliability::toString(snapshot.overall)) << Qt::endl;
        for (const reliability::ComponentHealth &c : snapshot.components) {
            QString line = QStringLiteral("  ") + c.name.leftJustified(10) + QLatin1Char(' ')
                           + reliability::toString(c.result.status).leftJustified(9);
            if (c.result.latencyMs >= 0)
                line += QStringLiteral(" %1 ms").arg(c.result.latencyMs, 6);
            if (!c.result.error.isEmpty())
                line += QStringLiteral("  ") + c.result.error;
            ctx.out() << line << Qt::endl;
        }
    }
    return snapshot.allUp() ? ExitOk : ExitFailed;
}

} // namespace ge::cli
