#include "cli/GlobalOptions.h"

#include <QCoreApplication>

namespace ge::cli {

namespace {
QString t(const char *s)
{
    return QCoreApplication::translate("GlobalOptions", s);
}
} // namespace

const QList<GlobalOption> &globalOptions()
{
    static const QList<GlobalOption> options = [] {
        QList<GlobalOption> o;
        o.append({QCommandLineOption(QStringLiteral("data-dir"), t("Data directory (database, logs, backups)."),
                                     t("DIR")),
                  QString()});
        o.append({QCommandLineOption(QStringLiteral("config"), t("Configuration file (.json or .ini)."), t("FILE")),
                  QString()});
        o.append({QCommandLineOption(QStringLiteral("offline"), t("Start without any network access.")),
                  QStringLiteral("app.offline")});
        o.append({QCommandLineOption(QStringLiteral("log-level"), t("Log level: debug, info, warning, critical."),
                                     t("LEVEL")),
                  QStringLiteral("log.level")});
        o.append({QCommandLineOption(QStringLiteral("jetstream"), t("Jetstream endpoints, comma-separated."),
                                     t("URL[,URL...]")),
                  QStringLiteral("jetstream.endpoints")});
        o.append({QCommandLineOption(QStringLiteral("appview"), t("AppView base URL."), t("URL")),
                  QStringLiteral("appview.url")});
        o.append({QCommandLineOption(QStringLiteral("plc"), t("PLC directory base URL."), t("URL")),
                  QStringLiteral("plc.url")});
        o.append({QCommandLineOption(QStringLiteral("pds"), t("PDS base URL (overrides the DID document)."),
                                     t("URL")),
                  QStringLiteral("pds.url")});
        o.append({QCommandLineOption(QStringLiteral("database"),
                                     t("Database URL: postgresql://user@host:port/db (default: local SQLite)."),
                                     t("URL")),
                  QStringLiteral("database.url")});
        o.append({QCommandLineOption(QStringLiteral("status-port"),
                                     t("Serve /health and /metrics on 127.0.0.1:PORT."), t("PORT")),
                  QStringLiteral("status.port")});
        o.append({QCommandLineOption(QStringLiteral("lang"), t("User interface language (en, de)."), t("LANG")),
                  QStringLiteral("ui.language")});
        return o;
    }();
    return options;
}

void addGlobalOptions(QCommandLineParser &parser)
{
    for (const GlobalOption &g : globalOptions())
        parser.addOption(g.option);
}

QStringList globalOptionsWithValues()
{
    QStringList names;
    for (const GlobalOption &g : globalOptions())
        if (!g.option.valueName().isEmpty())
            names += g.option.names();
    return names;
}

ConfigSources configSourcesFrom(const QCommandLineParser &parser)
{
    ConfigSources sources;
    sources.dataDir = parser.value(QStringLiteral("data-dir"));
    sources.configFile = parser.value(QStringLiteral("config"));
    for (const GlobalOption &g : globalOptions()) {
        if (g.configKey.isEmpty() || !parser.isSet(g.option))
            continue;
        sources.overrides.insert(g.configKey, g.option.valueName().isEmpty() ? QStringLiteral("true")
                                                                             : parser.value(g.option));
    }
    return sources;
}

} // namespace ge::cli
