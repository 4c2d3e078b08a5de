#include "storage/BackgroundMigration.h"

#include "storage/DbConnection.h"
#include "storage/StorageLog.h"

#include <QEventLoop>
#include <QThread>

#include <memory>

namespace ge::storage {

Result<int> migrateInBackground(const DatabaseConfig &db, const std::function<void()> &started, const Migrator &migrator)
{
    QEventLoop loop;
    auto result = std::make_shared<Result<int>>(Error::storage(QStringLiteral("migration did not run")));
    QThread *worker = QThread::create([db, migrator, result, &loop, started] {
        Result<DbConnectionPtr> conn = DbConnection::open(db, QStringLiteral("ge-storage-migrate"));
        if (!conn) {
            *result = conn.error();
            return;
        }
        const Result<int> current = migrator.currentVersion(**conn);
        if (current && *current < migrator.newestVersion() && started) {
            // Queued to the calling thread, whose loop runs until this thread has finished.
            QMetaObject::invokeMethod(&loop, started, Qt::QueuedConnection);
        }
        *result = migrator.migrate(**conn);
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
