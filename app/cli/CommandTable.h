#pragma once

#include "cli/CliContext.h"

#include <QList>

namespace ge::cli {

enum class AppKind {
    Core, // QCoreApplication: no display needed
    Gui,  // QGuiApplication (rendering: PDF/PNG); falls back to the offscreen platform with no display
};

struct CommandEntry
{
    const char *name;
    const char *summary; // translated with context "Commands"
    int (*run)(CliContext &);
    AppKind kind = AppKind::Core;
};

const QList<CommandEntry> &commandTable();
const CommandEntry *findCommand(const QString &name);
QString commandsHelp();

} // namespace ge::cli
