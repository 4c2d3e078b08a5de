#pragma once

#include "campaigns/CampaignStore.h"

#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace ge::campaigns {

// CampaignStore on the campaigns / campaign_items tables of the application database (schema
// 0001). Uses one named connection that the owner opened on the calling thread; portable SQL only
// (SQLite and PostgreSQL). Each call is its own committed transaction.
class SqlCampaignStore final : public CampaignStore
{
public:
    explicit SqlCampaignStore(QString connectionName);

    Result<qint64> createCampaign(const CampaignRow &row, const QList<CampaignItem> &items) override;
    Result<CampaignRow> campaign(qint64 id) override;
    Result<QList<CampaignRow>> campaigns(const QString &accountDid) override;
    Result<QList<CampaignItem>> items(qint64 campaignId) override;
    Result<QList<CampaignItem>> itemsInState(qint64 campaignId, ItemState state) override;
    Result<std::optional<CampaignItem>> nextPending(qint64 campaignId) override;
    Status updateItem(const CampaignItem &item) override;
    Result<bool> transition(qint64 id, const QList<CampaignState> &from, CampaignState to, const QString &reason,
                            qint64 nowUs) override;
    Result<int> cancelPending(qint64 id, qint64 nowUs) override;
    Result<QList<QPair<ItemState, int>>> counts(qint64 id) override;
    Result<QList<CampaignRow>> unfinished(const QString &accountDid) override;
    Result<QSet<QString>> previouslyUnfollowed(const QString &accountDid) override;
    Result<QSet<QString>> targetsInUnfinishedCampaigns(const QString &accountDid) override;
    Result<QList<QPair<qint64, int>>> writesSince(const QString &accountDid, qint64 sinceUs) override;

private:
    QSqlDatabase db() const;
    Result<QList<CampaignRow>> selectCampaigns(const QString &where, const QVariantList &binds);
    Result<QList<CampaignItem>> selectItems(const QString &where, const QVariantList &binds);

    QString m_connection;
};

} // namespace ge::campaigns
