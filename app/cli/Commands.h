#pragma once

#include "cli/CliContext.h"

// Every subcommand: int run<Name>Command(CliContext &ctx). Arguments are ctx.args()
// (everything after the subcommand name). One file per area: app/cli/<Area>Commands.cpp.
namespace ge::cli {

int runValidateConfigCommand(CliContext &ctx);
int runHealthCommand(CliContext &ctx);
int runReplayCommand(CliContext &ctx);
int runCollectCommand(CliContext &ctx);
int runReportCommand(CliContext &ctx);
int runCampaignCommand(CliContext &ctx);
int runDbCommand(CliContext &ctx);
int runAccountCommand(CliContext &ctx);

} // namespace ge::cli
