#pragma once

#include "campaigns/CampaignStore.h"

namespace ge::storage {
class DbConnection;
}

namespace ge::campaigns {

// Appends campaign actions to the hash-chained audit_log through storage's AuditLog, each in its
// own write transaction on the campaign thread's connection (committed before the call returns).
class StorageAuditSink final : public AuditSink
{
public:
    explicit StorageAuditSink(storage::DbConnection &conn) : m_conn(conn) {}
    Status append(const AuditRecord &record) override;

private:
    storage::DbConnection &m_conn;
};

} // namespace ge::campaigns
