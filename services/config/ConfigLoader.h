#pragma once

#include "config/AppConfig.h"
#include "config/ConfigKeys.h"

#include <QList>
#include <QMap>
#include <QProcessEnvironment>

namespace ge {

struct ConfigSources
{
    QString configFile;              // --config FILE (empty: config.json or growth-engine.ini in the data dir)
    QString dataDir;                 // --data-dir DIR (empty: environment, then AppDataLocation)
    QMap<QString, QString> overrides; // command-line values by key name ("appview.url" → "…")
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

struct LoadedConfig
{
    AppConfig config;
    QList<ConfigProblem> problems;
    QString configFile; // the file that was read, if any
    bool ok() const { return problems.isEmpty(); }
};

// Layers defaults < config file < environment < command line, validates every key and
// collects every problem (it never stops at the first one).
LoadedConfig loadConfig(const ConfigSources &sources);

// Human-readable list of problems: one paragraph per problem with key, value, source, why and fix.
QString formatProblems(const QList<ConfigProblem> &problems);

// Default data directory (QStandardPaths::AppDataLocation).
QString defaultDataDir();

} // namespace ge
