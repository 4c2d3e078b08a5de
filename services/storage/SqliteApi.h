#pragma once

#include <sqlite3.h>

namespace ge::storage {

// The sqlite3 C functions the online backup and the writer's prepared statements need, resolved at run time from the same
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
    // Prepared statements (the writer's hot path, see PreparedStatement).
    decltype(&::sqlite3_prepare_v2) prepare_v2 = nullptr;
    decltype(&::sqlite3_finalize) finalize = nullptr;
    decltype(&::sqlite3_bind_parameter_count) bind_parameter_count = nullptr;
    decltype(&::sqlite3_bind_text) bind_text = nullptr;
    decltype(&::sqlite3_bind_int64) bind_int64 = nullptr;
    decltype(&::sqlite3_bind_null) bind_null = nullptr;
    decltype(&::sqlite3_step) step = nullptr;
    decltype(&::sqlite3_reset) reset = nullptr;
    decltype(&::sqlite3_changes) changes = nullptr;
    decltype(&::sqlite3_last_insert_rowid) last_insert_rowid = nullptr;
    decltype(&::sqlite3_set_last_insert_rowid) set_last_insert_rowid = nullptr;
    decltype(&::sqlite3_column_type) column_type = nullptr;
    decltype(&::sqlite3_column_int64) column_int64 = nullptr;
    decltype(&::sqlite3_column_text) column_text = nullptr;
    decltype(&::sqlite3_column_bytes) column_bytes = nullptr;
    decltype(&::sqlite3_extended_errcode) extended_errcode = nullptr;

    // nullptr when libsqlite3 cannot be loaded.
    static const SqliteApi *get();
};

} // namespace ge::storage
