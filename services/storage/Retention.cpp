#include "storage/Retention.h"

#include "storage/DbConnection.h"
#include "storage/StorageLog.h"
#include "storage/StorageWriter.h"

#include <memory>

namespace ge::storage {

static Result<qint64> deleteSome(DbConnection &conn, const QString &sql, qint64 cutoffUs, int batchSize)
{
    QSqlQuery q(conn.db());
    if (!q.prepare(sql)) {
        return conn.lastError(q, sql);
    }
    q.addBindValue(cutoffUs);
    q.addBindValue(batchSize);
    if (Status s = conn.exec(q); !s) {
        return s.error();
    }
    return qint64(q.numRowsAffected());
}

Result<PruneResult> Retention::pruneBatch(DbConnection &conn, qint64 cutoffUs, int batchSize)
{
    PruneResult r;
    // Row values keep this portable (SQLite ≥ 3.15 and PostgreSQL); they list the key columns in the
    // primary key's order (migration 0004), so each row is deleted through that key.
    Result<qint64> f = deleteSome(conn, QStringLiteral(
        "DELETE FROM follow_events WHERE (rkey, follower_did, subject_did, kind) IN ("
        "SELECT rkey, follower_did, subject_did, kind FROM follow_events WHERE time_us < ? LIMIT ?)"), cutoffUs, batchSize);
    if (!f) {
        return f.error();
    }
    r.followEvents = *f;
    Result<qint64> e = deleteSome(conn, QStringLiteral(
        "DELETE FROM engagement_events WHERE (rkey, actor_did, collection) IN ("
        "SELECT rkey, actor_did, collection FROM engagement_events WHERE time_us < ? LIMIT ?)"), cutoffUs, batchSize);
    if (!e) {
        return e.error();
    }
    r.engagementEvents = *e;
    Result<qint64> u = deleteSome(conn, QStringLiteral(
        "DELETE FROM unattributed_unfollows WHERE (follower_did, rkey) IN ("
        "SELECT follower_did, rkey FROM unattributed_unfollows WHERE time_us < ? LIMIT ?)"), cutoffUs, batchSize);
    if (!u) {
        return u.error();
    }
    r.unattributed = *u;
    return r;
}

void Retention::start(qint64 cutoffUs, int batchSize)
{
    if (m_running) {
        return;
    }
    m_running = true;
    m_cutoffUs = cutoffUs;
    m_batch = batchSize;
    m_total = 0;
    next();
}

void Retention::next()
{
    auto deleted = std::make_shared<qint64>(0);
    const qint64 cutoff = m_cutoffUs;
    const int batch = m_batch;
    m_writer.submitTask([deleted, cutoff, batch](DbConnection &conn) -> Status {
        Result<PruneResult> r = pruneBatch(conn, cutoff, batch);
        if (!r) {
            return r.error();
        }
        *deleted = r->total();
        return {};
    }).then(this, [this, deleted](const Status &s) {
        if (!s) {
            m_running = false;
            qCWarning(lcStorage).noquote() << "retention stopped:" << s.error().message;
            Q_EMIT finished(m_total, s.error(), false);
            return;
        }
        m_total += *deleted;
        if (*deleted > 0) {
            next();
            return;
        }
        m_running = false;
        qCInfo(lcStorage) << "retention pruned" << m_total << "raw events";
        Q_EMIT finished(m_total, Error(), true);
    });
}

} // namespace ge::storage
