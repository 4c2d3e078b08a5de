#include "reliability/BucketStore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace ge::reliability {

Result<std::optional<BucketState>> InMemoryBucketStore::load(const QString &bucket)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_states.constFind(bucket);
    if (it == m_states.constEnd())
        return std::optional<BucketState>{};
    return std::optional<BucketState>{*it};
}

Status InMemoryBucketStore::save(const QString &bucket, const BucketState &state)
{
    QMutexLocker lock(&m_mutex);
    m_states.insert(bucket, state);
    return {};
}

int InMemoryBucketStore::size() const
{
    QMutexLocker lock(&m_mutex);
    return static_cast<int>(m_states.size());
}

namespace {
Error sqlError(const QString &what, const QSqlError &error)
{
    Error e = Error::storage(what, true);
    e.detail = error.text();
    return e;
}
} // namespace

Result<std::optional<BucketState>> SqlBucketStore::load(const QString &bucket)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid() || !db.isOpen())
        return Error::storage(QStringLiteral("rate-limit store: connection %1 is not open").arg(m_connection), true);
    return loadFrom(db, bucket);
}

Status SqlBucketStore::save(const QString &bucket, const BucketState &state)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isValid() || !db.isOpen())
        return Error::storage(QStringLiteral("rate-limit store: connection %1 is not open").arg(m_connection), true);
    return saveTo(db, bucket, state);
}

Result<std::optional<BucketState>> SqlBucketStore::loadFrom(QSqlDatabase &db, const QString &bucket)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tokens, updated_at_us, paused_until_us FROM rate_limit_buckets WHERE bucket = ?"));
    q.addBindValue(bucket);
    if (!q.exec())
        return sqlError(QStringLiteral("rate-limit store: cannot read bucket %1").arg(bucket), q.lastError());
    if (!q.next())
        return std::optional<BucketState>{};
    BucketState st;
    st.tokens = q.value(0).toDouble();
    st.updatedAtUs = q.value(1).toLongLong();
    st.pausedUntilUs = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
    return std::optional<BucketState>{st};
}

Status SqlBucketStore::saveTo(QSqlDatabase &db, const QString &bucket, const BucketState &state)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO rate_limit_buckets (bucket, tokens, updated_at_us, paused_until_us) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (bucket) DO UPDATE SET tokens = excluded.tokens, updated_at_us = excluded.updated_at_us, "
        "paused_until_us = excluded.paused_until_us"));
    q.addBindValue(bucket);
    q.addBindValue(state.tokens);
    q.addBindValue(state.updatedAtUs);
    q.addBindValue(state.pausedUntilUs > 0 ? QVariant(state.pausedUntilUs) : QVariant(QMetaType(QMetaType::LongLong)));
    if (!q.exec())
        return sqlError(QStringLiteral("rate-limit store: cannot save bucket %1").arg(bucket), q.lastError());
    return {};
}

Result<std::optional<BucketState>> SubmittingBucketStore::load(const QString &bucket)
{
    return m_read.load(bucket);
}

Status SubmittingBucketStore::save(const QString &bucket, const BucketState &state)
{
    if (!m_submit)
        return Error::storage(QStringLiteral("rate-limit store: no writer"), true);
    m_submit([bucket, state](QSqlDatabase &db) { return SqlBucketStore::saveTo(db, bucket, state); });
    return {};
}

} // namespace ge::reliability
