#include "reports/SqliteReader.h"

#include <QCoreApplication>
#include <QLibrary>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ge::reports {

namespace {

struct Api
{
    decltype(&::sqlite3_prepare_v2) prepare_v2 = nullptr;
    decltype(&::sqlite3_bind_text) bind_text = nullptr;
    decltype(&::sqlite3_bind_int64) bind_int64 = nullptr;
    decltype(&::sqlite3_bind_null) bind_null = nullptr;
    decltype(&::sqlite3_step) step = nullptr;
    decltype(&::sqlite3_column_type) column_type = nullptr;
    decltype(&::sqlite3_column_int64) column_int64 = nullptr;
    decltype(&::sqlite3_column_text) column_text = nullptr;
    decltype(&::sqlite3_column_bytes) column_bytes = nullptr;
    decltype(&::sqlite3_finalize) finalize = nullptr;
    decltype(&::sqlite3_errmsg) errmsg = nullptr;

    static const Api *get()
    {
        static const Api *api = [] () -> const Api * {
            static Api a;
            static QLibrary lib(u"sqlite3"_s, 0);
            if (!lib.load())
                return nullptr;
            bool ok = true;
            auto resolve = [&](auto &fn, const char *name) {
                fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(lib.resolve(name));
                ok = ok && fn != nullptr;
            };
            resolve(a.prepare_v2, "sqlite3_prepare_v2");
            resolve(a.bind_text, "sqlite3_bind_text");
            resolve(a.bind_int64, "sqlite3_bind_int64");
            resolve(a.bind_null, "sqlite3_bind_null");
            resolve(a.step, "sqlite3_step");
            resolve(a.column_type, "sqlite3_column_type");
            resolve(a.column_int64, "sqlite3_column_int64");
            resolve(a.column_text, "sqlite3_column_text");
            resolve(a.column_bytes, "sqlite3_column_bytes");
            resolve(a.finalize, "sqlite3_finalize");
            resolve(a.errmsg, "sqlite3_errmsg");
            return ok ? &a : nullptr;
        }();
        return api;
    }
};

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isValid() || !db.isOpen() || db.driverName() != u"QSQLITE"_s || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || std::strcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

sqlite3_stmt *stmt(void *p)
{
    return static_cast<sqlite3_stmt *>(p);
}

} // namespace

SqliteReader::SqliteReader(const QSqlDatabase &db) : m_db(available(db) ? handleOf(db) : nullptr) {}

SqliteReader::~SqliteReader()
{
    finalize();
}

bool SqliteReader::available(const QSqlDatabase &db)
{
    return handleOf(db) != nullptr && Api::get() != nullptr;
}

void SqliteReader::finalize()
{
    if (m_stmt)
        Api::get()->finalize(stmt(m_stmt));
    m_stmt = nullptr;
    m_texts.clear();
}

Status SqliteReader::fail(const QString &what)
{
    Error e = Error::storage(QCoreApplication::translate("ge::reports::SqliteReader", "Reading the database failed"));
    e.detail = what;
    if (m_db)
        e.detail += u": "_s + QString::fromUtf8(Api::get()->errmsg(static_cast<sqlite3 *>(m_db)));
    m_status = e;
    return e;
}

Status SqliteReader::prepare(const QString &sql, const QVariantList &binds)
{
    finalize();
    m_status = {};
    if (!m_db)
        return fail(u"not a SQLite connection"_s);
    const Api *api = Api::get();
    const QByteArray text = sql.toUtf8();
    sqlite3_stmt *s = nullptr;
    if (api->prepare_v2(static_cast<sqlite3 *>(m_db), text.constData(), int(text.size()), &s, nullptr) != SQLITE_OK)
        return fail(u"prepare "_s + sql);
    m_stmt = s;
    m_texts.reserve(binds.size());
    for (int i = 0; i < int(binds.size()); ++i) {
        const QVariant &v = binds.at(i);
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = api->bind_null(s, i + 1);
        } else if (v.typeId() == QMetaType::QString) {
            m_texts.append(v.toString().toUtf8());
            rc = api->bind_text(s, i + 1, m_texts.constLast().constData(), int(m_texts.constLast().size()), nullptr);
        } else {
            bool ok = false;
            const qint64 n = v.toLongLong(&ok);
            if (!ok)
                return fail(u"unsupported bind value"_s);
            rc = api->bind_int64(s, i + 1, n);
        }
        if (rc != SQLITE_OK)
            return fail(u"bind"_s);
    }
    return {};
}

bool SqliteReader::next()
{
    if (!m_stmt || !m_status)
        return false;
    const int rc = Api::get()->step(stmt(m_stmt));
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        (void)fail(u"step"_s);
    return false;
}

bool SqliteReader::isNull(int column) const
{
    return Api::get()->column_type(stmt(m_stmt), column) == SQLITE_NULL;
}

qint64 SqliteReader::int64(int column) const
{
    return Api::get()->column_int64(stmt(m_stmt), column);
}

QByteArrayView SqliteReader::text(int column) const
{
    const Api *api = Api::get();
    const unsigned char *p = api->column_text(stmt(m_stmt), column);
    const int n = api->column_bytes(stmt(m_stmt), column);
    return p ? QByteArrayView(reinterpret_cast<const char *>(p), n) : QByteArrayView();
}

} // namespace ge::reports
