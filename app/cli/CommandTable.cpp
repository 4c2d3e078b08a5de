#include "cli/CommandTable.h"

#include "cli/Commands.h"

#include <QCoreApplication>

namespace ge::cli {

const QList<CommandEntry> &commandTable()
{
    // One line per subcommand; keep the names stable (people script them).
    static const QList<CommandEntry> table = {
        {"validate-config", QT_TRANSLATE_NOOP("Commands", "Check the configuration and list every problem"),
         &runValidateConfigCommand},
        {"health", QT_TRANSLATE_NOOP("Commands", "Check every dependency once; exit 0 only when all are UP"), &runHealthCommand},
        {"replay", QT_TRANSLATE_NOOP("Commands", "Feed a Jetstream capture (JSON lines) through the collectors"),
         &runReplayCommand},
        {"collect", QT_TRANSLATE_NOOP("Commands", "Run the collectors headless until stopped"), &runCollectCommand},
        {"account", QT_TRANSLATE_NOOP("Commands", "Add (own: --password-stdin, watched: --watch), list or remove tracked accounts"), &runAccountCommand},
        {"db", QT_TRANSLATE_NOOP("Commands", "Database check, backup FILE, restore FILE, vacuum"), &runDbCommand},
        {"report", QT_TRANSLATE_NOOP("Commands", "Write a PDF, CSV, JSON or PNG report for accounts and a period"),
         &runReportCommand, AppKind::Gui},
        {"campaign", QT_TRANSLATE_NOOP("Commands", "Plan, run, pause, resume, cancel or undo follow-back campaigns"),
         &runCampaignCommand},
    };
    return table;
}

const CommandEntry *findCommand(const QString &name)
{
    for (const CommandEntry &e : commandTable())
        if (name == QLatin1StringView(e.name))
            return &e;
    return nullptr;
}

QString commandsHelp()
{
    QString text = QCoreApplication::translate("Commands", "Subcommands (run headless):") + QLatin1Char('\n');
    for (const CommandEntry &e : commandTable())
        text += QStringLiteral("  ") + QString::fromLatin1(e.name).leftJustified(18) + QLatin1Char(' ')
                + QCoreApplication::translate("Commands", e.summary) + QLatin1Char('\n');
    text += QCoreApplication::translate("Commands", "Run 'growth-engine COMMAND --help' for a command's options.")
            + QLatin1Char('\n');
    return text;
}

} // namespace ge::cli
