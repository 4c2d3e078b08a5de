#include "campaigns/SqlCampaignStore.h"

#include "campaigns/CampaignLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace ge::campaigns {

namespace {

Error sqlError(const QSqlError &error, const char *what)
{
    Error e = Error::storage(QCoreApplication::translate("Campaigns", "Campaign storage failed: %1")
                                 .arg(QString::fromLatin1(what)),
                             false);
    e.detail = error.text();
    qCWarning(lcCampaigns) << "campaign storage:" << what << error.text();
    return e;
}

bool exec(QSqlQuery &q, const QVariantList &binds = {})
{
    for (int i = 0; i < binds.size(); ++i)
        q.bindValue(i, binds.at(i));
    return q.exec();
}

QVariant nullIfEmpty(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant nullIfZero(qint64 v)
{
    return v == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(v);
}

constexpr auto kCampaignColumns =
    "id, account_did, kind, state, dry_run, filters_json, max_per_hour, parent_id, created_at_us, "
    "started_at_us, finished_at_us, state_reason"_L1;

CampaignRow readCampaign(const QSqlQuery &q)
{
    CampaignRow r;
    r.id = q.value(0).toLongLong();
    r.accountDid = q.value(1).toString();
    r.kind = campaignKindFromString(q.value(2).toString()).value_or(CampaignKind::FollowBack);
    r.state = campaignStateFromString(q.value(3).toString()).value_or(CampaignState::Failed);
    r.dryRun = q.value(4).toInt() != 0;
    r.filtersJson = q.value(5).toString().toUtf8();
    r.maxPerHour = q.value(6).toInt();
    r.parentId = q.value(7).toLongLong();
    r.createdAtUs = q.value(8).toLongLong();
    r.startedAtUs = q.value(9).toLongLong();
    r.finishedAtUs = q.value(10).toLongLong();
    r.stateReason = q.value(11).toString();
    return r;
}

} // namespace

SqlCampaignStore::SqlCampaignStore(QString connectionName) : m_connection(std::move(connectionName)) {}

QSqlDatabase SqlCampaignStore::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

Result<qint64> SqlCampaignStore::createCampaign(const CampaignRow &row, const QList<CampaignItem> &items)
{
    QSqlDatabase d = db();
    if (!d.transaction())
        return sqlError(d.lastError(), "begin");
    QSqlQuery q(d);
    q.prepare(u"INSERT INTO campaigns (account_did, kind, state, dry_run, filters_json, max_per_hour, parent_id, "
              "created_at_us, started_at_us, finished_at_us, state_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?) RETURNING id"_s);
    const QVariantList binds{row.accountDid,
                             toString(row.kind),
                             toString(row.state),
                             row.dryRun ? 1 : 0,
                             QString::fromUtf8(row.filtersJson),
                             row.maxPerHour > 0 ? QVariant(row.maxPerHour) : QVariant(QMetaType::fromType<int>()),
                             nullIfZero(row.parentId),
                             row.createdAtUs,
                             nullIfZero(row.startedAtUs),
                             nullIfZero(row.finishedAtUs),
                             nullIfEmpty(row.stateReason)};
    if (!exec(q, binds) || !q.next()) {
        const QSqlError err = q.lastError();
        d.rollback();
        return sqlError(err, "insert campaign");
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    QSqlQuery ins(d);
    ins.prepare(u"INSERT INTO campaign_items (campaign_id, target_did, state, follow_uri, error, attempts, updated_at_us) "
                "VALUES (?,?,?,?,?,?,?)"_s);
    for (const CampaignItem &item : items) {
        if (!exec(ins, {id, item.targetDid, toString(item.state), nullIfEmpty(item.followUri), nullIfEmpty(item.error),
                        item.attempts, item.updatedAtUs ? item.updatedAtUs : row.createdAtUs})) {
            const QSqlError err = ins.lastError();
            d.rollback();
            return sqlError(err, "insert campaign item");
        }
    }
    if (!d.commit())
        return sqlError(d.lastError(), "commit campaign");
    return id;
}

Result<QList<CampaignRow>> SqlCampaignStore::selectCampaigns(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT "_s + kCampaignColumns + u" FROM campaigns "_s + where);
    if (!exec(q, binds))
        return sqlError(q.lastError(), "select campaigns");
    QList<CampaignRow> out;
    while (q.next())
        out.append(readCampaign(q));
    return out;
}

Result<CampaignRow> SqlCampaignStore::campaign(qint64 id)
{
    auto rows = selectCampaigns(u"WHERE id = ?"_s, {id});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return Error::make(ErrorCategory::NotFound,
                           QCoreApplication::translate("Campaigns", "No campaign with id %1").arg(id));
    return rows->first();
}

Result<QList<CampaignRow>> SqlCampaignStore::campaigns(const QString &accountDid)
{
    if (accountDid.isEmpty())
        return selectCampaigns(u"ORDER BY id DESC"_s, {});
    return selectCampaigns(u"WHERE account_did = ? ORDER BY id DESC"_s, {accountDid});
}

Result<QList<CampaignItem>> SqlCampaignStore::selectItems(const QString &where, const QVariantList &binds)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    // Items run in DID order (portable and stable); the handle comes from the profiles table when known.
    q.prepare(u"SELECT i.campaign_id, i.target_did, i.state, i.follow_uri, i.error, i.attempts, i.updated_at_us, "
              "p.handle FROM campaign_items i LEFT JOIN profiles p ON p.did = i.target_did "_s
              + where);
    if (!exec(q, binds))
        return sqlError(q.lastError(), "select campaign items");
    QList<CampaignItem> out;
    while (q.next()) {
        CampaignItem item;
        item.campaignId = q.value(0).toLongLong();
        item.targetDid = q.value(1).toString();
        item.state = itemStateFromString(q.value(2).toString()).value_or(ItemState::Failed);
        item.followUri = q.value(3).toString();
        item.error = q.value(4).toString();
        item.attempts = q.value(5).toInt();
        item.updatedAtUs = q.value(6).toLongLong();
        item.handle = q.value(7).toString();
        out.append(item);
    }
    return out;
}

Result<QList<CampaignItem>> SqlCampaignStore::items(qint64 campaignId)
{
    return selectItems(u"WHERE i.campaign_id = ? ORDER BY i.target_did"_s, {campaignId});
}

Result<QList<CampaignItem>> SqlCampaignStore::itemsInState(qint64 campaignId, ItemState state)
{
    return selectItems(u"WHERE i.campaign_id = ? AND i.state = ? ORDER BY i.target_did"_s, {campaignId, toString(state)});
}

Result<std::optional<CampaignItem>> SqlCampaignStore::nextPending(qint64 campaignId)
{
    auto rows = selectItems(u"WHERE i.campaign_id = ? AND i.state = ? ORDER BY i.target_did LIMIT 1"_s,
                            {campaignId, toString(ItemState::Pending)});
    if (!rows)
        return rows.error();
    if (rows->isEmpty())
        return std::optional<CampaignItem>{};
    return std::optional<CampaignItem>{rows->first()};
}

Status SqlCampaignStore::updateItem(const CampaignItem &item)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE campaign_items SET state = ?, follow_uri = ?, error = ?, attempts = ?, updated_at_us = ? "
              "WHERE campaign_id = ? AND target_did = ?"_s);
    if (!exec(q, {toString(item.state), nullIfEmpty(item.followUri), nullIfEmpty(item.error), item.attempts,
                  item.updatedAtUs, item.campaignId, item.targetDid}))
        return sqlError(q.lastError(), "update campaign item");
    if (q.numRowsAffected() != 1)
        return Error::make(ErrorCategory::NotFound,
                           QCoreApplication::translate("Campaigns", "Campaign item %1 not found").arg(item.targetDid));
    return {};
}

