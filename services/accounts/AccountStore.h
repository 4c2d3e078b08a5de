#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace ge::storage {
class DbConnection;
}

namespace ge::accounts {

enum class AccountKind { Own, Watched };
QString toString(AccountKind kind);

// A tracked account (row of the `accounts` table). Keyed by DID: the handle may change
// upstream and the account keeps working. Secrets are never part of this type.
struct Account
{
    QString did;
    QString handle;
    AccountKind kind = AccountKind::Watched;
    QUrl pdsUrl;
    qint64 addedAtUs = 0;
    std::optional<qint64> removedAtUs;
};

// Reads and writes the `accounts` table on one DbConnection (used on that connection's thread).
class AccountStore
{
public:
    explicit AccountStore(storage::DbConnection &conn) : m_conn(conn) {}

    Result<QList<Account>> list(bool includeRemoved = false) const;
    // By DID, or by handle (case-insensitive); active accounts only.
    Result<std::optional<Account>> find(const QString &handleOrDid) const;
    // Insert, or update handle/kind/PDS of an existing DID and clear its removal.
    Status upsert(const Account &account);
    // A new handle for a DID (handles change upstream; the account is keyed by DID): updates the
    // account row and the DID's profile row (created when missing) in one transaction.
    // Returns whether a tracked account's handle changed.
    Result<bool> updateHandle(const QString &did, const QString &handle, qint64 nowUs);
    Status markRemoved(const QString &did, qint64 nowUs);

private:
    storage::DbConnection &m_conn;
};

} // namespace ge::accounts
