#include "accounts/AccountStore.h"

#include "storage/DbConnection.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ge::accounts {

QString toString(AccountKind kind) { return kind == AccountKind::Own ? u"own"_s : u"watched"_s; }

namespace {
Account fromRow(const QSqlQuery &q)
{
    Account a;
    a.did = q.value(0).toString();
    a.handle = q.value(1).toString();
    a.kind = q.value(2).toString() == u"own" ? AccountKind::Own : AccountKind::Watched;
    a.pdsUrl = QUrl(q.value(3).toString());
    a.addedAtUs = q.value(4).toLongLong();
    if (!q.value(5).isNull())
        a.removedAtUs = q.value(5).toLongLong();
    return a;
}
const QString kColumns = u"did, handle, kind, pds_url, added_at_us, removed_at_us"_s;
} // namespace

Result<QList<Account>> AccountStore::list(bool includeRemoved) const
{
    QString sql = u"SELECT "_s + kColumns + u" FROM accounts"_s;
    if (!includeRemoved)
        sql += u" WHERE removed_at_us IS NULL"_s;
    sql += u" ORDER BY kind, handle"_s;
    auto q = m_conn.select(sql);
    if (!q)
        return q.error();
    QList<Account> out;
    while (q->next())
        out << fromRow(*q);
    return out;
}

Result<std::optional<Account>> AccountStore::find(const QString &handleOrDid) const
{
    const bool byDid = handleOrDid.startsWith(u"did:");
    const QString sql = u"SELECT "_s + kColumns + u" FROM accounts WHERE removed_at_us IS NULL AND "_s
        + (byDid ? u"did = ?"_s : u"LOWER(handle) = ?"_s);
    auto q = m_conn.select(sql, {byDid ? handleOrDid : handleOrDid.toLower()});
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<Account>();
    return std::optional<Account>(fromRow(*q));
}

Status AccountStore::upsert(const Account &a)
{
    auto q = m_conn.select(
        u"INSERT INTO accounts (did, handle, kind, pds_url, added_at_us, removed_at_us) VALUES (?, ?, ?, ?, ?, NULL) "
        "ON CONFLICT (did) DO UPDATE SET handle = excluded.handle, kind = excluded.kind, "
        "pds_url = excluded.pds_url, removed_at_us = NULL"_s,
        {a.did, a.handle, toString(a.kind), a.pdsUrl.isEmpty() ? QVariant() : QVariant(a.pdsUrl.toString()),
         a.addedAtUs});
    if (!q)
        return q.error();
    return {};
}

Result<bool> AccountStore::updateHandle(const QString &did, const QString &handle, qint64 nowUs)
{
    auto current = m_conn.scalar(u"SELECT handle FROM accounts WHERE did = ?"_s, {did});
    if (!current)
        return current.error();
    if (!current->isValid() || current->toString() == handle)
        return false; // not tracked, or nothing to change
    if (Status s = m_conn.beginWrite(); !s)
        return s.error();
    auto account = m_conn.select(u"UPDATE accounts SET handle = ? WHERE did = ?"_s, {handle, did});
    if (!account) {
        m_conn.rollback();
        return account.error();
    }
    auto profile = m_conn.select(u"INSERT INTO profiles (did, handle, updated_at_us) VALUES (?, ?, ?) "
                                 "ON CONFLICT (did) DO UPDATE SET handle = excluded.handle"_s,
                                 {did, handle, nowUs});
    if (!profile) {
        m_conn.rollback();
        return profile.error();
    }
    if (Status s = m_conn.commit(); !s)
        return s.error();
    return true;
}

Status AccountStore::markRemoved(const QString &did, qint64 nowUs)
{
    auto q = m_conn.select(u"UPDATE accounts SET removed_at_us = ? WHERE did = ?"_s, {nowUs, did});
    if (!q)
        return q.error();
    return {};
}

} // namespace ge::accounts
