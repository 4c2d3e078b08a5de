#include "storage/Migrator.h"

#include "core/Clock.h"
#include "storage/DbConnection.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace ge::storage {

QList<Migration> Migrator::builtin()
{
    QList<Migration> out;
    static const QRegularExpression numbered(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = numbered.match(file);
        if (!m.hasMatch()) {
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        out.append(Migration{m.captured(1).toInt(), file, QString::fromUtf8(f.readAll())});
    }
    std::sort(out.begin(), out.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return out;
}

int Migrator::latestVersion()
{
    return Migrator().newestVersion();
}

Migrator::Migrator(QList<Migration> migrations) : m_migrations(std::move(migrations))
{
    std::sort(m_migrations.begin(), m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
}

QStringList Migrator::splitStatements(const QString &sql)
{
    QStringList out;
    QString current;
    const QStringList lines = sql.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        const qsizetype comment = line.indexOf(QLatin1StringView("--"));
        if (comment >= 0) {
            line.truncate(comment);
        }
        if (line.trimmed().isEmpty()) {
            continue;
        }
        current += line + QLatin1Char('\n');
        if (line.trimmed().endsWith(QLatin1Char(';'))) {
            QString stmt = current.trimmed();
            stmt.chop(1);
            if (!stmt.trimmed().isEmpty()) {
                out.append(stmt);
            }
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty()) {
        out.append(current.trimmed());
    }
    return out;
}

static bool hasSchemaVersionTable(DbConnection &conn)
{
    const QStringList tables = conn.db().tables(QSql::Tables);
    return tables.contains(QStringLiteral("schema_version"), Qt::CaseInsensitive);
}

Result<int> Migrator::currentVersion(DbConnection &conn) const
{
    if (!hasSchemaVersionTable(conn)) {
        return 0;
    }
    Result<QVariant> v = conn.scalar(QStringLiteral("SELECT MAX(version) FROM schema_version"));
    if (!v) {
        return v.error();
    }
    return v->isNull() ? 0 : v->toInt();
}

Result<int> Migrator::migrate(DbConnection &conn, int targetVersion, const std::function<void()> &beforeFirst) const
{
    const int latest = newestVersion();
    if (targetVersion < 0) {
        targetVersion = latest;
    }
    Result<int> current = currentVersion(conn);
    if (!current) {
        return current.error();
    }
    if (*current > latest) {
        Error e = Error::storage(QCoreApplication::translate(
                                     "Storage",
                                     "The database was written by a newer version of Growth Engine (schema %1; this "
                                     "version knows up to %2). Update the app, or restore a backup made by this version.")
                                     .arg(*current)
                                     .arg(latest));
        return e;
    }
    int version = *current;
    for (const Migration &m : m_migrations) {
        if (m.version <= version || m.version > targetVersion) {
            continue;
        }
        // Some migrations rebuild tables (0004: the event tables); on years of history that takes a
        // while, so say so before, and how long it took after.
        if (version == *current && beforeFirst) {
            beforeFirst();
        }
        qCInfo(lcStorage).noquote() << "applying migration" << m.name << "(on a large database this can take minutes)";
        QElapsedTimer elapsed;
        elapsed.start();
        if (Status s = conn.beginWrite(); !s) {
            return s.error();
        }
        Status step = conn.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                                               "version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, "
                                               "applied_at_us BIGINT NOT NULL)"));
        if (step) {
            const QStringList statements = splitStatements(conn.dialect().translateDdl(m.sql));
            for (const QString &stmt : statements) {
                step = conn.exec(stmt);
                if (!step) {
                    break;
                }
            }
        }
        if (step) {
            Result<QSqlQuery> ins = conn.select(
                QStringLiteral("INSERT INTO schema_version (version, name, applied_at_us) VALUES (?, ?, ?)"),
                {m.version, m.name, SystemClock::instance().nowUs()});
            if (!ins) {
                step = ins.error();
            }
        }
        if (step) {
            step = conn.commit();
        }
        if (!step) {
            conn.rollback();
            Error e = step.error();
            e.message = QCoreApplication::translate("Storage", "Migration %1 failed and was rolled back: %2")
                            .arg(m.name, e.message);
            qCWarning(lcStorage).noquote() << e.message << e.detail;
            return e;
        }
        qCInfo(lcStorage).noquote() << "applied migration" << m.name << "in" << elapsed.elapsed() << "ms";
        version = m.version;
    }
    return version;
}

} // namespace ge::storage
