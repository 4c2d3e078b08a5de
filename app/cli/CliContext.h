#pragma once

#include "cli/ExitCodes.h"
#include "config/ConfigLoader.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace ge::cli {

// What a subcommand gets: its arguments, output streams, and (after parse()) the loaded
// and validated configuration with logging set up.
class CliContext
{
public:
    CliContext(QString command, QStringList args);

    const QString &command() const { return m_command; }
    const QStringList &args() const { return m_args; }
    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }

    // Adds the global options to `parser`, parses args (the subcommand's own options plus
    // global ones), handles --help, loads and validates the configuration, installs logging
    // (stderr + JSON file in the data dir). Returns std::nullopt to continue, or the exit
    // code to return (help printed → 0; usage error → 2; invalid config → 3).
    std::optional<int> parse(QCommandLineParser &parser, const QString &description,
                             const QString &positionalHelp = {});
    // Like parse() but without configuration validation errors being fatal (validate-config).
    std::optional<int> parseLenient(QCommandLineParser &parser, const QString &description,
                                    const QString &positionalHelp = {});

    const AppConfig &config() const { return m_loaded.config; }
    const LoadedConfig &loaded() const { return m_loaded; }

    int usageError(const QString &message);

private:
    std::optional<int> doParse(QCommandLineParser &parser, const QString &description, const QString &positional,
                               bool strictConfig);

    QString m_command;
    QStringList m_args;
    QTextStream m_out;
    QTextStream m_err;
    LoadedConfig m_loaded;
};

} // namespace ge::cli
