#include "storage/DatabaseConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

namespace ge::storage {

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig c;
    c.backend = Backend::Sqlite;
    c.sqlitePath = path;
    return c;
}

Result<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, const QString &dataDir)
{
    const QString trimmed = url.trimmed();
    if (trimmed.isEmpty() || trimmed == QLatin1StringView("sqlite:") || trimmed == QLatin1StringView("sqlite://")) {
        return sqlite(QDir(dataDir).filePath(defaultFileName()));
    }
    const QUrl u(trimmed, QUrl::StrictMode);
    if (!u.isValid()) {
        return Error::config(QCoreApplication::translate("Storage", "Invalid database URL: %1")
                                 .arg(u.toDisplayString(QUrl::RemovePassword)));
    }
    const QString scheme = u.scheme().toLower();
    if (scheme == QLatin1StringView("sqlite")) {
        QString path = u.path();
        if (path.isEmpty()) {
            return Error::config(QCoreApplication::translate("Storage", "The sqlite URL names no file"));
        }
        if (QDir::isRelativePath(path)) {
            path = QDir(dataDir).filePath(path);
        }
        return sqlite(path);
    }
    if (scheme == QLatin1StringView("postgresql") || scheme == QLatin1StringView("postgres")) {
        DatabaseConfig c;
        c.backend = Backend::Postgres;
        c.pgHost = u.host().isEmpty() ? QStringLiteral("127.0.0.1") : u.host();
        c.pgPort = u.port(5432);
        c.pgUser = u.userName();
        c.pgPassword = u.password();
        if (c.pgPassword.isEmpty()) {
            c.pgPassword = qEnvironmentVariable("PGPASSWORD");
        }
        c.pgDatabase = u.path().mid(1);
        if (c.pgDatabase.isEmpty()) {
            return Error::config(QCoreApplication::translate("Storage", "The PostgreSQL URL names no database"));
        }
        return c;
    }
    return Error::config(QCoreApplication::translate("Storage", "Unsupported database URL scheme: %1").arg(scheme));
}

QString DatabaseConfig::describe() const
{
    if (backend == Backend::Sqlite) {
        return QStringLiteral("sqlite:") + sqlitePath;
    }
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(pgUser, pgHost).arg(pgPort).arg(pgDatabase);
}

} // namespace ge::storage
