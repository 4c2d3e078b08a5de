#pragma once

#include "collectors/StorageWriterSink.h"
#include "core/Clock.h"
#include "storage/DatabaseConfig.h"
#include "storage/DbConnection.h"
#include "storage/Migrator.h"
#include "storage/QueryStats.h"
#include "storage/StorageWriter.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QVariant>

#include <memory>

namespace ge::test {

// A real SQLite file (migrated), the real storage writer thread, and read helpers for assertions.
struct CollectorTestDb
{
    QTemporaryDir dir;
    QString path;
    storage::DatabaseConfig config;
    storage::QueryStats stats;
    std::unique_ptr<storage::StorageWriter> writer;
    std::unique_ptr<collectors::StorageWriterSink> sink;

    bool open(const QStringList &trackedDids, storage::WriterOptions options = {})
    {
        path = dir.filePath(QStringLiteral("ge.sqlite"));
        config = storage::DatabaseConfig::sqlite(path);
        {
            auto conn = storage::DbConnection::open(config, QStringLiteral("test-setup"));
            if (!conn)
                return false;
            if (!storage::Migrator().migrate(**conn))
                return false;
            for (const QString &did : trackedDids) {
                if (!(*conn)->select(QStringLiteral("INSERT INTO accounts (did, handle, kind, added_at_us) VALUES (?, ?, 'own', 1)"),
                                     {did, did}))
                    return false;
            }
        }
        writer = std::make_unique<storage::StorageWriter>(config, SystemClock::instance(), &stats, options);
        writer->start();
        if (!writer->waitUntilReady(10000))
            return false;
        sink = std::make_unique<collectors::StorageWriterSink>(*writer);
        return true;
    }

    void stop()
    {
        if (writer)
            writer->stop(10000);
    }

    ~CollectorTestDb() { stop(); }

    // Runs a query on a fresh read connection; returns the first column of every row.
    QVariantList column(const QString &sql) const
    {
        QVariantList out;
        const QString name = QStringLiteral("test-read-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql))
                    while (q.next())
                        out.append(q.value(0));
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }
    qint64 scalar(const QString &sql) const
    {
        const QVariantList v = column(sql);
        return v.isEmpty() ? -1 : v.constFirst().toLongLong();
    }
};

} // namespace ge::test
