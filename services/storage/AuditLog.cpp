#include "storage/AuditLog.h"

#include "storage/DbConnection.h"
#include "storage/StorageWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace ge::storage {

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEntry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    auto field = [&h](const QByteArray &bytes) {
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":"));
        h.addData(bytes);
    };
    field(e.prevHash.toUtf8());
    field(QByteArray::number(e.seq));
    field(QByteArray::number(e.atUs));
    field(e.actor.toUtf8());
    field(e.accountDid.toUtf8());
    field(e.action.toUtf8());
    field(e.target.toUtf8());
    field(e.result.toUtf8());
    field(e.detailsJson.toUtf8());
    return QString::fromLatin1(h.result().toHex());
}

QFuture<Status> AuditLog::append(const QString &actor, const QString &accountDid, const QString &action,
                                 const QString &target, const QString &result, const QString &detailsJson)
{
    const qint64 atUs = m_clock.nowUs();
    return m_writer.submitTask([=](DbConnection &conn) -> Status {
        Result<AuditEntry> r = appendOn(conn, atUs, actor, accountDid, action, target, result, detailsJson);
        if (!r) {
            return r.error();
        }
        return {};
    });
}

Result<AuditEntry> AuditLog::appendOn(DbConnection &conn, qint64 atUs, const QString &actor, const QString &accountDid,
                                      const QString &action, const QString &target, const QString &result,
                                      const QString &detailsJson)
{
    if (const QString lock = conn.dialect().lockAuditSql(); !lock.isEmpty()) {
        if (Status s = conn.exec(lock); !s) {
            return s.error();
        }
    }
    Result<QSqlQuery> last = conn.select(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!last) {
        return last.error();
    }
    AuditEntry e;
    if (last->next()) {
        e.seq = last->value(0).toLongLong() + 1;
        e.prevHash = last->value(1).toString();
    } else {
        e.seq = 1;
        e.prevHash = genesisHash();
    }
    last->finish();
    e.atUs = atUs;
    e.actor = actor;
    e.accountDid = accountDid;
    e.action = action;
    e.target = target;
    e.result = result;
    e.detailsJson = detailsJson;
    e.hash = computeHash(e);
    Result<QSqlQuery> ins = conn.select(
        QStringLiteral("INSERT INTO audit_log (seq, at_us, actor, account_did, action, target, result, details_json, "
                       "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.seq, e.atUs, e.actor, e.accountDid, e.action, e.target, e.result, e.detailsJson, e.prevHash, e.hash});
    if (!ins) {
        return ins.error();
    }
    // The row count kept beside the chain detects deleted rows at the end of the log.
    Result<QSqlQuery> counter = conn.select(
        QStringLiteral("INSERT INTO storage_counters (name, value) VALUES ('audit_log_last_seq', ?) "
                       "ON CONFLICT (name) DO UPDATE SET value = excluded.value"),
        {e.seq});
    if (!counter) {
        return counter.error();
    }
    return e;
}

Result<AuditVerifyReport> AuditLog::verify(DbConnection &conn)
{
    Result<QSqlQuery> q = conn.select(QStringLiteral(
        "SELECT seq, at_us, actor, account_did, action, target, result, details_json, prev_hash, hash "
        "FROM audit_log ORDER BY seq"));
    if (!q) {
        return q.error();
    }
    AuditVerifyReport report;
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    while (q->next()) {
        AuditEntry e;
        e.seq = q->value(0).toLongLong();
        e.atUs = q->value(1).toLongLong();
        e.actor = q->value(2).toString();
        e.accountDid = q->value(3).toString();
        e.action = q->value(4).toString();
        e.target = q->value(5).toString();
        e.result = q->value(6).toString();
        e.detailsJson = q->value(7).toString();
        e.prevHash = q->value(8).toString();
        e.hash = q->value(9).toString();
        ++report.rows;
        if (!report.ok) {
            continue;
        }
        QString problem;
        if (e.seq != expectedSeq) {
            problem = QCoreApplication::translate("Storage", "audit row %1 follows row %2: rows are missing").arg(e.seq).arg(expectedSeq - 1);
        } else if (e.prevHash != expectedPrev) {
            problem = QCoreApplication::translate("Storage", "audit row %1 does not link to the previous row").arg(e.seq);
        } else if (computeHash(e) != e.hash) {
            problem = QCoreApplication::translate("Storage", "audit row %1 was modified (hash mismatch)").arg(e.seq);
        }
        if (!problem.isEmpty()) {
            report.ok = false;
            report.firstBadSeq = e.seq;
            report.problem = problem;
        }
        expectedPrev = e.hash;
        expectedSeq = e.seq + 1;
    }
    q->finish();
    Result<QVariant> lastSeq = conn.scalar(QStringLiteral("SELECT value FROM storage_counters WHERE name = 'audit_log_last_seq'"));
    if (!lastSeq) {
        return lastSeq.error();
    }
    const qint64 recorded = lastSeq->isNull() ? 0 : lastSeq->toLongLong();
    if (report.ok && recorded != expectedSeq - 1) {
        report.ok = false;
        report.firstBadSeq = expectedSeq;
        report.problem = QCoreApplication::translate("Storage", "the audit log ends at row %1 but row %2 was written: rows were deleted")
                             .arg(expectedSeq - 1)
                             .arg(recorded);
    }
    return report;
}

} // namespace ge::storage
