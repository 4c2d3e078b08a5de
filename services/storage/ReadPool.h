#pragma once

#include "core/Result.h"
#include "storage/DatabaseConfig.h"

#include <QFuture>
#include <QMutex>
#include <QPromise>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace ge::storage {

class DbConnection;
class QueryStats;

// A small pool of reader threads ("ge-storage-reader-N"), each with its own named read
// connection opened in that thread (WAL lets them read beside the writer). Page and report queries
// run here and hand back value types through a QFuture; consume it with
// future.then(contextObject, [](Result<T> r) { ... }) so the continuation runs on the GUI thread.
// Never blocks the caller.
class ReadPool
{
public:
    ReadPool(DatabaseConfig config, QueryStats *stats, int threads = 2);
    ~ReadPool(); // finishes queued jobs' promises with an error and joins the threads

    template <typename T>
    QFuture<Result<T>> run(std::function<Result<T>(DbConnection &)> fn)
    {
        auto promise = std::make_shared<QPromise<Result<T>>>();
        QFuture<Result<T>> future = promise->future();
        promise->start();
        post([promise, fn = std::move(fn)](DbConnection *conn, const Error *openError) {
            if (!conn) {
                promise->addResult(Result<T>(*openError));
            } else {
                promise->addResult(fn(*conn));
            }
            promise->finish();
        });
        return future;
    }

    int threadCount() const { return int(m_threads.size()); }
    int pending() const;

private:
    using Job = std::function<void(DbConnection *, const Error *)>;
    void post(Job job);
    void worker(int index);

    DatabaseConfig m_config;
    QueryStats *m_stats;
    std::vector<QThread *> m_threads;
    mutable QMutex m_mutex;
    QWaitCondition m_cond;
    std::deque<Job> m_jobs;
    bool m_stopping = false;
};

} // namespace ge::storage
