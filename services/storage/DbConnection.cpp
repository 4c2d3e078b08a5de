#include "storage/DbConnection.h"

#include "storage/QueryStats.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlDriver>
#include <QThread>

#include <atomic>

namespace ge::storage {

static std::atomic<int> s_connectionSerial{0};

DbConnection::DbConnection(const DatabaseConfig &config, QString name, QueryStats *stats)
    : m_config(config), m_dialect(config.backend), m_name(std::move(name)), m_stats(stats)
{
}

DbConnection::~DbConnection()
{
    if (m_db.isValid()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<DbConnection>> DbConnection::open(const DatabaseConfig &config, const QString &baseName,
                                                         OpenMode mode, QueryStats *stats)
{
    const QString name = QStringLiteral("%1#%2").arg(baseName).arg(++s_connectionSerial);
    std::unique_ptr<DbConnection> conn(new DbConnection(config, name, stats));
    const bool readOnly = mode == OpenMode::ReadOnly;
    const SqlDialect &dialect = conn->m_dialect;

    if (!QSqlDatabase::isDriverAvailable(dialect.driverName())) {
        return Error::storage(QCoreApplication::translate("Storage", "The Qt SQL driver %1 is not installed")
                                  .arg(dialect.driverName()));
    }
    conn->m_db = QSqlDatabase::addDatabase(dialect.driverName(), name);
    if (config.isSqlite()) {
        const QFileInfo file(config.sqlitePath);
        if (readOnly && !file.exists()) {
            return Error::make(ErrorCategory::NotFound,
                               QCoreApplication::translate("Storage", "Database file %1 does not exist").arg(config.sqlitePath));
        }
        if (!readOnly && !QDir().mkpath(file.absolutePath())) {
            return Error::storage(QCoreApplication::translate("Storage", "Cannot create the data folder %1")
                                      .arg(file.absolutePath()), true);
        }
        conn->m_db.setDatabaseName(config.sqlitePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(config.busyTimeoutMs);
        if (readOnly) {
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        }
        conn->m_db.setConnectOptions(options);
    } else {
        conn->m_db.setHostName(config.pgHost);
        conn->m_db.setPort(config.pgPort);
        conn->m_db.setUserName(config.pgUser);
        conn->m_db.setPassword(config.pgPassword);
        conn->m_db.setDatabaseName(config.pgDatabase);
        conn->m_db.setConnectOptions(QStringLiteral("connect_timeout=5;application_name=growth-engine"));
    }
    if (!conn->m_db.open()) {
        Error e = dialect.makeError(conn->m_db.lastError(), QStringLiteral("open ") + config.describe());
        e.message = QCoreApplication::translate("Storage", "Cannot open the database %1: %2")
                        .arg(config.describe(), conn->m_db.lastError().text());
        return e;
    }
    if (Status s = dialect.configure(conn->m_db, config, readOnly); !s) {
        return s.error();
    }
    if (config.isSqlite()) {
        // Reading the schema touches the file header: a file that is not a database fails here.
        QSqlQuery probe(conn->m_db);
        if (!probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"))) {
            return dialect.makeError(probe.lastError(), QStringLiteral("schema probe"));
        }
    }
    qCDebug(lcStorage) << "opened" << name << config.describe() << (readOnly ? "read-only" : "read-write")
                       << "on" << QThread::currentThread()->objectName();
    return conn;
}

Status DbConnection::exec(const QString &sql)
{
    QSqlQuery q(m_db);
    QElapsedTimer t;
    t.start();
    const bool ok = q.exec(sql);
    if (m_stats) {
        m_stats->record(sql, t.nsecsElapsed() / 1000, ok);
    }
    if (!ok) {
        m_lastFault = m_dialect.classify(q.lastError());
        return m_dialect.makeError(q.lastError(), sql);
    }
    return {};
}

Status DbConnection::exec(QSqlQuery &query)
{
    QElapsedTimer t;
    t.start();
    const bool ok = query.exec();
    if (m_stats) {
        m_stats->record(query.lastQuery(), t.nsecsElapsed() / 1000, ok);
    }
    if (!ok) {
        m_lastFault = m_dialect.classify(query.lastError());
        return m_dialect.makeError(query.lastError(), query.lastQuery());
    }
    return {};
}

Result<QSqlQuery> DbConnection::select(const QString &sql, const QVariantList &values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        if (m_stats) {
            m_stats->record(sql, 0, false);
        }
        m_lastFault = m_dialect.classify(q.lastError());
        return m_dialect.makeError(q.lastError(), sql);
    }
    for (const QVariant &v : values) {
        q.addBindValue(v);
    }
    if (Status s = exec(q); !s) {
        return s.error();
    }
    return q;
}

Result<QVariant> DbConnection::scalar(const QString &sql, const QVariantList &values)
{
    Result<QSqlQuery> q = select(sql, values);
    if (!q) {
        return q.error();
    }
    if (q->next()) {
        return q->value(0);
    }
    return QVariant();
}

Status DbConnection::beginWrite()
{
    return exec(m_dialect.beginWriteSql());
}

Status DbConnection::begin()
{
    return exec(m_dialect.beginReadSql());
}

Status DbConnection::commit()
{
    return exec(QStringLiteral("COMMIT"));
}

void DbConnection::rollback()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("ROLLBACK"))) {
        qCDebug(lcStorage) << "rollback:" << q.lastError().text();
    }
}

Error DbConnection::lastError(const QSqlQuery &query, const QString &what)
{
    m_lastFault = m_dialect.classify(query.lastError());
    return m_dialect.makeError(query.lastError(), what);
}

Error DbConnection::failure(const QSqlError &error, const QString &what)
{
    m_lastFault = m_dialect.classify(error);
    return m_dialect.makeError(error, what);
}

void *DbConnection::sqliteHandle() const
{
    if (!m_config.isSqlite() || !m_db.driver()) {
        return nullptr;
    }
    const QVariant v = m_db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
        return *static_cast<void *const *>(v.constData());
    }
    return nullptr;
}

} // namespace ge::storage
