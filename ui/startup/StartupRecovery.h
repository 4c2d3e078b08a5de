#pragma once

#include "core/Result.h"

#include <QString>

#include <functional>

namespace ge::runtime {
class ServiceHost;
}

namespace ge::ui {

// How the recovery talks to the person: a question and an error message. The app uses message
// boxes; tests answer directly.
struct RecoveryPrompts
{
    // Returns true to restore `backupFile` over the database that could not be opened.
    std::function<bool(const QString &problem, const QString &backupFile)> askRestore;
    std::function<void(const QString &title, const QString &text)> showError;
};

// Modal message boxes, for start-up only (before the main window and its event loop exist).
RecoveryPrompts messageBoxPrompts();

// Opens the host's database. When it is refused (corrupt, unreadable, cut short) and a backup
// exists, asks whether to restore the latest backup; on yes the damaged file is kept beside the
// database and the backup installed, then the database is opened again. The result is the final
// status: ok when the database is open.
Status openWithRecovery(runtime::ServiceHost &host, const RecoveryPrompts &prompts);

} // namespace ge::ui
