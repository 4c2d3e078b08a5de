#include "storage/BackgroundMigration.h"

#include "storage/DbConnection.h"

#include <QEventLoop>
#include <QThread>

#include <memory>

namespace ge::storage {

Result<int> migrateDatabase(const DatabaseConfig &db, const Migrator &migrator, const std::function<void()> &beforeFirst)
{
    Result<DbConnectionPtr> conn = DbConnection::open(db, QStringLiteral("ge-storage-migrate"));
    if (!conn) {
        return conn.error();
    }
    return migrator.migrate(**conn, -1, beforeFirst);
}

Result<int> migrateInBackground(const DatabaseConfig &db, const std::function<void()> &started, const Migrator &migrator)
{
    QEventLoop loop;
    auto result = std::make_shared<Result<int>>(Error::storage(QStringLiteral("migration did not run")));
    QThread *worker = QThread::create([db, migrator, result, &loop, started] {
        std::function<void()> announce;
        if (started) {
            // Queued to the calling thread, whose loop runs until this thread has finished.
            announce = [&loop, started] { QMetaObject::invokeMethod(&loop, started, Qt::QueuedConnection); };
        }
        *result = migrateDatabase(db, migrator, announce);
    });
    worker->setObjectName(QStringLiteral("ge-storage-migrate"));
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    return *result;
}

} // namespace ge::storage
