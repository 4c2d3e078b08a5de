#include "storage/ReadPool.h"

#include "storage/DbConnection.h"
#include "storage/StorageLog.h"

#include <QCoreApplication>

namespace ge::storage {

ReadPool::ReadPool(DatabaseConfig config, QueryStats *stats, int threads) : m_config(std::move(config)), m_stats(stats)
{
    for (int i = 0; i < std::max(1, threads); ++i) {
        QThread *t = QThread::create([this, i] { worker(i); });
        t->setObjectName(QStringLiteral("ge-storage-reader-%1").arg(i));
        m_threads.push_back(t);
        t->start();
    }
}

ReadPool::~ReadPool()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_cond.wakeAll();
    }
    for (QThread *t : m_threads) {
        t->wait();
        delete t;
    }
    const Error stopped = Error::cancelled();
    for (Job &job : m_jobs) {
        job(nullptr, &stopped);
    }
}

int ReadPool::pending() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_jobs.size());
}

void ReadPool::post(Job job)
{
    QMutexLocker lock(&m_mutex);
    if (m_stopping) {
        lock.unlock();
        const Error stopped = Error::cancelled();
        job(nullptr, &stopped);
        return;
    }
    m_jobs.push_back(std::move(job));
    m_cond.wakeOne();
}

void ReadPool::worker(int index)
{
    std::unique_ptr<DbConnection> conn;
    for (;;) {
        Job job;
        {
            QMutexLocker lock(&m_mutex);
            while (m_jobs.empty() && !m_stopping) {
                m_cond.wait(&m_mutex);
            }
            if (m_stopping) {
                break;
            }
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        if (!conn) {
            // SQLite readers open read-write so they can use the WAL index; they never write.
            Result<DbConnectionPtr> opened = DbConnection::open(
                m_config, QStringLiteral("ge-storage-reader-%1").arg(index), OpenMode::ReadWrite, m_stats);
            if (!opened) {
                qCWarning(lcStorage).noquote() << "reader cannot open the database:" << opened.error().message;
                job(nullptr, &opened.error());
                continue;
            }
            conn = std::move(opened.value());
        }
        job(conn.get(), nullptr);
        if (conn->lastFault() == StorageFault::Connection || conn->lastFault() == StorageFault::IoError
            || conn->lastFault() == StorageFault::CantOpen) {
            conn.reset(); // reconnect for the next job
        }
    }
}

} // namespace ge::storage
