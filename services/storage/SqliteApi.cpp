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
        if (!ok) {
            qCWarning(lcStorage) << "libsqlite3 lacks the backup API";
            return nullptr;
        }
        return &a;
    }();
    return api;
}

} // namespace ge::storage
