#include "storage/PreparedStatement.h"

#include "storage/DbConnection.h"
#include "storage/QueryStats.h"
#include "storage/SqliteApi.h"

#include <QElapsedTimer>
#include <QSqlError>

#include <limits>

namespace ge::storage {

PreparedStatement::~PreparedStatement()
{
    release();
}

void PreparedStatement::release()
{
    if (m_stmt) {
        m_api->finalize(m_stmt);
        m_stmt = nullptr;
    }
    m_query = QSqlQuery();
    m_pendingRow = false;
    m_onRow = false;
}

Status PreparedStatement::prepare(DbConnection &conn, const QString &sql)
{
    release();
    m_conn = &conn;
    m_sql = sql;
    const SqliteApi *api = conn.config().isSqlite() ? SqliteApi::get() : nullptr;
    sqlite3 *db = api ? static_cast<sqlite3 *>(conn.sqliteHandle()) : nullptr;
    if (db) {
        const QByteArray utf8 = sql.toUtf8();
        sqlite3_stmt *stmt = nullptr;
        if (api->prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK || !stmt) {
            const int code = api->extended_errcode(db);
            const QSqlError error(QStringLiteral("Unable to prepare statement"), QString::fromUtf8(api->errmsg(db)),
                                  QSqlError::StatementError, QString::number(code));
            if (stmt) {
                api->finalize(stmt);
            }
            return conn.failure(error, sql);
        }
        m_api = api;
        m_db = db;
        m_stmt = stmt;
        m_buffers.assign(size_t(std::max(0, api->bind_parameter_count(stmt))), std::string());
        return {};
    }
    m_query = QSqlQuery(conn.db());
    m_query.setForwardOnly(true);
    if (!m_query.prepare(sql)) {
        return conn.lastError(m_query, sql);
    }
    return {};
}

void PreparedStatement::releaseRows()
{
    if (m_pendingRow || m_onRow) {
        // sqlite3_bind_* refuses (SQLITE_MISUSE) a statement that still has rows; start over.
        m_api->reset(m_stmt);
        m_pendingRow = false;
        m_onRow = false;
    }
}

void PreparedStatement::bind(int i, const QString &value)
{
    if (!m_stmt) {
        m_query.bindValue(i, value);
        return;
    }
    releaseRows();
    if (i < 0 || size_t(i) >= m_buffers.size()) {
        return; // sqlite would report SQLITE_RANGE; the statement runs with the parameter unbound (NULL)
    }
    if (value.isNull()) {
        m_api->bind_null(m_stmt, i + 1); // rows already released above
        return;
    }
    // DIDs, rkeys, collections and AT URIs are ASCII: copy them byte by byte into the reused buffer.
    std::string &buffer = m_buffers[size_t(i)];
    const qsizetype n = value.size();
    const QChar *src = value.constData();
    buffer.resize(size_t(n));
    bool ascii = true;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = src[k].unicode();
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        buffer[size_t(k)] = char(c);
    }
    if (!ascii) {
        const QByteArray utf8 = value.toUtf8();
        buffer.assign(utf8.constData(), size_t(utf8.size()));
    }
    // The buffer stays untouched until the next bind of this parameter, i.e. after exec().
    m_api->bind_text(m_stmt, i + 1, buffer.data(), int(buffer.size()), SQLITE_STATIC);
}

void PreparedStatement::bind(int i, qint64 value)
{
    if (!m_stmt) {
        m_query.bindValue(i, value);
        return;
    }
    releaseRows();
    m_api->bind_int64(m_stmt, i + 1, value);
}

void PreparedStatement::bind(int i, const std::optional<QString> &value)
{
    if (value) {
        bind(i, *value);
    } else if (m_stmt) {
        releaseRows();
        m_api->bind_null(m_stmt, i + 1);
    } else {
        m_query.bindValue(i, QVariant(QMetaType::fromType<QString>()));
    }
}

