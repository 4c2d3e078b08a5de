#pragma once

#include "config/ConfigLoader.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>

namespace ge::cli {

// Options every invocation understands (GUI and subcommands), and how they map onto
// configuration keys. --data-dir and --config are handled by ConfigSources directly.
struct GlobalOption
{
    QCommandLineOption option;
    QString configKey; // empty for --data-dir / --config / --lang handled specially
};

const QList<GlobalOption> &globalOptions();
void addGlobalOptions(QCommandLineParser &parser);
// Names (without dashes) of global options that take a value, for the pre-scan of argv.
QStringList globalOptionsWithValues();
// Collects config sources from a parser on which addGlobalOptions() was called.
ConfigSources configSourcesFrom(const QCommandLineParser &parser);

} // namespace ge::cli
