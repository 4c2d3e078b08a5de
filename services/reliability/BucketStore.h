#pragma once

#include "core/Result.h"

#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>

#include <optional>

namespace ge::reliability {

// Persisted state of one rate-limit bucket (table rate_limit_buckets).
// `tokens` are the points still available at `updatedAtUs`; a restored bucket counts the
// rest of its budget as spent at updatedAtUs (conservative: a restart never refills early).
struct BucketState
{
    double tokens = 0;
    qint64 updatedAtUs = 0;
    qint64 pausedUntilUs = 0; // 0: not paused
};

// Where bucket states survive restarts. Implementations decide their own threading rules;
// the RateLimiter calls load() from addBucket() and save() from flush(), on the caller's thread.
class BucketStore
{
public:
    virtual ~BucketStore() = default;
    virtual Result<std::optional<BucketState>> load(const QString &bucket) = 0;
    virtual Status save(const QString &bucket, const BucketState &state) = 0;
};

class InMemoryBucketStore final : public BucketStore
{
public:
    Result<std::optional<BucketState>> load(const QString &bucket) override;
    Status save(const QString &bucket, const BucketState &state) override;
    int size() const;

private:
    mutable QMutex m_mutex;
    QHash<QString, BucketState> m_states;
};

// Uses table rate_limit_buckets (migration 0001) through the named QSqlDatabase connection.
// Like every connection, it must be used on the thread that opened it.
class SqlBucketStore final : public BucketStore
{
public:
    explicit SqlBucketStore(QString connectionName) : m_connection(std::move(connectionName)) {}
    Result<std::optional<BucketState>> load(const QString &bucket) override;
    Status save(const QString &bucket, const BucketState &state) override;

    // The statements on an explicit connection (for tasks run on the writer's connection).
    static Result<std::optional<BucketState>> loadFrom(QSqlDatabase &db, const QString &bucket);
    static Status saveTo(QSqlDatabase &db, const QString &bucket, const BucketState &state);

private:
    QString m_connection;
};

// Reads through a named read connection (on the caller's thread) and hands every save to
// `submit` as a task for the database writer's thread and connection — the only write
// connection — e.g. [writer](SqlTask t) { writer->submitTask([t](storage::DbConnection &c) { return t(c.db()); }); }.
// save() returns at once; a failed write shows in the writer's error reporting.
class SubmittingBucketStore final : public BucketStore
{
public:
    using SqlTask = std::function<Status(QSqlDatabase &)>;
    SubmittingBucketStore(QString readConnectionName, std::function<void(SqlTask)> submit)
        : m_read(std::move(readConnectionName)), m_submit(std::move(submit))
    {
    }
    Result<std::optional<BucketState>> load(const QString &bucket) override;
    Status save(const QString &bucket, const BucketState &state) override;

private:
    SqlBucketStore m_read;
    std::function<void(SqlTask)> m_submit;
};

} // namespace ge::reliability
