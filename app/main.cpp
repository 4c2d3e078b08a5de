#include "CompositionRoot.h"
#include "Translations.h"
#include "cli/CommandTable.h"
#include "cli/GlobalOptions.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

using namespace ge;

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("GrowthEngine"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("growth-engine.app"));
    QCoreApplication::setApplicationName(QStringLiteral("growth-engine"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GE_VERSION));
}

// Qt's own command-line options (QGuiApplication, QApplication, X11): QApplication consumes them
// from argv; they are taken out of the argument list our parsers see.
QStringList withoutQtOptions(const QStringList &args)
{
    static const QStringList withValue = {
        QStringLiteral("platform"), QStringLiteral("platformpluginpath"), QStringLiteral("platformtheme"),
        QStringLiteral("plugin"),   QStringLiteral("qwindowgeometry"),    QStringLiteral("qwindowicon"),
        QStringLiteral("qwindowtitle"), QStringLiteral("session"),        QStringLiteral("display"),
        QStringLiteral("geometry"), QStringLiteral("style"),              QStringLiteral("stylesheet")};
    static const QStringList flags = {QStringLiteral("reverse"), QStringLiteral("widgetcount"),
                                      QStringLiteral("nograb"), QStringLiteral("dograb"), QStringLiteral("sync")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--") {
            out += args.mid(i);
            break;
        }
        if (a.startsWith(u'-') && !a.startsWith(u"--")) {
            const QString name = a.mid(1).section(u'=', 0, 0);
            if (name == u"qmljsdebugger" || flags.contains(name))
                continue;
            if (withValue.contains(name)) {
                if (!a.contains(u'='))
                    ++i;
                continue;
            }
        }
        out.append(a);
    }
    return out;
}

struct PreScan
{
    int commandIndex = -1; // index in args of the subcommand, -1 when none
    QString language;
};

// Finds the subcommand (first positional argument) without an application object, so the
// right kind of application (core, gui, widgets) can be created.
PreScan preScan(const QStringList &args)
{
    PreScan scan;
    const QStringList withValues = cli::globalOptionsWithValues();
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--")
            break;
        if (a.startsWith(u'-')) {
            QString name = a.mid(a.startsWith(u"--") ? 2 : 1);
            const bool inlineValue = name.contains(u'=');
            name = name.section(u'=', 0, 0);
            if (name == u"lang")
                scan.language = inlineValue ? a.section(u'=', 1) : args.value(i + 1);
            if (!inlineValue && withValues.contains(name))
                ++i;
            continue;
        }
        scan.commandIndex = i;
        break;
    }
    if (scan.language.isEmpty())
        scan.language = qEnvironmentVariable("GROWTH_ENGINE_UI_LANGUAGE");
    return scan;
}

int runCommand(int argc, char *argv[], const QStringList &args, const PreScan &scan)
{
    const QString name = args.at(scan.commandIndex);
    const cli::CommandEntry *entry = cli::findCommand(name);
    QStringList rest = args;
    rest.removeAt(scan.commandIndex);
    if (!entry || entry->kind == cli::AppKind::Core) {
        QCoreApplication app(argc, argv);
        setIdentity();
        app::installTranslators(app, scan.language);
        if (!entry) {
            QTextStream err(stderr);
            err << QCoreApplication::translate("Cli", "growth-engine: unknown subcommand '%1'").arg(name) << Qt::endl
                << cli::commandsHelp();
            return cli::ExitUsage;
        }
        cli::CliContext ctx(name, rest);
        return entry->run(ctx);
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    app::installTranslators(app, scan.language);
    cli::CliContext ctx(name, rest);
    return entry->run(ctx);
}

// Top-level --help / --version / option errors: answered without a display.
std::optional<int> answerWithoutDisplay(int argc, char *argv[], const QStringList &args, const PreScan &scan)
{
    const bool wantsHelp = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"))
                           || args.contains(QStringLiteral("--help-all"));
    const bool wantsVersion = args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"));
    QCommandLineParser probe;
    probe.addHelpOption();
    probe.addVersionOption();
    cli::addGlobalOptions(probe);
    const bool parsed = probe.parse(QStringList{QStringLiteral("growth-engine")} + args);
    if (!wantsHelp && !wantsVersion && parsed)
        return std::nullopt;

    QCoreApplication app(argc, argv);
    setIdentity();
    app::installTranslators(app, scan.language);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Growth Engine: a dashboard for growing Bluesky accounts.")
        + QStringLiteral("\n\n") + cli::commandsHelp());
    parser.addHelpOption();
    parser.addVersionOption();
    cli::addGlobalOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("Cli", "Optional subcommand; without one the window opens."),
                                 QStringLiteral("[command]"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (!parser.parse(QStringList{QStringLiteral("growth-engine")} + args)) {
        err << QCoreApplication::translate("Cli", "growth-engine: %1").arg(parser.errorText()) << Qt::endl
            << QCoreApplication::translate("Cli", "Run 'growth-engine --help' for usage.") << Qt::endl;
        return cli::ExitUsage;
    }
    if (wantsVersion) {
        out << QStringLiteral("growth-engine ") << QCoreApplication::applicationVersion() << Qt::endl;
        return cli::ExitOk;
    }
    out << parser.helpText();
    return cli::ExitOk;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args.append(QString::fromLocal8Bit(argv[i]));
    args = withoutQtOptions(args);
    const PreScan scan = preScan(args);
    if (scan.commandIndex >= 0)
        return runCommand(argc, argv, args, scan);
    if (auto exit = answerWithoutDisplay(argc, argv, args, scan))
        return *exit;

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(QStringLiteral("growth-engine"));
    app::CompositionRoot root;
    const int rc = root.start(args, scan.language);
    if (rc != cli::ExitOk)
        return rc;
    const int result = QApplication::exec();
    root.shutdown();
    return result;
}
