#pragma once

#include "core/Result.h"
#include "storage/DatabaseConfig.h"
#include "storage/Migrator.h"

#include <functional>

namespace ge::storage {

// Opens its own connection to `db` and brings the database to the migrator's newest schema on the
// calling thread. `beforeFirst` runs on this thread just before the first migration is applied,
// never when the database is up to date. Returns the version reached, or the error (the failed
// migration was rolled back, see Migrator).
Result<int> migrateDatabase(const DatabaseConfig &db, const Migrator &migrator = Migrator(),
                            const std::function<void()> &beforeFirst = {});

// The same on a worker thread, while the calling thread's event loop keeps running: a progress
// dialog paints, timers fire. Some migrations rebuild large tables (0004 took 75 s on a 1.7 GB
// file), which on the GUI thread would freeze the app before its window even appears.
//
// `started` is called on the calling thread, only when there is something to migrate, before the
// first migration runs. Call it where a nested event loop is safe (start-up).
Result<int> migrateInBackground(const DatabaseConfig &db, const std::function<void()> &started = {},
                                const Migrator &migrator = Migrator());

} // namespace ge::storage
