#pragma once

// A real SQLite database with the application's migrations, in a temporary directory.

#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>
#include <QTest>

namespace ge::campaigns::test {

struct TestDb
{
    QTemporaryDir dir;
    std::unique_ptr<storage::DbConnection> conn;

    bool open(const QString &name = QStringLiteral("campaigns-test"))
    {
        if (!dir.isValid())
            return false;
        auto c = storage::DbConnection::open(storage::DatabaseConfig::sqlite(path()), name);
        if (!c) {
            qWarning() << c.error().summary();
            return false;
        }
        conn = std::move(c.value());
        auto v = storage::Migrator().migrate(*conn);
        if (!v) {
            qWarning() << v.error().summary();
            return false;
        }
        return true;
    }
    QString path() const { return dir.filePath(QStringLiteral("growth-engine.sqlite")); }
    QString connectionName() const { return conn->connectionName(); }
};

} // namespace ge::campaigns::test
