#pragma once

#include <sqlite3.h>

namespace ge::storage {

// The few sqlite3 C functions the online backup needs, resolved at run time from the same
// libsqlite3.so.0 that Qt's QSQLITE driver uses (so a sqlite3* from QSqlDriver::handle() is
// always handed to the library that created it). Only <sqlite3.h> (libsqlite3-dev) is needed
// at build time.
struct SqliteApi
{
    decltype(&::sqlite3_open_v2) open_v2 = nullptr;
    decltype(&::sqlite3_close) close = nullptr;
    decltype(&::sqlite3_errmsg) errmsg = nullptr;
    decltype(&::sqlite3_backup_init) backup_init = nullptr;
    decltype(&::sqlite3_backup_step) backup_step = nullptr;
    decltype(&::sqlite3_backup_finish) backup_finish = nullptr;
    decltype(&::sqlite3_backup_remaining) backup_remaining = nullptr;
    decltype(&::sqlite3_errcode) errcode = nullptr;

    // nullptr when libsqlite3 cannot be loaded.
    static const SqliteApi *get();
};

} // namespace ge::storage