void PreparedStatement::bind(int i, const std::optional<qint64> &value)
{
    if (value) {
        bind(i, *value);
    } else if (m_stmt) {
        releaseRows();
        m_api->bind_null(m_stmt, i + 1);
    } else {
        m_query.bindValue(i, QVariant(QMetaType::fromType<qint64>()));
    }
}

Status PreparedStatement::exec()
{
    if (!m_conn) {
        return Error::storage(QStringLiteral("statement not prepared"));
    }
    if (!m_stmt) {
        Status s = m_conn->exec(m_query);
        m_changes = s ? m_query.numRowsAffected() : 0;
        return s;
    }
    releaseRows();
    QElapsedTimer timer;
    timer.start();
    const int rc = m_api->step(m_stmt);
    bool ok = true;
    Status result;
    if (rc == SQLITE_ROW) {
        m_pendingRow = true;
        m_changes = 0;
    } else if (rc == SQLITE_DONE) {
        m_changes = m_api->changes(m_db);
        m_api->reset(m_stmt);
    } else {
        ok = false;
        m_changes = 0;
        const int code = m_api->extended_errcode(m_db);
        const QSqlError error(QStringLiteral("Unable to fetch row"), QString::fromUtf8(m_api->errmsg(m_db)),
                              QSqlError::StatementError, QString::number(code));
        m_api->reset(m_stmt);
        result = m_conn->failure(error, m_sql);
    }
    if (QueryStats *stats = m_conn->stats()) {
        stats->record(m_sql, timer.nsecsElapsed() / 1000, ok);
    }
    return result;
}

Status PreparedStatement::execUpsert(bool &inserted)
{
    inserted = false;
    if (!m_stmt || !m_api->last_insert_rowid || !m_api->set_last_insert_rowid) {
        return Error::storage(QStringLiteral("execUpsert needs a raw SQLite statement"));
    }
    // No insert can produce this rowid: SQLite assigns max(rowid) + 1 (at least 1) unless told otherwise.
    constexpr sqlite3_int64 kSentinel = std::numeric_limits<sqlite3_int64>::min();
    const sqlite3_int64 before = m_api->last_insert_rowid(m_db);
    m_api->set_last_insert_rowid(m_db, kSentinel);
    Status s = exec();
    const sqlite3_int64 after = m_api->last_insert_rowid(m_db);
    inserted = s && after != kSentinel;
    if (after == kSentinel) {
        m_api->set_last_insert_rowid(m_db, before);
    }
    return s;
}

bool PreparedStatement::next()
{
    if (!m_stmt) {
        return m_query.next();
    }
    if (m_pendingRow) {
        m_pendingRow = false;
        m_onRow = true;
        return true;
    }
    if (!m_onRow) {
        return false;
    }
    if (m_api->step(m_stmt) == SQLITE_ROW) {
        return true;
    }
    m_onRow = false;
    m_api->reset(m_stmt);
    return false;
}

bool PreparedStatement::isNull(int column) const
{
    if (!m_stmt) {
        return m_query.isNull(column);
    }
    return !m_onRow || m_api->column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 PreparedStatement::int64(int column) const
{
    if (!m_stmt) {
        return m_query.value(column).toLongLong();
    }
    return m_onRow ? m_api->column_int64(m_stmt, column) : 0;
}

QString PreparedStatement::text(int column) const
{
    if (!m_stmt) {
        return m_query.value(column).toString();
    }
    if (!m_onRow) {
        return QString();
    }
    const auto *data = reinterpret_cast<const char *>(m_api->column_text(m_stmt, column));
    const int bytes = m_api->column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, bytes) : QString();
}

void PreparedStatement::finish()
{
    if (!m_stmt) {
        m_query.finish();
        return;
    }
    if (m_pendingRow || m_onRow) {
        m_api->reset(m_stmt);
    }
    m_pendingRow = false;
    m_onRow = false;
}

} // namespace ge::storage
