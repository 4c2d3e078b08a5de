#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QFuture>
#include <QString>

namespace ge::storage {

class DbConnection;
class StorageWriter;

struct AuditEntry
{
    qint64 seq = 0;
    qint64 atUs = 0;
    QString actor;       // "user", "campaign:12", "breaker:jetstream", "cli"
    QString accountDid;  // the account acted for ("" when none)
    QString action;      // "follow", "unfollow", "campaign.pause", "breaker.force_open", ...
    QString target;      // DID / AT-URI / campaign id
    QString result;      // "ok", "error: ...", "dry_run"
    QString detailsJson; // compact JSON object or ""
    QString prevHash;    // hex SHA-256 of the previous row ("0"*64 for the first)
    QString hash;        // hex SHA-256 over prevHash + this row's fields
};

struct AuditVerifyReport
{
    bool ok = true;
    qint64 rows = 0;
    qint64 firstBadSeq = -1; // first row whose hash or link does not match
    QString problem;
};

// Append-only, hash-chained audit log of operator and automated actions (audit_log table).
// hash = SHA-256(prev_hash | seq | at_us | actor | account | action | target | result | details),
// each field length-prefixed, so editing, deleting or reordering any row breaks verify().
class AuditLog
{
public:
    AuditLog(StorageWriter &writer, const Clock &clock) : m_writer(writer), m_clock(clock) {}

    // Queues the entry on the writer thread (own transaction). Resolves when it is committed.
    QFuture<Status> append(const QString &actor, const QString &accountDid, const QString &action,
                           const QString &target, const QString &result, const QString &detailsJson = {});

    // Appends inside the caller's open write transaction on conn (e.g. from a StorageWriter task
    // that also changes campaign rows, so the action and its audit row commit together).
    static Result<AuditEntry> appendOn(DbConnection &conn, qint64 atUs, const QString &actor, const QString &accountDid,
                                       const QString &action, const QString &target, const QString &result,
                                       const QString &detailsJson = {});

    static QString genesisHash();
    static QString computeHash(const AuditEntry &entry);
    // Walks the whole chain in seq order.
    static Result<AuditVerifyReport> verify(DbConnection &conn);

private:
    StorageWriter &m_writer;
    const Clock &m_clock;
};

} // namespace ge::storage