Result<bool> SqlCampaignStore::transition(qint64 id, const QList<CampaignState> &from, CampaignState to,
                                          const QString &reason, qint64 nowUs)
{
    QStringList marks;
    QVariantList binds{toString(to), nullIfEmpty(reason)};
    QString sets = u"state = ?, state_reason = ?"_s;
    if (to == CampaignState::Running) {
        sets += u", started_at_us = COALESCE(started_at_us, ?)"_s;
        binds.append(nowUs);
    }
    if (isFinished(to)) {
        sets += u", finished_at_us = ?"_s;
        binds.append(nowUs);
    }
    binds.append(id);
    for (CampaignState s : from) {
        marks.append(u"?"_s);
        binds.append(toString(s));
    }
    QSqlQuery q(db());
    q.prepare(u"UPDATE campaigns SET "_s + sets + u" WHERE id = ? AND state IN ("_s + marks.join(u',') + u")"_s);
    if (!exec(q, binds))
        return sqlError(q.lastError(), "update campaign state");
    return q.numRowsAffected() > 0;
}

Result<int> SqlCampaignStore::cancelPending(qint64 id, qint64 nowUs)
{
    QSqlQuery q(db());
    q.prepare(u"UPDATE campaign_items SET state = ?, updated_at_us = ? WHERE campaign_id = ? AND state = ?"_s);
    if (!exec(q, {toString(ItemState::Cancelled), nowUs, id, toString(ItemState::Pending)}))
        return sqlError(q.lastError(), "cancel campaign items");
    return q.numRowsAffected();
}

