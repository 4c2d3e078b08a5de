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
        o.append({QCommandLineOption(QStringLiteral("data-dir"), t(QT_TRANSLATE_NOOP("GlobalOptions", "Data directory (database, logs, backups).")),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "DIR"))),
                  QString()});
        o.append({QCommandLineOption(QStringLiteral("config"), t(QT_TRANSLATE_NOOP("GlobalOptions", "Configuration file (.json or .ini).")), t(QT_TRANSLATE_NOOP("GlobalOptions", "FILE"))),
                  QString()});
        o.append({QCommandLineOption(QStringLiteral("offline"), t(QT_TRANSLATE_NOOP("GlobalOptions", "Start without any network access."))),
                  QStringLiteral("app.offline")});
        o.append({QCommandLineOption(QStringLiteral("log-level"), t(QT_TRANSLATE_NOOP("GlobalOptions", "Log level: debug, info, warning, critical.")),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "LEVEL"))),
                  QStringLiteral("log.level")});
        o.append({QCommandLineOption(QStringLiteral("jetstream"), t(QT_TRANSLATE_NOOP("GlobalOptions", "Jetstream endpoints, comma-separated.")),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "URL[,URL...]"))),
                  QStringLiteral("jetstream.endpoints")});
        o.append({QCommandLineOption(QStringLiteral("appview"), t(QT_TRANSLATE_NOOP("GlobalOptions", "AppView base URL.")), t(QT_TRANSLATE_NOOP("GlobalOptions", "URL"))),
                  QStringLiteral("appview.url")});
        o.append({QCommandLineOption(QStringLiteral("plc"), t(QT_TRANSLATE_NOOP("GlobalOptions", "PLC directory base URL.")), t(QT_TRANSLATE_NOOP("GlobalOptions", "URL"))),
                  QStringLiteral("plc.url")});
        o.append({QCommandLineOption(QStringLiteral("pds"), t(QT_TRANSLATE_NOOP("GlobalOptions", "PDS base URL (overrides the DID document).")),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "URL"))),
                  QStringLiteral("pds.url")});
        o.append({QCommandLineOption(QStringLiteral("database"),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "Database URL: postgresql://user@host:port/db (default: local SQLite).")),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "URL"))),
                  QStringLiteral("database.url")});
        o.append({QCommandLineOption(QStringLiteral("status-port"),
                                     t(QT_TRANSLATE_NOOP("GlobalOptions", "Serve /health and /metrics on 127.0.0.1:PORT.")), t(QT_TRANSLATE_NOOP("GlobalOptions", "PORT"))),
                  QStringLiteral("status.port")});
        o.append({QCommandLineOption(QStringLiteral("lang"), t(QT_TRANSLATE_NOOP("GlobalOptions", "User interface language (en, de).")), t(QT_TRANSLATE_NOOP("GlobalOptions", "LANG"))),
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
