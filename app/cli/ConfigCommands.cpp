#include "cli/Commands.h"
#include "config/ConfigKeys.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ge::cli {

namespace {

QString keyTypeName(ConfigKeyType type)
{
    switch (type) {
    case ConfigKeyType::String: return QStringLiteral("string");
    case ConfigKeyType::Int: return QStringLiteral("int");
    case ConfigKeyType::Double: return QStringLiteral("number");
    case ConfigKeyType::Bool: return QStringLiteral("bool");
    case ConfigKeyType::Url: return QStringLiteral("url");
    case ConfigKeyType::UrlList: return QStringLiteral("url-list");
    case ConfigKeyType::Enum: return QStringLiteral("enum");
    }
    return QStringLiteral("string");
}

} // namespace

// growth-engine validate-config [--keys] [--json]
int runValidateConfigCommand(CliContext &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption keys(QStringLiteral("keys"),
                                  QCoreApplication::translate("Commands", "List every configuration key."));
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("Commands", "Output JSON."));
    parser.addOption(keys);
    parser.addOption(json);
    if (auto exit = ctx.parseLenient(
            parser, QCoreApplication::translate("Commands", "Check the configuration and list every problem.")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return ctx.usageError(QCoreApplication::translate("Commands", "unexpected argument '%1'")
                                  .arg(parser.positionalArguments().constFirst()));

    if (parser.isSet(keys)) {
        if (parser.isSet(json)) {
            QJsonArray arr;
            for (const ConfigKey &k : configKeys())
                arr.append(QJsonObject{{QStringLiteral("key"), k.name},
                                       {QStringLiteral("env"), k.envName()},
                                       {QStringLiteral("type"), keyTypeName(k.type)},
                                       {QStringLiteral("help"), k.help}});
            ctx.out() << QJsonDocument(arr).toJson();
        } else {
            for (const ConfigKey &k : configKeys())
                ctx.out() << k.name.leftJustified(28) << keyTypeName(k.type).leftJustified(10) << k.envName()
                          << Qt::endl
                          << QStringLiteral("    ") << k.help << Qt::endl;
        }
        return ExitOk;
    }

    const LoadedConfig &loaded = ctx.loaded();
    if (parser.isSet(json)) {
        QJsonArray problems;
        for (const ConfigProblem &p : loaded.problems)
            problems.append(QJsonObject{{QStringLiteral("key"), p.key},
                                        {QStringLiteral("value"), p.value},
                                        {QStringLiteral("source"), p.source},
                                        {QStringLiteral("why"), p.why},
                                        {QStringLiteral("fix"), p.fix}});
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("valid"), loaded.ok()},
                                               {QStringLiteral("config_file"), loaded.configFile},
                                               {QStringLiteral("data_dir"), loaded.config.dataDir},
                                               {QStringLiteral("problems"), problems}})
                         .toJson();
        return loaded.ok() ? ExitOk : ExitConfig;
    }
    if (!loaded.ok()) {
        ctx.err() << formatProblems(loaded.problems);
        return ExitConfig;
    }
    ctx.out() << QCoreApplication::translate("Commands", "Configuration is valid.") << Qt::endl;
    ctx.out() << QCoreApplication::translate("Commands", "Data directory: %1").arg(loaded.config.dataDir) << Qt::endl;
    ctx.out() << QCoreApplication::translate("Commands", "Config file: %1")
                     .arg(loaded.configFile.isEmpty() ? QCoreApplication::translate("Commands", "(none, defaults)")
                                                      : loaded.configFile)
              << Qt::endl;
    return ExitOk;
}

} // namespace ge::cli