Result<QList<QPair<ItemState, int>>> SqlCampaignStore::counts(qint64 id)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT state, COUNT(*) FROM campaign_items WHERE campaign_id = ? GROUP BY state"_s);
    if (!exec(q, {id}))
        return sqlError(q.lastError(), "count campaign items");
    QHash<QString, int> byName;
    while (q.next())
        byName.insert(q.value(0).toString(), q.value(1).toInt());
    QList<QPair<ItemState, int>> out;
    for (ItemState s : allItemStates())
        out.append({s, byName.value(toString(s))});
    return out;
}

Result<QList<CampaignRow>> SqlCampaignStore::unfinished(const QString &accountDid)
{
    return selectCampaigns(u"WHERE account_did = ? AND state IN (?, ?) ORDER BY id"_s,
                           {accountDid, toString(CampaignState::Running), toString(CampaignState::Paused)});
}

Result<QSet<QString>> SqlCampaignStore::previouslyUnfollowed(const QString &accountDid)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.target_did FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id "
              "WHERE c.account_did = ? AND c.kind = ? AND i.state = ? "
              // The literal kind lets SQLite and PostgreSQL use the partial index follow_events_unfollows.
              "UNION SELECT subject_did FROM follow_events WHERE follower_did = ? AND kind = 'unfollow'"_s);
    if (!exec(q, {accountDid, toString(CampaignKind::Undo), toString(ItemState::Unfollowed), accountDid}))
        return sqlError(q.lastError(), "select previous unfollows");
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<QSet<QString>> SqlCampaignStore::targetsInUnfinishedCampaigns(const QString &accountDid)
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT i.target_did FROM campaign_items i JOIN campaigns c ON c.id = i.campaign_id "
              "WHERE c.account_did = ? AND c.kind = ? AND c.state IN (?, ?) AND c.dry_run = 0"_s);
    if (!exec(q, {accountDid, toString(CampaignKind::FollowBack), toString(CampaignState::Running),
                  toString(CampaignState::Paused)}))
        return sqlError(q.lastError(), "select unfinished targets");
    QSet<QString> out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

Result<QList<QPair<qint64, int>>> SqlCampaignStore::writesSince(const QString &accountDid, qint64 sinceUs)
{
    // Every write the engine sent is in the audit log (whatever its outcome); in-flight items are
    // writes that may have reached the server before a crash.
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(u"SELECT at_us, action FROM audit_log WHERE account_did = ? AND at_us > ? AND action IN (?, ?) "
              "UNION ALL SELECT i.updated_at_us, CASE WHEN i.state = ? THEN ? ELSE ? END FROM campaign_items i "
              "JOIN campaigns c ON c.id = i.campaign_id WHERE c.account_did = ? AND i.state IN (?, ?) "
              "AND i.updated_at_us > ?"_s);
    const QString create = u"follow.create"_s;
    const QString del = u"follow.delete"_s;
    if (!exec(q, {accountDid, sinceUs, create, del, toString(ItemState::Following), create, del, accountDid,
                  toString(ItemState::Following), toString(ItemState::Unfollowing), sinceUs}))
        return sqlError(q.lastError(), "select recent writes");
    QList<QPair<qint64, int>> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString() == create ? kCreatePoints : kDeletePoints});
    return out;
}

} // namespace ge::campaigns
