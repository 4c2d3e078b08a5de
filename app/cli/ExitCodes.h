#pragma once

namespace ge::cli {

// Exit codes are part of the command-line contract: scripts depend on them.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailed = 1,        // the operation failed, or a health check found something not UP
    ExitUsage = 2,         // unknown option or subcommand, bad argument
    ExitConfig = 3,        // invalid configuration
    ExitStorage = 4,       // database error (locked, corrupt, full, unreadable)
    ExitNetwork = 5,       // a dependency is unreachable
    ExitAuth = 6,          // authentication or keychain error
    ExitNoData = 7,        // nothing to report or replay
};

} // namespace ge::cli
