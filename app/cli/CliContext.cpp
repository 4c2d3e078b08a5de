#include "cli/CliContext.h"

#include "cli/GlobalOptions.h"
#include "logging/Logger.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace ge::cli {

CliContext::CliContext(QString command, QStringList args)
    : m_command(std::move(command)), m_args(std::move(args)), m_out(stdout), m_err(stderr)
{
}

std::optional<int> CliContext::parse(QCommandLineParser &parser, const QString &description,
                                     const QString &positionalHelp)
{
    return doParse(parser, description, positionalHelp, true);
}

std::optional<int> CliContext::parseLenient(QCommandLineParser &parser, const QString &description,
                                            const QString &positionalHelp)
{
    return doParse(parser, description, positionalHelp, false);
}

int CliContext::usageError(const QString &message)
{
    m_err << QCoreApplication::translate("Cli", "growth-engine %1: %2").arg(m_command, message) << Qt::endl
          << QCoreApplication::translate("Cli", "Run 'growth-engine %1 --help' for usage.").arg(m_command)
          << Qt::endl;
    return ExitUsage;
}

std::optional<int> CliContext::doParse(QCommandLineParser &parser, const QString &description,
                                       const QString &positional, bool strictConfig)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    addGlobalOptions(parser);
    if (!positional.isEmpty())
        parser.addPositionalArgument(QStringLiteral("args"), positional);
    QStringList argv = m_args;
    argv.prepend(QCoreApplication::applicationName() + QLatin1Char(' ') + m_command);
    if (!parser.parse(argv))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        // QCommandLineParser names the binary by its path; show the command as people type it.
        QString text = parser.helpText();
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(eol);
        const qsizetype options = usage.indexOf(QStringLiteral(" ["));
        usage = QCoreApplication::translate("Cli", "Usage: %1").arg(QStringLiteral("growth-engine ") + m_command)
                + (options >= 0 ? usage.mid(options) : QString());
        m_out << usage << text.mid(eol);
        m_out.flush();
        return ExitOk;
    }
    m_loaded = loadConfig(configSourcesFrom(parser));
    if (strictConfig && !m_loaded.ok()) {
        m_err << formatProblems(m_loaded.problems);
        m_err.flush();
        return ExitConfig;
    }
    LogOptions options;
    options.directory = m_loaded.ok() ? QDir(m_loaded.config.dataDir).filePath(QStringLiteral("logs")) : QString();
    options.level = m_loaded.config.logLevel;
    options.humanStderr = true;
    Logger::install(options);
    return std::nullopt;
}

} // namespace ge::cli
