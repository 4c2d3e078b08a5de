#include "storage/SqliteApi.h"

#include "storage/StorageLog.h"

#include <QLibrary>

namespace ge::storage {

const SqliteApi *SqliteApi::get()
{
    static const SqliteApi *api = []() -> const SqliteApi * {
        static QLibrary lib(QStringLiteral("sqlite3"), 0);
        if (!lib.load()) {
            qCWarning(lcStorage) << "cannot load libsqlite3:" << lib.errorString();
            return nullptr;
        }
        static SqliteApi a;
        bool ok = true;
        auto resolve = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(lib.resolve(name));
            ok = ok && fn;
        };
        resolve(a.open_v2, "sqlite3_open_v2");
        resolve(a.close, "sqlite3_close");
        resolve(a.errmsg, "sqlite3_errmsg");
        resolve(a.backup_init, "sqlite3_backup_init");
        resolve(a.backup_step, "sqlite3_backup_step");
        resolve(a.backup_finish, "sqlite3_backup_finish");
        resolve(a.backup_remaining, "sqlite3_backup_remaining");
        resolve(a.errcode, "sqlite3_errcode");
        resolve(a.prepare_v2, "sqlite3_prepare_v2");
        resolve(a.finalize, "sqlite3_finalize");
        resolve(a.bind_parameter_count, "sqlite3_bind_parameter_count");
        resolve(a.bind_text, "sqlite3_bind_text");
        resolve(a.bind_int64, "sqlite3_bind_int64");
        resolve(a.bind_null, "sqlite3_bind_null");
        resolve(a.step, "sqlite3_step");
        resolve(a.reset, "sqlite3_reset");
        resolve(a.changes, "sqlite3_changes");
        resolve(a.last_insert_rowid, "sqlite3_last_insert_rowid");
        resolve(a.set_last_insert_rowid, "sqlite3_set_last_insert_rowid");
        resolve(a.column_type, "sqlite3_column_type");
        resolve(a.column_int64, "sqlite3_column_int64");
        resolve(a.column_text, "sqlite3_column_text");
        resolve(a.column_bytes, "sqlite3_column_bytes");
        resolve(a.extended_errcode, "sqlite3_extended_errcode");
        if (!ok) {
            qCWarning(lcStorage) << "libsqlite3 lacks a function the storage needs";
            return nullptr;
        }
        return &a;
    }();
    return api;
}

} // namespace ge::storage
