#include "campaigns/StorageAuditSink.h"

#include "storage/AuditLog.h"
#include "storage/DbConnection.h"

namespace ge::campaigns {

Status StorageAuditSink::append(const AuditRecord &record)
{
    if (Status s = m_conn.beginWrite(); !s.ok())
        return s;
    auto entry = storage::AuditLog::appendOn(m_conn, record.atUs, record.actor, record.accountDid, record.action,
                                             record.target, record.result, QString::fromUtf8(record.detailsJson));
    if (!entry) {
        m_conn.rollback();
        return entry.error();
    }
    return m_conn.commit();
}

} // namespace ge::campaigns
