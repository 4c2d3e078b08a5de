#pragma once

#include "storage/DatabaseConfig.h"

#include <QString>

namespace ge::storage {

// What the app finds when it starts. The composition root shows a restore offer for Corrupt /
// Unreadable / TooNew instead of opening (and possibly overwriting) the database.
struct StartupInspection
{
    enum class State { Ok, New, Corrupt, Unreadable, TooNew };
    State state = State::Ok;
    bool uncleanShutdown = false; // the integrity flag was still set: the last run did not close cleanly
    bool fullCheckRan = false;    // quick_check was run (after an unclean shutdown, or when asked)
    int schemaVersion = 0;
    QString message;              // safe to show
    QString latestBackup;         // newest backup in the backup folder ("" when none)
    bool canOpen() const { return state == State::Ok || state == State::New; }
};

QString toString(StartupInspection::State state);

// The integrity flag is a marker file "<db>.open" created when the app opens the database and
// removed on a clean close; finding it at startup means a crash or power loss, so the inspection
// runs quick_check. A file that is not a database, cannot be read or fails the check is reported
// with the newest backup to restore from.
class StartupCheck
{
public:
    static StartupInspection inspect(const DatabaseConfig &config, const QString &backupDir, bool forceQuickCheck = false);
    static QString flagPath(const DatabaseConfig &config);
    static bool setOpenFlag(const DatabaseConfig &config);
    static void clearOpenFlag(const DatabaseConfig &config);
};

} // namespace ge::storage
